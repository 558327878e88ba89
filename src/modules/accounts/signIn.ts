import Type from 'typebox';
import { defineOperation } from '../../server/operation.js';
import { errors } from '../../server/errors.js';
import { verifyPassword } from './secrets.js';
import { issueToken } from './issueToken.js';
import { TokenKind, TokenLifetime } from './limits.js';
import { presentAccount } from './presenters.js';

export const SignInInput = Type.Object(
  {
    username: Type.String({ minLength: 1, maxLength: 64 }),
    password: Type.String({ minLength: 1, maxLength: 200 }),
  },
  { additionalProperties: false },
);

/** Exchanges a username and password for a bearer token that lasts a working day. */
export const signIn = defineOperation({
  name: 'accounts.signIn',
  input: SignInInput,
  permission: 'auth.signIn',
  async run({ tx, now }, input) {
    const account = await tx.selectFrom('accounts').selectAll().where('username', '=', input.username).executeTakeFirst();
    const ok = account?.password_hash && !account.disabled && (await verifyPassword(input.password, account.password_hash));
    if (!account || !ok) throw errors.badCredentials();
    const issued = await issueToken(tx, account.id, TokenKind.SignIn, TokenLifetime.signInHours * 3600_000, now);
    return { ...issued, account: presentAccount(account) };
  },
  // The token itself never enters the audit log.
  audit: (input, result) => ({
    bodyId: result.account.bodyId,
    payload: { username: input.username, tokenId: result.tokenId },
  }),
});
