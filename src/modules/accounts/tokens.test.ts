import { expect, it } from 'vitest';
import { describeStores } from '../../store/testing.js';
import { startTestApp } from '../../server/testing.js';
import { actorForToken } from './queries.js';
import { hashToken, newToken } from './secrets.js';

const INVALID_TOKEN = { 'zh-CN': '令牌无效、已过期或已被吊销', en: 'The token is unknown, expired or revoked' };

describeStores('tokens', (stores) => {
  it('stop working the moment they expire', async () => {
    const t = await startTestApp(await stores.open());
    const token = newToken();
    const expiresAt = '2030-01-01T08:00:00.000Z';
    await t.store.db
      .insertInto('tokens')
      .values({ account_id: 1, token_hash: hashToken(token), kind: 'sign-in', created_at: '2029-12-31T20:00:00.000Z', expires_at: expiresAt, revoked_at: null })
      .execute();
    const at = (iso: string) => actorForToken(t.store, token, new Date(iso));
    expect(await at('2030-01-01T07:59:59.999Z')).toMatchObject({ accountId: 1, role: 'admin', label: 'account:1 (admin)' });
    expect(await at(expiresAt)).toBeNull();
    expect(await at('2030-01-01T08:00:00.001Z')).toBeNull();

    const expired = newToken();
    await t.store.db
      .insertInto('tokens')
      .values({ account_id: 1, token_hash: hashToken(expired), kind: 'sign-in', created_at: '2020-01-01T00:00:00.000Z', expires_at: '2020-01-01T12:00:00.000Z', revoked_at: null })
      .execute();
    const res = await t.call('GET', '/api/auth/me', { token: expired });
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: 'invalid_token', status: 401, message: INVALID_TOKEN['zh-CN'], messages: INVALID_TOKEN });
  });

  it('are revoked by signing out: the next call is refused, the account\'s other tokens still work', async () => {
    const t = await startTestApp(await stores.open());
    const other = await t.signIn(t.admin.username, t.admin.password);
    const out = await t.call('POST', '/api/auth/sign-out', { token: t.adminToken });
    expect(out.status).toBe(200);
    expect(out.body).toEqual({ revoked: 1 });
    const rows = await t.store.db.selectFrom('tokens').select(['id', 'revoked_at']).orderBy('id').execute();
    expect(rows).toEqual([
      { id: 1, revoked_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) },
      { id: 2, revoked_at: null },
    ]);

    const again = await t.call('GET', '/api/auth/me', { token: t.adminToken, headers: { 'accept-language': 'en' } });
    expect(again.status).toBe(401);
    expect(again.body).toEqual({ error: 'invalid_token', status: 401, message: INVALID_TOKEN.en, messages: INVALID_TOKEN });
    const twice = await t.call('POST', '/api/auth/sign-out', { token: t.adminToken });
    expect(twice.status).toBe(401);
    expect((await t.call('GET', '/api/auth/me', { token: other })).status).toBe(200);

    const audit = await t.store.db.selectFrom('audit_log').select(['operation', 'actor', 'payload']).orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(audit).toEqual({ operation: 'accounts.signOut', actor: 'account:1 (admin)', payload: '{"tokenId":1}' });
  });

  it('are all revoked by an administrator, for one account only', async () => {
    const t = await startTestApp(await stores.open());
    const a1 = await t.tokenFor('press');
    const a2 = await t.signIn('press-1', 'test-password-1');
    const b = await t.tokenFor('press');
    const pressId = (await t.store.db.selectFrom('accounts').select('id').where('username', '=', 'press-1').executeTakeFirstOrThrow()).id;

    const forbidden = await t.call('POST', `/api/accounts/${pressId}/revoke-tokens`, { token: b, body: {}, headers: { 'accept-language': 'en' } });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.message).toBe('Role "press" lacks the permission "accounts.manage"');

    const res = await t.call('POST', `/api/accounts/${pressId}/revoke-tokens`, { token: t.adminToken, body: {} });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ accountId: pressId, bodyId: null, revoked: 2 });
    for (const token of [a1, a2]) expect((await t.call('GET', '/api/auth/me', { token })).body.error).toBe('invalid_token');
    expect((await t.call('GET', '/api/auth/me', { token: b })).status).toBe(200);

    const none = await t.call('POST', `/api/accounts/${pressId}/revoke-tokens`, { token: t.adminToken, body: {} });
    expect(none.body).toEqual({ accountId: pressId, bodyId: null, revoked: 0 });

    const missing = await t.call('POST', '/api/accounts/999/revoke-tokens', { token: t.adminToken, body: {}, headers: { 'accept-language': 'en' } });
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ error: 'account_not_found', messages: { 'zh-CN': '账户 999 不存在', en: 'Account 999 does not exist' } });
  });

  it('are refused when malformed, unknown or sent in another scheme', async () => {
    const t = await startTestApp(await stores.open());
    for (const authorization of ['Basic YWRtaW46eA==', 'Bearer', `Bearer ${t.adminToken} extra`, `Bearer ${t.adminToken}x`, `Token ${t.adminToken}`, '']) {
      const res = await t.call('GET', '/api/auth/me', { headers: { authorization } });
      expect([authorization, res.status, res.body.error]).toEqual([authorization, 401, 'invalid_token']);
    }
    const none = await t.call('GET', '/api/auth/me');
    expect(none.body).toMatchObject({ error: 'unauthenticated', status: 401 });
    expect((await t.call('GET', '/api/auth/me', { headers: { authorization: `bearer   ${t.adminToken}  ` } })).status).toBe(200);
  });
});
