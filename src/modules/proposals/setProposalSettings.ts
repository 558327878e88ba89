import Type from 'typebox';
import { defineOperation } from '../../server/operation.js';
import { errors } from '../../server/errors.js';
import { Nullable } from '../../server/schemaTypes.js';
import { Category, Id } from './inputs.js';
import { settingsOf } from './queries.js';
import { Limits } from './states.js';

export const SetProposalSettingsInput = Type.Object(
  {
    bodyId: Id,
    categories: Type.Optional(Type.Array(Category, { minItems: 1, maxItems: Limits.categories, uniqueItems: true })),
    billMinSigners: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000, description: "A bill's joint-signature minimum; 0: the default by the body's level" })),
  },
  { additionalProperties: false },
);

export const SettingsView = Type.Object({ bodyId: Type.Integer(), categories: Type.Array(Type.String()), billMinSigners: Nullable(Type.Integer()) });

/** A body's proposal categories and a bill's joint-signature minimum; what is left out stays. */
export const setProposalSettings = defineOperation({
  name: 'proposals.setProposalSettings',
  input: SetProposalSettingsInput,
  permission: 'proposals.manage',
  async run({ tx, now }, input) {
    const body = await tx.selectFrom('bodies').select('id').where('id', '=', input.bodyId).executeTakeFirst();
    if (!body) throw errors.notFound('body', input.bodyId);
    const current = await settingsOf(tx, input.bodyId);
    const next = { categories: input.categories ?? current.categories, billMinSigners: input.billMinSigners === undefined ? current.billMinSigners : input.billMinSigners || null };
    const values = { categories: JSON.stringify(next.categories), bill_min_signers: next.billMinSigners, updated_at: now.toISOString() };
    await tx
      .insertInto('proposal_settings')
      .values({ body_id: input.bodyId, ...values })
      .onConflict((oc) => oc.column('body_id').doUpdateSet(values))
      .execute();
    return { bodyId: input.bodyId, ...next };
  },
});
