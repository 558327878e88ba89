import { expect, it } from 'vitest';
import { describeStores } from '../../store/testing.js';
import { startTestApp, type TestApp } from '../../server/testing.js';
import { execute, SYSTEM } from '../../server/operation.js';
import type { PlenumEvent } from '../../server/events.js';
import { updateMembership } from '../registry/roster/updateMembership.js';
import { seedSitting, type Sitting } from './testing.js';

const en = { 'accept-language': 'en' };

async function setUp(t: TestApp): Promise<Sitting & { desk: string; events: PlenumEvent[] }> {
  const s = await seedSitting(t.runtime);
  const events: PlenumEvent[] = [];
  t.runtime.events.subscribe((e) => events.push(e));
  return { ...s, desk: await t.tokenFor('secretariat'), events };
}

async function padToken(t: TestApp, membershipId: number): Promise<string> {
  const res = await t.call('POST', `/api/memberships/${membershipId}/credential`, { token: t.adminToken, body: {} });
  return res.body.token as string;
}

const rowsOf = (t: TestApp) => t.store.db.selectFrom('attendance').select(['meeting_id', 'membership_id', 'state', 'method', 'actor']).orderBy('id').execute();

describeStores('POST /api/meetings/:id/check-ins', (stores) => {
  it('walks 401 → 400 → 403, then checks in by card number and stores the row, its audit entry and its event', async () => {
    const t = await startTestApp(await stores.open());
    const s = await setUp(t);
    const url = `/api/meetings/${s.meetingId}/check-ins`;

    expect((await t.call('POST', url, { body: { key: 'A001' } })).status).toBe(401);
    const bad = await t.call('POST', url, { token: s.desk, body: { key: '' }, headers: en });
    expect([bad.status, bad.body.message]).toEqual([400, 'Invalid input: body/key must NOT have fewer than 1 characters']);
    const presider = await t.tokenFor('presider');
    const forbidden = await t.call('POST', url, { token: presider, body: { key: 'A001' }, headers: en });
    expect([forbidden.status, forbidden.body.message]).toEqual([403, 'Role "presider" lacks the permission "attendance.manage"']);
    const two = await t.call('POST', url, { token: s.desk, body: { key: 'A001', membershipId: s.ids.A001 }, headers: en });
    expect([two.status, two.body.message]).toEqual([400, 'Invalid input: (body) name the member by exactly one of credential, key or membershipId']);
    const none = await t.call('POST', url, { token: s.desk, body: {}, headers: en });
    expect(none.status).toBe(400);
    expect(await rowsOf(t)).toEqual([]);

    const res = await t.call('POST', url, { token: s.desk, body: { key: 'A001' } });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      bodyId: s.bodyId,
      meetingId: s.meetingId,
      membershipId: s.ids.A001,
      key: 'A001',
      name: '王小明',
      groupName: '经济界',
      state: 'present',
      method: 'card',
      at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      alreadyCheckedIn: false,
      previousState: 'absent',
    });
    expect(await rowsOf(t)).toEqual([{ meeting_id: s.meetingId, membership_id: s.ids.A001, state: 'present', method: 'card', actor: expect.stringMatching(/^account:\d+ \(secretariat-1\)$/) }]);
    const audit = await t.store.db.selectFrom('audit_log').select(['operation', 'body_id', 'payload']).where('operation', '=', 'attendance.checkIn').execute();
    expect(audit.map((a) => [a.operation, a.body_id, JSON.parse(a.payload)])).toEqual([
      ['attendance.checkIn', s.bodyId, { meetingId: s.meetingId, membershipId: s.ids.A001, method: 'card', at: res.body.at, alreadyCheckedIn: false, previousState: 'absent' }],
    ]);
    expect(s.events.filter((e) => e.type.startsWith('attendance'))).toEqual([{ type: 'attendance.changed', bodyId: s.bodyId, meetingId: s.meetingId, data: { membershipId: s.ids.A001, state: 'present' } }]);
    // Through the write queue: the two refused requests above and this check-in, one group each.
    expect(t.runtime.queue!.batches).toBe(3);
  });

  it('checks in by the QR credential and by membershipId; the credential never reaches the audit log', async () => {
    const t = await startTestApp(await stores.open());
    const s = await setUp(t);
    const url = `/api/meetings/${s.meetingId}/check-ins`;
    const credential = await padToken(t, s.ids.B002!);
    const byCredential = await t.call('POST', url, { token: s.desk, body: { credential } });
    expect([byCredential.status, byCredential.body.membershipId, byCredential.body.name, byCredential.body.method]).toEqual([201, s.ids.B002, '区伟', 'credential']);
    const byId = await t.call('POST', url, { token: s.desk, body: { membershipId: s.ids.A003 } });
    expect([byId.status, byId.body.name, byId.body.method]).toEqual([201, '单丽', 'desk']);
    const log = await t.store.db.selectFrom('audit_log').select('payload').execute();
    expect(log.some((a) => a.payload.includes(credential))).toBe(false);

    const unknown = await t.call('POST', url, { token: s.desk, body: { credential: 'plm_not-a-real-token' }, headers: en });
    expect(unknown.body).toMatchObject({ status: 422, error: 'credential_invalid', message: 'The credential is unknown, expired or revoked; the member should see the check-in desk' });
    // A re-issued card revokes the old one.
    const renewed = await padToken(t, s.ids.B002!);
    expect(renewed).not.toBe(credential);
    expect((await t.call('POST', url, { token: s.desk, body: { credential } })).body.error).toBe('credential_invalid');
    expect(await rowsOf(t)).toHaveLength(2);
  });

  it('says so when a member is checked in twice, and changes nothing', async () => {
    const t = await startTestApp(await stores.open());
    const s = await setUp(t);
    const url = `/api/meetings/${s.meetingId}/check-ins`;
    const first = await t.call('POST', url, { token: s.desk, body: { key: 'A002' } });
    const again = await t.call('POST', url, { token: s.desk, body: { membershipId: s.ids.A002 } });
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ ...first.body, alreadyCheckedIn: true, previousState: 'present' });
    expect(await rowsOf(t)).toEqual([{ meeting_id: s.meetingId, membership_id: s.ids.A002, state: 'present', method: 'card', actor: expect.any(String) }]);
    expect(s.events.filter((e) => e.type === 'attendance.changed')).toHaveLength(1);
  });

  it('refuses an unknown meeting, a non-member, another body\'s member and a membership that does not count on the day', async () => {
    const t = await startTestApp(await stores.open());
    const s = await setUp(t);
    const other = await seedSitting(t.runtime, { kind: 'people-congress', name: '云州市人民代表大会', rows: [{ key: 'R001', name: '张三' }] });
    const url = `/api/meetings/${s.meetingId}/check-ins`;
    const call = (body: object, to = url) => t.call('POST', to, { token: s.desk, body, headers: en });

    expect((await call({ key: 'A001' }, '/api/meetings/999/check-ins')).body).toMatchObject({ status: 404, error: 'meeting_not_found', message: 'Meeting 999 does not exist' });
    expect((await call({ key: 'Z999' })).body).toMatchObject({ status: 422, error: 'not_a_member', message: `Whoever has key "Z999" is not a member of the term that meeting ${s.meetingId} belongs to` });
    expect((await call({ membershipId: other.ids.R001! })).body).toMatchObject({ status: 422, error: 'not_a_member', message: `Membership ${other.ids.R001} is not a member of the term that meeting ${s.meetingId} belongs to` });
    expect((await call({ credential: await padToken(t, other.ids.R001!) })).body).toMatchObject({ status: 422, error: 'not_a_member', message: `The holder of this credential is not a member of the term that meeting ${s.meetingId} belongs to` });
    expect((await call({ membershipId: 99999 })).body).toMatchObject({ status: 404, error: 'membership_not_found' });

    await execute(t.runtime, updateMembership, { membershipId: s.ids.B001!, status: 'resigned', endDate: '2025-01-05' }, SYSTEM);
    await execute(t.runtime, updateMembership, { membershipId: s.ids.B002!, startDate: '2025-02-01' }, SYSTEM);
    expect((await call({ key: 'B001' })).body).toMatchObject({
      status: 422,
      error: 'membership_not_active',
      message: `Membership ${s.ids.B001} (解放) does not count on 2025-01-09 (status resigned); it is not part of this meeting`,
      messages: { 'zh-CN': `成员资格 ${s.ids.B001}（解放）在 2025-01-09 不在任（状态“resigned”），不计入本次会议` },
    });
    expect((await call({ key: 'B002' })).body).toMatchObject({ status: 422, error: 'membership_not_active' });
    expect(await rowsOf(t)).toEqual([]);
  });

  it('checks in a member on approved leave who came after all', async () => {
    const t = await startTestApp(await stores.open());
    const s = await setUp(t);
    const asked = await t.call('POST', `/api/meetings/${s.meetingId}/leave-requests`, { token: s.desk, body: { membershipId: s.ids.A001, reason: '出差' } });
    await t.call('POST', `/api/leave-requests/${asked.body.id}/decision`, { token: s.desk, body: { decision: 'approve' } });
    expect((await rowsOf(t)).map((r) => r.state)).toEqual(['leave']);
    const res = await t.call('POST', `/api/meetings/${s.meetingId}/check-ins`, { token: s.desk, body: { key: 'A001' } });
    expect([res.status, res.body.previousState, res.body.alreadyCheckedIn]).toEqual([201, 'leave', false]);
    expect((await rowsOf(t)).map((r) => [r.state, r.method])).toEqual([['present', 'card']]);
  });

  it('answers a burst of check-ins, each once committed, in groups', async () => {
    const t = await startTestApp(await stores.open());
    const s = await setUp(t);
    const url = `/api/meetings/${s.meetingId}/check-ins`;
    const keys = ['A001', 'A002', 'A003', 'B001', 'B002', 'A001'];
    const answers = await Promise.all(keys.map((key) => t.call('POST', url, { token: s.desk, body: { key } })));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 201, 201, 201, 201, 201]);
    expect((await rowsOf(t)).length).toBe(5);
    expect(t.runtime.queue!.batches).toBeLessThanOrEqual(keys.length);
  });
});

describeStores('POST /api/meetings/:id/check-in (the pad)', (stores) => {
  it('lets a member check themselves in only when the meeting allows it, and only themselves', async () => {
    const t = await startTestApp(await stores.open());
    const s = await setUp(t);
    const pad = await padToken(t, s.ids.A002!);
    const url = `/api/meetings/${s.meetingId}/check-in`;

    expect((await t.call('POST', url, { body: {} })).status).toBe(401);
    expect((await t.call('POST', url, { token: pad, body: { key: 'A002' } })).status).toBe(400);
    const screen = await t.tokenFor('screen');
    expect((await t.call('POST', url, { token: screen, body: {}, headers: en })).body.message).toBe('Role "screen" lacks the permission "attendance.self"');
    const closed = await t.call('POST', url, { token: pad, body: {}, headers: en });
    expect(closed.body).toMatchObject({ status: 403, error: 'pad_check_in_off', message: `Meeting ${s.meetingId} does not allow checking in on the pad; please check in at the desk` });
    // The desk's route is not the member's.
    const desk = await t.call('POST', `/api/meetings/${s.meetingId}/check-ins`, { token: pad, body: { key: 'A001' }, headers: en });
    expect([desk.status, desk.body.message]).toEqual([403, 'Role "member" lacks the permission "attendance.manage"']);
    expect(await rowsOf(t)).toEqual([]);

    // Staff open pad check-in through the meeting's own settings (meetings.updateMeeting).
    const opened = await t.call('PATCH', `/api/meetings/${s.meetingId}`, { token: s.desk, body: { padCheckIn: true } });
    expect(opened.status).toBe(200);
    expect(await t.store.db.selectFrom('meetings').select('pad_check_in').where('id', '=', s.meetingId).executeTakeFirstOrThrow()).toEqual({ pad_check_in: 1 });
    const res = await t.call('POST', url, { token: pad, body: {} });
    expect([res.status, res.body.membershipId, res.body.method]).toEqual([201, s.ids.A002, 'pad']);
    const again = await t.call('POST', url, { token: pad, body: {} });
    expect([again.status, again.body.alreadyCheckedIn]).toEqual([200, true]);
    expect((await rowsOf(t)).map((r) => [r.membership_id, r.method, r.actor])).toEqual([[s.ids.A002, 'pad', expect.stringMatching(/^account:\d+ \(member-\d+\)$/)]]);
  });
});
