import { expect, it } from 'vitest';
import { describeStores } from '../../store/testing.js';
import { seedRegistry, startTestApp } from '../../server/testing.js';
import { verifyPassword } from './secrets.js';

const en = { 'accept-language': 'en' };
const valid = { username: 'clerk.wang', displayName: '王秘书', password: 'a-long-password', role: 'secretariat' };

describeStores('POST /api/accounts', (stores) => {
  it('walks unauthenticated → bad input → forbidden → created, and stores the account', async () => {
    const t = await startTestApp(await stores.open());
    const { bodyId } = await seedRegistry(t.runtime);
    const count = async () => (await t.store.db.selectFrom('accounts').select('id').execute()).length;

    const anonymous = await t.call('POST', '/api/accounts', { body: valid, headers: en });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toMatchObject({ error: 'unauthenticated', message: 'Sign-in required: send a Bearer token in the Authorization header' });

    const bad = await t.call('POST', '/api/accounts', { token: t.adminToken, body: { ...valid, username: 'x', password: 'short', role: 'king' }, headers: en });
    expect(bad.status).toBe(400);
    const roles = 'body/role must be one of "admin", "secretariat", "presider", "member", "screen", "press", "committee", "unit"';
    expect(bad.body).toEqual({
      error: 'invalid_input',
      status: 400,
      message: `Invalid input: body/username must NOT have fewer than 2 characters; body/password must NOT have fewer than 8 characters; ${roles}`,
      messages: {
        'zh-CN': `输入有误：body/username must NOT have fewer than 2 characters；body/password must NOT have fewer than 8 characters；${roles}`,
        en: `Invalid input: body/username must NOT have fewer than 2 characters; body/password must NOT have fewer than 8 characters; ${roles}`,
      },
      details: [
        { path: 'body/username', message: 'must NOT have fewer than 2 characters' },
        { path: 'body/password', message: 'must NOT have fewer than 8 characters' },
        { path: 'body/role', message: 'must be one of "admin", "secretariat", "presider", "member", "screen", "press", "committee", "unit"' },
      ],
    });

    // Thousands of unknown keys are reported, but not all echoed back.
    const flood = await t.call('POST', '/api/accounts', { token: t.adminToken, body: { ...valid, ...Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`k${i}`, i])) } });
    expect(flood.status).toBe(400);
    expect(flood.body.details).toHaveLength(20);
    expect(flood.text.length).toBeLessThan(5000);

    const extra = await t.call('POST', '/api/accounts', { token: t.adminToken, body: { ...valid, isAdmin: true }, headers: en });
    expect(extra.status).toBe(400);
    expect(extra.body.message).toBe('Invalid input: body must NOT have additional properties');

    const secretariat = await t.tokenFor('secretariat');
    const forbidden = await t.call('POST', '/api/accounts', { token: secretariat, body: valid, headers: en });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body).toEqual({
      error: 'forbidden',
      status: 403,
      message: 'Role "secretariat" lacks the permission "accounts.manage"',
      messages: { 'zh-CN': '角色“secretariat”没有权限“accounts.manage”', en: 'Role "secretariat" lacks the permission "accounts.manage"' },
    });
    expect(await count()).toBe(2);

    const created = await t.call('POST', '/api/accounts', { token: t.adminToken, body: { ...valid, bodyId } });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: 3,
      username: 'clerk.wang',
      displayName: '王秘书',
      role: 'secretariat',
      bodyId,
      personId: null,
      disabled: false,
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    });
    const row = await t.store.db.selectFrom('accounts').selectAll().where('id', '=', 3).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ username: 'clerk.wang', display_name: '王秘书', role: 'secretariat', body_id: bodyId, person_id: null, disabled: 0 });
    expect(await verifyPassword('a-long-password', row.password_hash!)).toBe(true);
    expect((await t.signIn('clerk.wang', 'a-long-password')).startsWith('plm_')).toBe(true);
  });

  it('refuses a username already taken and a body that does not exist', async () => {
    const t = await startTestApp(await stores.open());
    const taken = await t.call('POST', '/api/accounts', { token: t.adminToken, body: { ...valid, username: 'admin' } });
    expect(taken.status).toBe(409);
    expect(taken.body).toMatchObject({
      error: 'username_taken',
      messages: { 'zh-CN': '用户名“admin”已被使用', en: 'The username "admin" is already taken' },
    });
    const noBody = await t.call('POST', '/api/accounts', { token: t.adminToken, body: { ...valid, bodyId: 42 } });
    expect(noBody.status).toBe(404);
    expect(noBody.body).toMatchObject({ error: 'body_not_found', messages: { 'zh-CN': '机构 42 不存在', en: 'Body 42 does not exist' } });
    expect((await t.store.db.selectFrom('accounts').select('id').execute()).length).toBe(1);
  });
});
