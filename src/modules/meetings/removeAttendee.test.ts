import { expect, it } from 'vitest';
import { describeStores } from '../../store/testing.js';
import { execute, SYSTEM } from '../../server/operation.js';
import { startTestApp } from '../../server/testing.js';
import { createMeeting } from './createMeeting.js';
import { addAttendee } from './addAttendee.js';
import { auditOf, en, seedSitting } from './testing.js';

describeStores('meetings.removeAttendee', (stores) => {
  it('walks 401 → 400 → 403 → 404 → 422 → 200 and keeps what the line said in the audit log', async () => {
    const t = await startTestApp(await stores.open());
    const s = await seedSitting(t.runtime);
    const secretariat = await t.tokenFor('secretariat');
    const presider = await t.tokenFor('presider');
    const meetingId = s.congress.meetingId;
    const other = await execute(t.runtime, createMeeting, { sessionId: s.congress.sessionId, kind: 'closing', title: '闭幕会' }, SYSTEM);
    const guest = await execute(t.runtime, addAttendee, { meetingId, role: 'invited', kind: 'person', name: '何明', title: '云州大学校长' }, SYSTEM);
    const elsewhere = await execute(t.runtime, addAttendee, { meetingId: other.id, role: 'observer', kind: 'person', name: '群众代表', count: 10 }, SYSTEM);
    const del = (attendeeId: number | string, token?: string, meeting: number = meetingId) => t.call('DELETE', `/api/meetings/${meeting}/attendees/${attendeeId}`, { ...(token ? { token } : {}), headers: en });
    const id = guest.attendee.id;

    expect((await del(id)).status).toBe(401);
    const bad = await del('0', secretariat);
    expect([bad.status, bad.body.message]).toEqual([400, 'Invalid input: params/attendeeId must be >= 1']);
    const forbidden = await del(id, presider);
    expect([forbidden.status, forbidden.body.message]).toEqual([403, 'Role "presider" lacks the permission "meeting.manage"']);
    const missing = await del(999, secretariat);
    expect([missing.status, missing.body.error, missing.body.message]).toEqual([404, 'attendee_not_found', 'Attendee 999 does not exist']);
    const foreign = await del(elsewhere.attendee.id, secretariat);
    expect([foreign.status, foreign.body.error, foreign.body.message]).toEqual([422, 'attendee_not_in_meeting', `Attendee ${elsewhere.attendee.id} belongs to meeting ${other.id}, not to meeting ${meetingId}`]);

    const removed = await del(id, secretariat);
    const said = { stageId: null, role: 'invited', kind: 'person', name: '何明', title: '云州大学校长', groupId: null, termId: null, count: 1 };
    expect([removed.status, removed.body]).toEqual([200, { bodyId: s.congress.bodyId, meetingId, attendeeId: id, removed: said }]);
    expect(await t.store.db.selectFrom('attendees').select(['id', 'meeting_id']).execute()).toEqual([{ id: elsewhere.attendee.id, meeting_id: other.id }]);
    expect(await auditOf(t.runtime, 'meetings.removeAttendee')).toEqual([{ actor: expect.stringMatching(/\(secretariat-1\)$/), bodyId: s.congress.bodyId, payload: { meetingId, attendeeId: id, removed: said } }]);
  });
});
