import Type from 'typebox';
import { defineOperation } from '../../server/operation.js';
import { errors } from '../../server/errors.js';
import { Id, Text } from './inputs.js';
import { presentUnit } from './presenters.js';
import { refusals } from './refusals.js';

export const CreateHandlingUnitInput = Type.Object(
  { bodyId: Id, name: Text(100), accountId: Type.Optional(Id) },
  { additionalProperties: false },
);

/**
 * A handling unit (承办单位) of the body's proposals, e.g. 市发展和改革委员会, linked to the account
 * (role `unit`) it signs in with. The account is made first through `accounts.createAccount`.
 */
export const createHandlingUnit = defineOperation({
  name: 'proposals.createHandlingUnit',
  input: CreateHandlingUnitInput,
  permission: 'proposals.manage',
  async run({ tx }, input) {
    const body = await tx.selectFrom('bodies').select('id').where('id', '=', input.bodyId).executeTakeFirst();
    if (!body) throw errors.notFound('body', input.bodyId);
    if (input.accountId !== undefined) {
      const account = await tx.selectFrom('accounts').select('role').where('id', '=', input.accountId).executeTakeFirst();
      if (!account) throw errors.notFound('account', input.accountId);
      if (account.role !== 'unit') throw refusals.notUnitRole(input.accountId);
    }
    const row = await tx
      .insertInto('handling_units')
      .values({ body_id: input.bodyId, name: input.name, account_id: input.accountId ?? null })
      .returningAll()
      .executeTakeFirstOrThrow();
    return presentUnit(row);
  },
});
