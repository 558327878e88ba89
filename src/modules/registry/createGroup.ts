import Type from 'typebox';
import { defineOperation } from '../../server/operation.js';
import { errors } from '../../server/errors.js';
import { getBody } from './queries.js';
import { GroupKinds, OneOf } from './kinds.js';
import { presentGroup } from './presenters.js';

export const CreateGroupInput = Type.Object(
  {
    bodyId: Type.Integer({ minimum: 1 }),
    kind: OneOf(GroupKinds),
    name: Type.String({ minLength: 1, maxLength: 100 }),
    sortOrder: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
  },
  { additionalProperties: false },
);

/** Adds a delegation (代表团), sector (界别) or committee to a body. */
export const createGroup = defineOperation({
  name: 'registry.createGroup',
  input: CreateGroupInput,
  permission: 'registry.manage',
  async run({ tx }, input) {
    await getBody(tx, input.bodyId);
    const clash = await tx.selectFrom('groups').select('id').where('body_id', '=', input.bodyId).where('name', '=', input.name).executeTakeFirst();
    if (clash) {
      throw errors.conflict('group_exists', {
        'zh-CN': `该机构已有分组“${input.name}”（分组 ${clash.id}）`,
        en: `Body ${input.bodyId} already has a group named "${input.name}" (group ${clash.id})`,
      });
    }
    const row = await tx
      .insertInto('groups')
      .values({ body_id: input.bodyId, kind: input.kind, name: input.name, sort_order: input.sortOrder ?? 0 })
      .returningAll()
      .executeTakeFirstOrThrow();
    return presentGroup(row);
  },
});
