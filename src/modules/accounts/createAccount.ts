import Type from 'typebox';
import { defineOperation } from '../../server/operation.js';
import { errors } from '../../server/errors.js';
import { Roles } from '../../server/permissions.js';
import { hashPassword } from './secrets.js';
import { presentAccount } from './presenters.js';

export const CreateAccountInput = Type.Object(
  {
    username: Type.String({ minLength: 2, maxLength: 64, pattern: '^[A-Za-z0-9_.@-]+$' }),
    displayName: Type.String({ minLength: 1, maxLength: 100 }),
    password: Type.String({ minLength: 8, maxLength: 200 }),
    role: Type.Union(Roles.map((r) => Type.Literal(r))),
    bodyId: Type.Optional(Type.Integer({ minimum: 1 })),
  },
  { additionalProperties: false },
);

/** Creates a staff, screen or press account that signs in with a password. */
export const createAccount = defineOperation({
  name: 'accounts.createAccount',
  input: CreateAccountInput,
  permission: 'accounts.manage',
  async run({ tx, now }, input) {
    const taken = await tx.selectFrom('accounts').select('id').where('username', '=', input.username).executeTakeFirst();
    if (taken) {
      throw errors.conflict('username_taken', {
        'zh-CN': `用户名“${input.username}”已被使用`,
        en: `The username "${input.username}" is already taken`,
      });
    }
    if (input.bodyId !== undefined) {
      const body = await tx.selectFrom('bodies').select('id').where('id', '=', input.bodyId).executeTakeFirst();
      if (!body) throw errors.notFound('body', input.bodyId);
    }
    const row = await tx
      .insertInto('accounts')
      .values({
        username: input.username,
        display_name: input.displayName,
        password_hash: await hashPassword(input.password),
        role: input.role,
        body_id: input.bodyId ?? null,
        person_id: null,
        created_at: now.toISOString(),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return presentAccount(row);
  },
  audit: (input, result) => ({
    bodyId: input.bodyId ?? null,
    payload: { accountId: result.id, username: input.username, role: input.role },
  }),
});
