import Type from 'typebox';
import { defineOperation } from '../../server/operation.js';
import { errors } from '../../server/errors.js';
import { TOKENS_REVOKED } from './tokenCache.js';

export const SignOutInput = Type.Object({ tokenId: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });

/** Revokes the token the caller signed in with. */
export const signOut = defineOperation({
  name: 'accounts.signOut',
  input: SignOutInput,
  permission: 'public.view',
  async run({ tx, now, actor }, input) {
    const res = await tx
      .updateTable('tokens')
      .set({ revoked_at: now.toISOString() })
      .where('id', '=', input.tokenId)
      .where('account_id', '=', actor.accountId ?? -1)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return { revoked: Number(res.numUpdatedRows) };
  },
  events: (input) => [{ type: TOKENS_REVOKED, bodyId: null, data: { tokenId: input.tokenId } }],
});

export const RevokeTokensInput = Type.Object({ accountId: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });

/** Revokes every live token of an account: a lost phone, a departed staff member. */
export const revokeTokens = defineOperation({
  name: 'accounts.revokeTokens',
  input: RevokeTokensInput,
  permission: 'accounts.manage',
  async run({ tx, now }, input) {
    const account = await tx.selectFrom('accounts').select(['id', 'body_id']).where('id', '=', input.accountId).executeTakeFirst();
    if (!account) throw errors.notFound('account', input.accountId);
    const res = await tx
      .updateTable('tokens')
      .set({ revoked_at: now.toISOString() })
      .where('account_id', '=', input.accountId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return { accountId: account.id, bodyId: account.body_id, revoked: Number(res.numUpdatedRows) };
  },
  events: (_input, r) => [{ type: TOKENS_REVOKED, bodyId: r.bodyId, data: { accountId: r.accountId } }],
});
