import { expect, it } from 'vitest';
import { describeStores } from '../../store/testing.js';
import { execute, SYSTEM } from '../../server/operation.js';
import { startTestApp } from '../../server/testing.js';
import type { PlenumEvent } from '../../server/events.js';
import { addStage } from './addStage.js';
import { auditOf, en, seedSitting } from './testing.js';

describeStores('meetings.addAttendee', (stores) => {
  it('walks 401 → 400 → 403 → 404 → 422 → 201 and counts groups and terms of other bodies on the day', async () => {
    const t = await startTestApp(await stores.open());
    const s = await seedSitting(t.runtime);
    const secretariat = await t.tokenFor('secretariat');
    const presider = await t.tokenFor('presider');
    const meetingId = s.congress.meetingId;
    const stage = await execute(t.runtime, addStage, { meetingId, title: '第二阶段', startsAt: '2025-01-09T10:30:00+08:00' }, SYSTEM);
    const url = `/api/meetings/${meetingId}/attendees`;
    const post = (body: unknown, token?: string, to = url) => t.call('POST', to, { ...(token ? { token } : {}), body, headers: en });
    const cppccTerm = { role: 'nonvoting', kind: 'term', termId: s.cppcc.termId, stageId: stage.id };

    expect((await post(cppccTerm)).status).toBe(401);
    const bad = await post({ ...cppccTerm, role: 'guest' }, secretariat);
    expect([bad.status, bad.body.message]).toEqual([400, 'Invalid input: body/role must be one of "nonvoting", "invited", "observer"']);
    const forbidden = await post(cppccTerm, presider);
    expect([forbidden.status, forbidden.body.message]).toEqual([403, 'Role "presider" lacks the permission "meeting.manage"']);
    const missing = await post(cppccTerm, secretariat, '/api/meetings/999/attendees');
    expect([missing.status, missing.body.error]).toEqual([404, 'meeting_not_found']);
    const noTerm = await post({ ...cppccTerm, termId: 999 }, secretariat);
    expect([noTerm.status, noTerm.body.error, noTerm.body.message]).toEqual([404, 'term_not_found', 'Term 999 does not exist']);
    const ownTerm = await post({ ...cppccTerm, termId: s.congress.termId }, secretariat);
    expect([ownTerm.status, ownTerm.body.error, ownTerm.body.message]).toEqual([
      422,
      'attendee_term_own_body',
      `Term ${s.congress.termId} is a term of Yunzhou People's Congress itself; its members attend as members, not as non-voting attendees`,
    ]);
    const mixed = await post({ role: 'invited', kind: 'group', groupId: s.cppcc.groupIds['经济界'], name: '经济界' }, secretariat);
    expect([mixed.status, mixed.body.error, mixed.body.message, mixed.body.messages['zh-CN']]).toEqual([422, 'attendee_invalid', 'An attendee of kind group needs groupId; it takes no name', 'group 类列席须给出 groupId；不能给出 name']);
    const nameless = await post({ role: 'invited', kind: 'person', title: '云州大学校长' }, secretariat);
    expect([nameless.status, nameless.body.error, nameless.body.message]).toEqual([422, 'attendee_invalid', 'An attendee of kind person needs name and may have name, title, count']);

    const seen: PlenumEvent[] = [];
    t.runtime.events.subscribe((e) => seen.push(e));
    const term = await post(cppccTerm, secretariat);
    expect([term.status, term.body]).toEqual([
      201,
      {
        bodyId: s.congress.bodyId,
        meetingId,
        attendee: { id: term.body.attendee.id, stageId: stage.id, role: 'nonvoting', kind: 'term', name: null, title: null, groupId: null, groupName: null, termId: s.cppcc.termId, termOrdinal: 13, bodyId: s.cppcc.bodyId, bodyName: '政协云州市委员会', count: 3 },
      },
    ]);
    const again = await post(cppccTerm, secretariat);
    expect([again.status, again.body.error, again.body.message]).toEqual([409, 'attendee_exists', `Meeting ${meetingId}, stage ${stage.id}, already has this attendee line (attendee ${term.body.attendee.id})`]);
    const sector = await post({ role: 'observer', kind: 'group', groupId: s.cppcc.groupIds['经济界'] }, secretariat);
    expect([sector.body.attendee.groupName, sector.body.attendee.bodyName, sector.body.attendee.count]).toEqual(['经济界', '政协云州市委员会', 2]);
    const guests = await post({ role: 'invited', kind: 'person', name: '市人民政府组成人员', count: 28 }, secretariat);
    expect([guests.body.attendee.name, guests.body.attendee.count, guests.body.attendee.stageId]).toEqual(['市人民政府组成人员', 28, null]);

    const rows = await t.store.db.selectFrom('attendees').selectAll().orderBy('id').execute();
    const base = { body_id: s.congress.bodyId, meeting_id: meetingId, name: null, title: null, group_id: null, term_id: null, count: 1 };
    expect(rows).toEqual([
      { ...base, id: term.body.attendee.id, stage_id: stage.id, role: 'nonvoting', kind: 'term', term_id: s.cppcc.termId },
      { ...base, id: sector.body.attendee.id, stage_id: null, role: 'observer', kind: 'group', group_id: s.cppcc.groupIds['经济界'] },
      { ...base, id: guests.body.attendee.id, stage_id: null, role: 'invited', kind: 'person', name: '市人民政府组成人员', count: 28 },
    ]);
    const audit = await auditOf(t.runtime, 'meetings.addAttendee');
    expect(audit[0]).toEqual({ actor: expect.stringMatching(/\(secretariat-1\)$/), bodyId: s.congress.bodyId, payload: { meetingId, ...cppccTerm, attendeeId: term.body.attendee.id } });
    expect(audit).toHaveLength(3);
    expect(seen.map((e) => [e.type, e.meetingId])).toEqual([['meeting.attendeeAdded', meetingId], ['meeting.attendeeAdded', meetingId], ['meeting.attendeeAdded', meetingId]]);

    // The whole meeting as the reader gets it: the stage's attendees after the meeting-wide ones.
    const got = await t.call('GET', `/api/meetings/${meetingId}`, { token: presider });
    expect(got.body.attendees.map((a: { id: number; count: number }) => [a.id, a.count])).toEqual([
      [sector.body.attendee.id, 2],
      [guests.body.attendee.id, 28],
      [term.body.attendee.id, 3],
    ]);
  });
});
