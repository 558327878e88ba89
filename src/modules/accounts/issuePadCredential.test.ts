import { expect, it } from 'vitest';
import QRCode from 'qrcode';
import { describeStores } from '../../store/testing.js';
import { seedRegistry, startTestApp } from '../../server/testing.js';
import { hashToken } from './secrets.js';

describeStores('POST /api/memberships/:id/credential', (stores) => {
  it("issues a member's pad token with its QR code; the token acts as that member", async () => {
    const t = await startTestApp(await stores.open());
    const s = await seedRegistry(t.runtime);
    const res = await t.call('POST', `/api/memberships/${s.membershipId}/credential`, { token: t.adminToken, body: {} });
    expect(res.status).toBe(201);
    const { token, qrSvg, expiresAt, ...rest } = res.body;
    expect(rest).toEqual({ membershipId: s.membershipId, bodyId: s.bodyId, accountId: 2, name: '张三', tokenId: 2 });
    expect(token).toMatch(/^plm_[A-Za-z0-9_-]{43}$/);
    expect(qrSvg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(qrSvg).toBe(await QRCode.toString(token, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 }));

    const account = await t.store.db.selectFrom('accounts').selectAll().where('id', '=', 2).executeTakeFirstOrThrow();
    expect(account).toMatchObject({ username: `member-${s.membershipId}`, display_name: '张三', password_hash: null, role: 'member', body_id: s.bodyId, person_id: s.personId });
    const row = await t.store.db.selectFrom('tokens').selectAll().where('id', '=', 2).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ account_id: 2, token_hash: hashToken(token), kind: 'pad', expires_at: expiresAt, revoked_at: null });
    expect(Date.parse(row.expires_at) - Date.parse(row.created_at)).toBe(60 * 86400_000);

    const me = await t.call('GET', '/api/auth/me', { token });
    expect(me.status).toBe(200);
    expect(me.body.account).toMatchObject({ id: 2, role: 'member', personId: s.personId, bodyId: s.bodyId });
    expect(me.body.permissions).toEqual(['attendance.self', 'proposals.submit', 'proposals.view', 'public.view', 'self.use', 'voting.cast']);
    const roster = await t.call('GET', `/api/terms/${s.termId}/members`, { token });
    expect(roster.status).toBe(403);
  });

  it('re-issuing revokes the previous token (a lost card) and keeps the one account', async () => {
    const t = await startTestApp(await stores.open());
    const s = await seedRegistry(t.runtime);
    const secretariat = await t.tokenFor('secretariat');
    const first = await t.call('POST', `/api/memberships/${s.membershipId}/credential`, { token: secretariat, body: {} });
    const second = await t.call('POST', `/api/memberships/${s.membershipId}/credential`, { token: secretariat, body: {} });
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.body.accountId).toBe(first.body.accountId);
    expect(second.body.token).not.toBe(first.body.token);

    const old = await t.call('GET', '/api/auth/me', { token: first.body.token });
    expect(old.status).toBe(401);
    expect(old.body.error).toBe('invalid_token');
    expect((await t.call('GET', '/api/auth/me', { token: second.body.token })).status).toBe(200);
    const pads = await t.store.db.selectFrom('tokens').select(['id', 'revoked_at']).where('kind', '=', 'pad').orderBy('id').execute();
    expect(pads).toEqual([
      { id: first.body.tokenId, revoked_at: expect.stringMatching(/^\d{4}-/) },
      { id: second.body.tokenId, revoked_at: null },
    ]);
    expect((await t.store.db.selectFrom('accounts').select('id').where('role', '=', 'member').execute()).length).toBe(1);
  });

  it('refuses a membership that is not active, or does not exist, and issues nothing', async () => {
    const t = await startTestApp(await stores.open());
    const s = await seedRegistry(t.runtime);
    await t.store.db.updateTable('memberships').set({ status: 'resigned' }).where('id', '=', s.membershipId).execute();
    const res = await t.call('POST', `/api/memberships/${s.membershipId}/credential`, { token: t.adminToken, body: {} });
    expect(res.status).toBe(422);
    expect(res.body).toEqual({
      error: 'membership_not_active',
      status: 422,
      message: `成员资格 ${s.membershipId}（张三）状态为“resigned”，不能发放凭证`,
      messages: {
        'zh-CN': `成员资格 ${s.membershipId}（张三）状态为“resigned”，不能发放凭证`,
        en: `Membership ${s.membershipId} (张三) is resigned; no credential can be issued`,
      },
    });
    const missing = await t.call('POST', '/api/memberships/77/credential', { token: t.adminToken, body: {}, headers: { 'accept-language': 'en' } });
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ error: 'membership_not_found', message: 'Membership 77 does not exist' });
    const presider = await t.tokenFor('presider');
    const forbidden = await t.call('POST', `/api/memberships/${s.membershipId}/credential`, { token: presider, body: {} });
    expect(forbidden.status).toBe(403);

    expect(await t.store.db.selectFrom('tokens').select('kind').where('kind', '=', 'pad').execute()).toEqual([]);
    expect(await t.store.db.selectFrom('accounts').select('id').where('role', '=', 'member').execute()).toEqual([]);
  });
});
