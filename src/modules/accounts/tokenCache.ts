/**
 * A short-lived, in-process cache of bearer token → actor, so a busy sitting (3,000 pads checking
 * in, 1,000 screens) does not cost one database query per request.
 *
 * Revocation inside this process is immediate: signing out, revoking an account's tokens and
 * re-issuing a pad credential publish `accounts.tokensRevoked` after commit, and the cache drops
 * the entries at once. With several Plenum processes (PostgreSQL), another process keeps serving
 * a revoked token from its own cache for up to `ttlMs` (5 s by default); the same holds for an
 * account disabled directly in the database. An entry never outlives its token's expiry.
 */
import type { Actor } from '../../server/operation.js';
import type { EventBus, PlenumEvent } from '../../server/events.js';
import { tokenHolderByHash, type StoreHandle } from './queries.js';
import { hashToken } from './secrets.js';

export type TokenActor = Actor & { tokenId: number };

/** Published after commit by every operation that revokes tokens. */
export const TOKENS_REVOKED = 'accounts.tokensRevoked';

/** What a `accounts.tokensRevoked` event names: one token, or every token of an account. */
export interface TokensRevoked {
  accountId?: number;
  tokenId?: number;
}

export interface TokenCacheOptions {
  /** How long an entry is served without asking the store again. */
  ttlMs?: number;
  /** Most entries kept; the oldest go first. */
  maxEntries?: number;
  /** The clock, in ms since the epoch (tests move it). */
  now?: () => number;
}

interface Entry {
  actor: TokenActor;
  /** Served until this time: the TTL or the token's own expiry, whichever comes first. */
  until: number;
}

export class TokenCache {
  readonly #handle: StoreHandle;
  readonly #ttlMs: number;
  readonly #maxEntries: number;
  readonly #now: () => number;
  readonly #entries = new Map<string, Entry>();
  readonly #inFlight = new Map<string, Promise<TokenActor | null>>();
  readonly #unsubscribe: () => void;
  /** Bumped by every revocation: a lookup that straddles one does not store what it read. */
  #epoch = 0;
  /** Queries sent to the store, for tests and benchmarks. */
  lookups = 0;

  constructor(store: StoreHandle, events: EventBus, options: TokenCacheOptions = {}) {
    this.#handle = store;
    this.#ttlMs = options.ttlMs ?? 5_000;
    this.#maxEntries = options.maxEntries ?? 20_000;
    this.#now = options.now ?? Date.now;
    this.#unsubscribe = events.subscribe((event: PlenumEvent) => {
      if (event.type === TOKENS_REVOKED) this.revoke(event.data as TokensRevoked);
    });
  }

  /** The actor a token stands for, or null when it is unknown, expired, revoked or its account disabled. */
  async actorFor(token: string): Promise<TokenActor | null> {
    const key = hashToken(token);
    const now = this.#now();
    const hit = this.#entries.get(key);
    if (hit && hit.until > now) return hit.actor;
    if (hit) this.#entries.delete(key);
    // The first requests of a burst all miss together: they share one lookup.
    let lookup = this.#inFlight.get(key);
    if (!lookup) {
      lookup = this.#lookUp(key, now).finally(() => {
        if (this.#inFlight.get(key) === lookup) this.#inFlight.delete(key);
      });
      this.#inFlight.set(key, lookup);
    }
    return lookup;
  }

  async #lookUp(key: string, now: number): Promise<TokenActor | null> {
    const epoch = this.#epoch;
    this.lookups++;
    const found = await tokenHolderByHash(this.#handle, key, new Date(now));
    if (!found) return null;
    if (epoch !== this.#epoch) return found.actor;
    this.#store(key, found.actor, Math.min(now + this.#ttlMs, Date.parse(found.expiresAt)));
    return found.actor;
  }

  /** Drops the entries a revocation names. */
  revoke(what: TokensRevoked): void {
    this.#epoch++;
    // A lookup begun before the revocation may have read the token as valid: later requests ask anew.
    this.#inFlight.clear();
    for (const [key, entry] of this.#entries) {
      if (entry.actor.accountId === what.accountId || entry.actor.tokenId === what.tokenId) this.#entries.delete(key);
    }
  }

  get size(): number {
    return this.#entries.size;
  }

  close(): void {
    this.#unsubscribe();
    this.#entries.clear();
  }

  #store(key: string, actor: TokenActor, until: number): void {
    if (this.#entries.size >= this.#maxEntries) {
      const oldest = this.#entries.keys().next();
      if (!oldest.done) this.#entries.delete(oldest.value);
    }
    this.#entries.set(key, { actor, until });
  }
}
