import type { Transaction } from 'kysely';
import type { Database } from '../../store/schema.js';
import { hashToken, newToken } from './secrets.js';
import { TokenKind } from './limits.js';

/** Stores a new bearer token for an account (only its hash) and returns the token itself, once. */
export async function issueToken(
  tx: Transaction<Database>,
  accountId: number,
  kind: (typeof TokenKind)[keyof typeof TokenKind],
  lifetimeMs: number,
  now: Date,
): Promise<{ token: string; tokenId: number; expiresAt: string }> {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + lifetimeMs).toISOString();
  const row = await tx
    .insertInto('tokens')
    .values({ account_id: accountId, token_hash: hashToken(token), kind, created_at: now.toISOString(), expires_at: expiresAt, revoked_at: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { token, tokenId: row.id, expiresAt };
}
