import { expect, it } from 'vitest';
import { describeStores } from '../../store/testing.js';
import { startTestApp, TEST_PASSWORD } from '../../server/testing.js';
import { hashToken } from './secrets.js';

const BAD_CREDENTIALS = { 'zh-CN': '用户名或密码不正确', en: 'Wrong username or password' };

describeStores('signing in', (stores) => {
  it('gives a bearer token that lasts twelve hours and is stored only as its hash', async () => {
    const t = await startTestApp(await stores.open());
    const res = await t.call('POST', '/api/auth/sign-in', { body: { username: t.admin.username, password: t.admin.password } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      token: expect.stringMatching(/^plm_[A-Za-z0-9_-]{43}$/),
      tokenId: 2, // the first was the admin token startTestApp signed in with
      account: { id: 1, username: 'admin', displayName: '系统管理员', role: 'admin', bodyId: null, personId: null, disabled: false },
    });
    const row = await t.store.db.selectFrom('tokens').selectAll().where('id', '=', 2).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ account_id: 1, token_hash: hashToken(res.body.token), kind: 'sign-in', revoked_at: null, expires_at: res.body.expiresAt });
    expect(Date.parse(row.expires_at) - Date.parse(row.created_at)).toBe(12 * 3600_000);

    const me = await t.call('GET', '/api/auth/me', { token: res.body.token });
    expect(me.status).toBe(200);
    expect(me.body.account.username).toBe('admin');
  });

  it('refuses a wrong password, an unknown user and a disabled account alike, in the language asked for, writing nothing', async () => {
    const t = await startTestApp(await stores.open());
    const token = await t.tokenFor('secretariat');
    const before = await t.store.db.selectFrom('tokens').selectAll().execute();
    const attempts = [
      { username: 'secretariat-1', password: 'wrong-password' },
      { username: 'secretariat-1', password: TEST_PASSWORD.toUpperCase() },
      { username: 'nobody', password: TEST_PASSWORD },
    ];
    for (const body of attempts) {
      const zh = await t.call('POST', '/api/auth/sign-in', { body });
      expect(zh.status).toBe(401);
      expect(zh.body).toEqual({ error: 'bad_credentials', status: 401, message: BAD_CREDENTIALS['zh-CN'], messages: BAD_CREDENTIALS });
      const en = await t.call('POST', '/api/auth/sign-in', { body, headers: { 'accept-language': 'en-US,en;q=0.9' } });
      expect(en.status).toBe(401);
      expect(en.body).toEqual({ error: 'bad_credentials', status: 401, message: BAD_CREDENTIALS.en, messages: BAD_CREDENTIALS });
    }

    await t.store.db.updateTable('accounts').set({ disabled: 1 }).where('username', '=', 'secretariat-1').execute();
    const disabled = await t.call('POST', '/api/auth/sign-in', { body: { username: 'secretariat-1', password: TEST_PASSWORD } });
    expect(disabled.status).toBe(401);
    expect(disabled.body.error).toBe('bad_credentials');
    // The token it held before it was disabled no longer works either.
    const old = await t.call('GET', '/api/auth/me', { token });
    expect(old.status).toBe(401);
    expect(old.body.error).toBe('invalid_token');

    expect(await t.store.db.selectFrom('tokens').selectAll().execute()).toEqual(before);
  });

  it('refuses a password sign-in to a member account, which has no password', async () => {
    const t = await startTestApp(await stores.open());
    await t.store.db
      .insertInto('accounts')
      .values({ username: 'member-9', display_name: '李四', password_hash: null, role: 'member', body_id: null, person_id: null, created_at: new Date().toISOString() })
      .execute();
    for (const password of ['', 'x', 'null']) {
      const res = await t.call('POST', '/api/auth/sign-in', { body: { username: 'member-9', password } });
      expect(res.status).toBe(password === '' ? 400 : 401);
    }
  });

  it('ignores a token the client still sends: expired, revoked, bogus or another account\'s', async () => {
    const t = await startTestApp(await stores.open());
    const press = await t.tokenFor('press');
    await t.call('POST', '/api/auth/sign-out', { token: press });
    for (const authorization of [`Bearer ${press}`, `Bearer ${t.adminToken}`, 'Bearer plm_bogus', 'Basic YWRtaW4=']) {
      const res = await t.call('POST', '/api/auth/sign-in', { body: { username: 'press-1', password: TEST_PASSWORD }, headers: { authorization } });
      expect([authorization, res.status, res.body.account?.username]).toEqual([authorization, 200, 'press-1']);
    }
    const last = await t.store.db.selectFrom('audit_log').select(['operation', 'actor']).orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(last).toEqual({ operation: 'accounts.signIn', actor: 'anonymous' });
  });

  it('names what is wrong with the input before looking anything up', async () => {
    const t = await startTestApp(await stores.open());
    const res = await t.call('POST', '/api/auth/sign-in', { body: { username: 'admin' }, headers: { 'accept-language': 'en' } });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      error: 'invalid_input',
      status: 400,
      message: "Invalid input: body must have required property 'password'",
      messages: { 'zh-CN': "输入有误：body must have required property 'password'", en: "Invalid input: body must have required property 'password'" },
      details: [{ path: 'body', message: "must have required property 'password'" }],
    });
  });
});
