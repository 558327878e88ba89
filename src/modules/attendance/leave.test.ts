import { expect, it } from 'vitest';
import { describeStores } from '../../store/testing.js';
import { startTestApp, type TestApp } from '../../server/testing.js';
import type { PlenumEvent } from '../../server/events.js';
import { seedSitting } from './testing.js';

const en = { 'accept-language': 'en' };

async function setUp(t: TestApp) {
  const s = await seedSitting(t.runtime);
  const events: PlenumEvent[] = [];
  t.runtime.events.subscribe((e) => events.push(e));
  const desk = await t.tokenFor('secretariat');
  const pad = (await t.call('POST', `/api/memberships/${s.ids.A001}/credential`, { token: desk, body: {} })).body.token as string;
  return { ...s, desk, pad, events };
}

const state = (t: TestApp) => t.store.db.selectFrom('attendance').select(['membership_id', 'state', 'method']).orderBy('id').execute();
const requests = (t: TestApp) => t.store.db.selectFrom('leave_requests').select(['membership_id', 'reason', 'status', 'requested_by', 'decided_by']).orderBy('id').execute();

describeStores('attendance.requestLeave and attendance.decideLeave', (stores) => {
  it('a member asks for themselves on the pad; staff approve; the member is on leave', async () => {
    const t = await startTestApp(await stores.open());
    const s = await setUp(t);
    const url = `/api/meetings/${s.meetingId}/leave-requests`;

    expect((await t.call('POST', url, { body: { reason: '出差' } })).status).toBe(401);
    const bad = await t.call('POST', url, { token: s.pad, body: { reason: '' }, headers: en });
    expect([bad.status, bad.body.message]).toEqual([400, 'Invalid input: body/reason must NOT have fewer than 1 characters']);
    const presider = await t.tokenFor('presider');
    expect((await t.call('POST', url, { token: presider, body: { reason: '出差' }, headers: en })).body.message).toBe('Role "presider" lacks the permission "attendance.self"');
    const other = await t.call('POST', url, { token: s.pad, body: { membershipId: s.ids.A002, reason: '出差' }, headers: en });
    expect([other.status, other.body.message]).toEqual([403, 'Role "member" lacks the permission "attendance.manage"']);

    const asked = await t.call('POST', url, { token: s.pad, body: { reason: '赴京出差' } });
    expect(asked.status).toBe(201);
    expect(asked.body).toEqual({ id: asked.body.id, bodyId: s.bodyId, meetingId: s.meetingId, membershipId: s.ids.A001, name: '王小明', reason: '赴京出差', status: 'pending', requestedAt: expect.any(String) });
    const twice = await t.call('POST', url, { token: s.pad, body: { reason: '再次' }, headers: en });
    expect(twice.body).toMatchObject({ status: 409, error: 'leave_pending', message: `王小明 (membership ${s.ids.A001}) already has leave request ${asked.body.id} awaiting a decision` });
    expect(await state(t)).toEqual([]);

    const list = await t.call('GET', `${url}?status=pending`, { token: s.desk });
    expect(list.body).toEqual([
      { id: asked.body.id, meetingId: s.meetingId, membershipId: s.ids.A001, key: 'A001', name: '王小明', reason: '赴京出差', status: 'pending', requestedBy: expect.stringMatching(/^account:\d+ \(member-\d+\)$/), requestedAt: asked.body.requestedAt, decidedBy: null, decidedAt: null },
    ]);
    expect((await t.call('GET', url, { token: s.pad })).status).toBe(403);

    const decide = `/api/leave-requests/${asked.body.id}/decision`;
    expect((await t.call('POST', decide, { token: s.pad, body: { decision: 'approve' } })).status).toBe(403);
    const bogus = await t.call('POST', decide, { token: s.desk, body: { decision: 'maybe' }, headers: en });
    expect([bogus.status, bogus.body.message]).toEqual([400, 'Invalid input: body/decision must be one of "approve", "reject"']);
    expect((await t.call('POST', '/api/leave-requests/999/decision', { token: s.desk, body: { decision: 'approve' }, headers: en })).body).toMatchObject({ status: 404, error: 'leave_request_not_found', message: 'Leave request 999 does not exist' });

    const approved = await t.call('POST', decide, { token: s.desk, body: { decision: 'approve' } });
    expect([approved.status, approved.body.status, approved.body.state]).toEqual([200, 'approved', 'leave']);
    expect(await state(t)).toEqual([{ membership_id: s.ids.A001, state: 'leave', method: 'staff' }]);
    expect(await requests(t)).toEqual([{ membership_id: s.ids.A001, reason: '赴京出差', status: 'approved', requested_by: expect.stringMatching(/member-/), decided_by: expect.stringMatching(/secretariat-/) }]);
    const again = await t.call('POST', decide, { token: s.desk, body: { decision: 'reject' }, headers: en });
    expect(again.body).toMatchObject({ status: 409, error: 'leave_decided' });
    expect((await t.call('POST', url, { token: s.pad, body: { reason: '又一次' } })).body.error).toBe('leave_approved');
    expect(s.events.filter((e) => e.type === 'attendance.changed')).toEqual([{ type: 'attendance.changed', bodyId: s.bodyId, meetingId: s.meetingId, data: { membershipId: s.ids.A001, state: 'leave' } }]);
  });

  it('staff ask for any member; a rejection changes no state; a member already present needs no leave', async () => {
    const t = await startTestApp(await stores.open());
    const s = await setUp(t);
    const url = `/api/meetings/${s.meetingId}/leave-requests`;
    const unnamed = await t.call('POST', url, { token: s.desk, body: { reason: '出差' }, headers: en });
    expect([unnamed.status, unnamed.body.message]).toEqual([400, 'Invalid input: /membershipId staff must name the member by membershipId']);
    const asked = await t.call('POST', url, { token: s.desk, body: { membershipId: s.ids.B001, reason: '因病' } });
    expect(asked.status).toBe(201);
    const rejected = await t.call('POST', `/api/leave-requests/${asked.body.id}/decision`, { token: s.desk, body: { decision: 'reject' } });
    expect([rejected.body.status, rejected.body.state]).toEqual(['rejected', 'absent']);
    expect(await state(t)).toEqual([]);

    await t.call('POST', `/api/meetings/${s.meetingId}/check-ins`, { token: s.desk, body: { key: 'A002' } });
    const present = await t.call('POST', url, { token: s.desk, body: { membershipId: s.ids.A002, reason: '早退' }, headers: en });
    expect(present.body).toMatchObject({ status: 422, error: 'already_checked_in' });
    expect(await requests(t)).toHaveLength(1);
  });
});

describeStores('attendance.undoCheckIn', (stores) => {
  it('undoes a check-in with its reason in the audit log; a member on approved leave is on leave again', async () => {
    const t = await startTestApp(await stores.open());
    const s = await setUp(t);
    const url = `/api/meetings/${s.meetingId}/check-ins/undo`;
    await t.call('POST', `/api/meetings/${s.meetingId}/check-ins`, { token: s.desk, body: { key: 'A003' } });

    expect((await t.call('POST', url, { body: { membershipId: s.ids.A003, reason: '误签' } })).status).toBe(401);
    expect((await t.call('POST', url, { token: s.desk, body: { membershipId: s.ids.A003 } })).status).toBe(400);
    expect((await t.call('POST', url, { token: s.pad, body: { membershipId: s.ids.A003, reason: '误签' } })).status).toBe(403);
    const notIn = await t.call('POST', url, { token: s.desk, body: { membershipId: s.ids.B001, reason: '误签' }, headers: en });
    expect(notIn.body).toMatchObject({ status: 422, error: 'not_checked_in', message: `解放 (membership ${s.ids.B001}) is not checked in to meeting ${s.meetingId}; there is nothing to undo` });

    const undone = await t.call('POST', url, { token: s.desk, body: { membershipId: s.ids.A003, reason: '误签，应为单立' } });
    expect([undone.status, undone.body.state]).toEqual([200, 'absent']);
    expect(await state(t)).toEqual([]);
    const audit = await t.store.db.selectFrom('audit_log').select('payload').where('operation', '=', 'attendance.undoCheckIn').executeTakeFirstOrThrow();
    expect(JSON.parse(audit.payload)).toEqual({ meetingId: s.meetingId, membershipId: s.ids.A003, reason: '误签，应为单立', state: 'absent', undone: { method: 'card', at: expect.any(String), actor: expect.stringMatching(/secretariat-/) } });

    const asked = await t.call('POST', `/api/meetings/${s.meetingId}/leave-requests`, { token: s.pad, body: { reason: '出差' } });
    await t.call('POST', `/api/leave-requests/${asked.body.id}/decision`, { token: s.desk, body: { decision: 'approve' } });
    await t.call('POST', `/api/meetings/${s.meetingId}/check-ins`, { token: s.desk, body: { key: 'A001' } });
    const back = await t.call('POST', url, { token: s.desk, body: { membershipId: s.ids.A001, reason: '签错人' } });
    expect(back.body.state).toBe('leave');
    expect(await state(t)).toEqual([{ membership_id: s.ids.A001, state: 'leave', method: 'staff' }]);
    expect(s.events.filter((e) => e.type === 'attendance.changed').map((e) => e.data)).toEqual([
      { membershipId: s.ids.A003, state: 'present' },
      { membershipId: s.ids.A003, state: 'absent' },
      { membershipId: s.ids.A001, state: 'leave' },
      { membershipId: s.ids.A001, state: 'present' },
      { membershipId: s.ids.A001, state: 'leave' },
    ]);
  });
});
