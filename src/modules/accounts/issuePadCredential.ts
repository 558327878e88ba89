import Type from 'typebox';
import QRCode from 'qrcode';
import { defineOperation } from '../../server/operation.js';
import { errors } from '../../server/errors.js';
import { issueToken } from './issueToken.js';
import { TokenKind, TokenLifetime } from './limits.js';
import { TOKENS_REVOKED } from './tokenCache.js';

export const IssuePadCredentialInput = Type.Object(
  { membershipId: Type.Integer({ minimum: 1 }) },
  { additionalProperties: false },
);

/**
 * Gives a member a personal credential for the member pad: a token printed as a QR code on the
 * member's card. Issuing again revokes the previous one (a lost card). The member's account is
 * created on first issue.
 */
export const issuePadCredential = defineOperation({
  name: 'accounts.issuePadCredential',
  input: IssuePadCredentialInput,
  permission: 'credentials.issue',
  async run({ tx, now }, input) {
    const member = await tx
      .selectFrom('memberships')
      .innerJoin('people', 'people.id', 'memberships.person_id')
      .select(['memberships.id', 'memberships.body_id', 'memberships.person_id', 'memberships.status', 'people.name'])
      .where('memberships.id', '=', input.membershipId)
      .executeTakeFirst();
    if (!member) throw errors.notFound('membership', input.membershipId);
    if (member.status !== 'active') {
      throw errors.unprocessable('membership_not_active', {
        'zh-CN': `成员资格 ${member.id}（${member.name}）状态为“${member.status}”，不能发放凭证`,
        en: `Membership ${member.id} (${member.name}) is ${member.status}; no credential can be issued`,
      });
    }
    const username = `member-${member.id}`;
    let account = await tx.selectFrom('accounts').select('id').where('username', '=', username).executeTakeFirst();
    if (!account) {
      account = await tx
        .insertInto('accounts')
        .values({
          username,
          display_name: member.name,
          password_hash: null,
          role: 'member',
          body_id: member.body_id,
          person_id: member.person_id,
          created_at: now.toISOString(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
    }
    await tx
      .updateTable('tokens')
      .set({ revoked_at: now.toISOString() })
      .where('account_id', '=', account.id)
      .where('kind', '=', TokenKind.Pad)
      .where('revoked_at', 'is', null)
      .execute();
    const { token, tokenId, expiresAt } = await issueToken(tx, account.id, TokenKind.Pad, TokenLifetime.padDays * 86400_000, now);
    const qrSvg = await QRCode.toString(token, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
    return {
      membershipId: member.id,
      bodyId: member.body_id,
      accountId: account.id,
      name: member.name,
      token,
      tokenId,
      expiresAt,
      qrSvg,
    };
  },
  audit: (_input, r) => ({
    bodyId: r.bodyId,
    payload: { membershipId: r.membershipId, accountId: r.accountId, tokenId: r.tokenId },
  }),
  // The previous pad token was revoked above; a cached copy of it must go too.
  events: (_input, r) => [{ type: TOKENS_REVOKED, bodyId: r.bodyId, data: { accountId: r.accountId } }],
});
