import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.js';
import type { Actor } from '../../server/operation.js';
import type { Role } from '../../server/permissions.js';
import { hashToken } from './secrets.js';
import type { Dialect } from '../../store/dialect.js';
import { prepared } from '../../store/prepared.js';

/** The actor a bearer token stands for, or null when it is unknown, expired, revoked or its account disabled. */
export async function actorForToken(store: StoreHandle, token: string, now = new Date()): Promise<(Actor & { tokenId: number }) | null> {
  return (await tokenHolder(store, token, now))?.actor ?? null;
}

/** What a token lookup needs of the store. */
export interface StoreHandle {
  db: Kysely<Database>;
  dialect: Dialect;
}

// Every request with a token new to the cache runs it (each member's first vote): compiled once.
const holderOf = prepared((db, p: { tokenHash: string }) =>
  db
    .selectFrom('tokens')
    .innerJoin('accounts', 'accounts.id', 'tokens.account_id')
    .select([
      'tokens.id as tokenId',
      'tokens.expires_at',
      'tokens.revoked_at',
      'accounts.id as accountId',
      'accounts.username',
      'accounts.role',
      'accounts.person_id',
      'accounts.body_id',
      'accounts.disabled',
    ])
    .where('tokens.token_hash', '=', p.tokenHash),
);

/** As `actorForToken`, with the token's expiry (an ISO time), so a cache knows how long it may keep the answer. */
export async function tokenHolder(store: StoreHandle, token: string, now = new Date()): Promise<{ actor: Actor & { tokenId: number }; expiresAt: string } | null> {
  return tokenHolderByHash(store, hashToken(token), now);
}

/** As `tokenHolder`, for a caller that already hashed the token (the token cache keys on the hash). */
export async function tokenHolderByHash({ db, dialect }: StoreHandle, tokenHash: string, now = new Date()): Promise<{ actor: Actor & { tokenId: number }; expiresAt: string } | null> {
  const row = await holderOf.first(db, dialect, { tokenHash });
  if (!row || row.revoked_at || row.disabled || row.expires_at <= now.toISOString()) return null;
  const actor = {
    tokenId: row.tokenId,
    label: `account:${row.accountId} (${row.username})`,
    role: row.role as Role,
    accountId: row.accountId,
    personId: row.person_id,
    bodyId: row.body_id,
  };
  return { actor, expiresAt: row.expires_at };
}

export async function countAccounts(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('accounts').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}
