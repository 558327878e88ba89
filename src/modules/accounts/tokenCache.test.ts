import { expect, it } from 'vitest';
import { describeStores } from '../../store/testing.js';
import { startTestApp } from '../../server/testing.js';
import { EventBus } from '../../server/events.js';
import { execute, SYSTEM } from '../../server/operation.js';
import { TokenCache } from './tokenCache.js';
import { revokeTokens, signOut } from './revokeTokens.js';
import { issuePadCredential } from './issuePadCredential.js';
import { hashToken, newToken } from './secrets.js';
import { seedRegistry } from '../../server/testing.js';

describeStores('token cache', (stores) => {
  it('answers a token seen within the TTL without asking the store, and asks again after it', async () => {
    const t = await startTestApp(await stores.open());
    let now = Date.parse('2026-03-05T01:00:00.000Z');
    const cache = new TokenCache(t.store, t.runtime.events, { ttlMs: 5_000, now: () => now });
    const first = await cache.actorFor(t.adminToken);
    expect(first).toMatchObject({ accountId: 1, role: 'admin', label: 'account:1 (admin)' });
    expect(await cache.actorFor(t.adminToken)).toBe(first);
    expect(cache.lookups).toBe(1);
    now += 4_999;
    await cache.actorFor(t.adminToken);
    expect(cache.lookups).toBe(1);
    now += 1;
    await cache.actorFor(t.adminToken);
    expect(cache.lookups).toBe(2);
    cache.close();
  });

  it('does not keep unknown tokens, and never serves a token past its own expiry', async () => {
    const t = await startTestApp(await stores.open());
    let now = Date.parse('2030-01-01T07:59:58.000Z');
    const cache = new TokenCache(t.store, t.runtime.events, { ttlMs: 5_000, now: () => now });
    const token = newToken();
    await t.store.db
      .insertInto('tokens')
      .values({ account_id: 1, token_hash: hashToken(token), kind: 'sign-in', created_at: '2029-12-31T20:00:00.000Z', expires_at: '2030-01-01T08:00:00.000Z', revoked_at: null })
      .execute();
    expect(await cache.actorFor(token)).toMatchObject({ accountId: 1 });
    now = Date.parse('2030-01-01T08:00:00.000Z');
    expect(await cache.actorFor(token)).toBeNull();
    expect(await cache.actorFor('no-such-token')).toBeNull();
    expect(await cache.actorFor('no-such-token')).toBeNull();
    expect(cache.lookups).toBe(4);
    expect(cache.size).toBe(0);
    cache.close();
  });

  it('drops a token at once when it is signed out, an account\'s tokens are revoked, or a pad credential is re-issued', async () => {
    const t = await startTestApp(await stores.open());
    const cache = new TokenCache(t.store, t.runtime.events, { ttlMs: 60_000 });
    const staff = await t.tokenFor('secretariat');
    const other = await t.signIn(t.admin.username, t.admin.password);
    const admin = (await cache.actorFor(t.adminToken))!;
    expect(await cache.actorFor(other)).not.toBeNull();
    expect(await cache.actorFor(staff)).not.toBeNull();

    await execute(t.runtime, signOut, { tokenId: admin.tokenId }, admin);
    expect(await cache.actorFor(t.adminToken)).toBeNull();
    expect(await cache.actorFor(other)).toMatchObject({ accountId: 1 });

    const staffActor = (await cache.actorFor(staff))!;
    await execute(t.runtime, revokeTokens, { accountId: staffActor.accountId! }, SYSTEM);
    expect(await cache.actorFor(staff)).toBeNull();

    const seeded = await seedRegistry(t.runtime);
    const pad = await execute(t.runtime, issuePadCredential, { membershipId: seeded.membershipId }, SYSTEM);
    expect(await cache.actorFor(pad.token)).toMatchObject({ role: 'member', accountId: pad.accountId });
    await execute(t.runtime, issuePadCredential, { membershipId: seeded.membershipId }, SYSTEM);
    expect(await cache.actorFor(pad.token)).toBeNull();
    cache.close();
  });

  it('sends one lookup for a burst of requests with the same new token, and a fresh one after a revocation', async () => {
    const t = await startTestApp(await stores.open());
    const events = new EventBus();
    const cache = new TokenCache(t.store, events, { ttlMs: 60_000 });
    const burst = Array.from({ length: 50 }, () => cache.actorFor(t.adminToken));
    events.publish({ type: 'accounts.tokensRevoked', bodyId: null, data: { accountId: 99 } });
    const late = cache.actorFor(t.adminToken);
    const actors = await Promise.all([...burst, late]);
    expect(actors.every((a) => a?.accountId === 1)).toBe(true);
    expect(cache.lookups).toBe(2);
    expect(await cache.actorFor('no-such-token')).toBeNull();
    expect(cache.lookups).toBe(3);
    cache.close();
  });

  it('does not store what a lookup read while a revocation went by', async () => {
    const t = await startTestApp(await stores.open());
    const events = new EventBus();
    const cache = new TokenCache(t.store, events, { ttlMs: 60_000 });
    const pending = cache.actorFor(t.adminToken);
    events.publish({ type: 'accounts.tokensRevoked', bodyId: null, data: { accountId: 1 } });
    expect(await pending).toMatchObject({ accountId: 1 });
    expect(cache.size).toBe(0);
    cache.close();
  });

  it('serves requests through the app: a revoked token is refused on the very next call', async () => {
    const t = await startTestApp(await stores.open());
    const staff = await t.tokenFor('secretariat');
    expect((await t.call('GET', '/api/auth/me', { token: staff })).status).toBe(200);
    const me = await t.call('GET', '/api/auth/me', { token: staff });
    const revoked = await t.call('POST', `/api/accounts/${me.body.account.id}/revoke-tokens`, { token: t.adminToken, body: {} });
    expect(revoked.status).toBe(200);
    const after = await t.call('GET', '/api/auth/me', { token: staff });
    expect(after.status).toBe(401);
    expect(after.body.error).toBe('invalid_token');
  });
});
