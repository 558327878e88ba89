import { expect, it } from 'vitest';
import { describeStores } from '../../store/testing.js';
import { seedRegistry, startTestApp, TEST_PASSWORD } from '../../server/testing.js';

describeStores('the audit log of account operations', (stores) => {
  it('records who did what, never a password, a token or their hashes', async () => {
    const t = await startTestApp(await stores.open());
    const s = await seedRegistry(t.runtime);
    const press = await t.tokenFor('press');
    const created = await t.call('POST', '/api/accounts', { token: t.adminToken, body: { username: 'typist', displayName: '打字员', password: 'typist-secret-9', role: 'secretariat' } });
    const signedIn = await t.call('POST', '/api/auth/sign-in', { body: { username: 'typist', password: 'typist-secret-9' } });
    const pad = await t.call('POST', `/api/memberships/${s.membershipId}/credential`, { token: t.adminToken, body: {} });
    await t.call('POST', '/api/accounts/2/revoke-tokens', { token: t.adminToken, body: {} });
    await t.call('POST', '/api/auth/sign-out', { token: signedIn.body.token });
    expect([created.status, signedIn.status, pad.status]).toEqual([201, 200, 201]);

    const secrets = [t.admin.password, TEST_PASSWORD, 'typist-secret-9', t.adminToken, press, signedIn.body.token, pad.body.token];
    const stored = await t.store.db.selectFrom('tokens').select('token_hash').execute();
    const hashes = await t.store.db.selectFrom('accounts').select('password_hash').where('password_hash', 'is not', null).execute();
    secrets.push(...stored.map((r) => r.token_hash), ...hashes.map((r) => r.password_hash!));
    expect(secrets.length).toBe(7 + 4 + 3);

    const log = await t.store.db.selectFrom('audit_log').select(['operation', 'actor', 'payload']).orderBy('seq').execute();
    const accountOps = log.filter((e) => e.operation.startsWith('accounts.'));
    expect(accountOps).toEqual([
      { operation: 'accounts.createAccount', actor: 'system', payload: '{"accountId":1,"role":"admin","username":"admin"}' },
      { operation: 'accounts.signIn', actor: 'anonymous', payload: '{"tokenId":1,"username":"admin"}' },
      { operation: 'accounts.createAccount', actor: 'system', payload: '{"accountId":2,"role":"press","username":"press-1"}' },
      { operation: 'accounts.signIn', actor: 'anonymous', payload: '{"tokenId":2,"username":"press-1"}' },
      { operation: 'accounts.createAccount', actor: 'account:1 (admin)', payload: '{"accountId":3,"role":"secretariat","username":"typist"}' },
      { operation: 'accounts.signIn', actor: 'anonymous', payload: '{"tokenId":3,"username":"typist"}' },
      { operation: 'accounts.issuePadCredential', actor: 'account:1 (admin)', payload: `{"accountId":4,"membershipId":${s.membershipId},"tokenId":4}` },
      { operation: 'accounts.revokeTokens', actor: 'account:1 (admin)', payload: '{"accountId":2}' },
      { operation: 'accounts.signOut', actor: 'account:3 (typist)', payload: '{"tokenId":3}' },
    ]);
    const everything = log.map((e) => `${e.operation} ${e.actor} ${e.payload}`).join('\n');
    for (const secret of secrets) expect(everything.includes(secret), `audit log contains a secret`).toBe(false);
  });
});
