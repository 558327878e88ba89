import { expect, it } from 'vitest';
import { describeStores } from '../../store/testing.js';
import { startTestApp, type TestApp } from '../../server/testing.js';
import { execute, SYSTEM } from '../../server/operation.js';
import { updateMembership } from '../registry/roster/updateMembership.js';
import { meetingCounts, meetingTotals } from './counts.js';
import { seedSitting } from './testing.js';

const en = { 'accept-language': 'en' };

/**
 * Seven members on the roster of a meeting held on 2025-01-09:
 * 经济界 A001 present, A002 on leave, A003 absent; 教育界 B001 resigned on 2025-02-01 (counted,
 * absent), B002 joined on 2025-01-20 (not counted), B003 resigned on 2025-01-05 (not counted);
 * C001 without a group, present.
 */
async function sitting(t: TestApp) {
  const s = await seedSitting(t.runtime, {
    rows: [
      { key: 'A001', name: '王小明', group: '经济界' },
      { key: 'A002', name: '曾国强', group: '经济界' },
      { key: 'A003', name: '单丽', group: '经济界' },
      { key: 'B001', name: '解放', group: '教育界' },
      { key: 'B002', name: '区伟', group: '教育界' },
      { key: 'B003', name: '查明', group: '教育界' },
      { key: 'C001', name: '仇军' },
    ],
  });
  await execute(t.runtime, updateMembership, { membershipId: s.ids.B001!, status: 'resigned', endDate: '2025-02-01' }, SYSTEM);
  await execute(t.runtime, updateMembership, { membershipId: s.ids.B002!, startDate: '2025-01-20' }, SYSTEM);
  await execute(t.runtime, updateMembership, { membershipId: s.ids.B003!, status: 'resigned', endDate: '2025-01-05' }, SYSTEM);
  const desk = await t.tokenFor('secretariat');
  for (const key of ['A001', 'C001']) await t.call('POST', `/api/meetings/${s.meetingId}/check-ins`, { token: desk, body: { key } });
  const leave = await t.call('POST', `/api/meetings/${s.meetingId}/leave-requests`, { token: desk, body: { membershipId: s.ids.A002, reason: '因病' } });
  await t.call('POST', `/api/leave-requests/${leave.body.id}/decision`, { token: desk, body: { decision: 'approve' } });
  const groups = await t.store.db.selectFrom('groups').select(['id', 'name']).where('body_id', '=', s.bodyId).orderBy('sort_order').execute();
  return { ...s, desk, groups };
}

describeStores('meetingCounts', (stores) => {
  it('gives the same expected and present in meetingTotals, which a close counts with', async () => {
    const t = await startTestApp(await stores.open());
    const s = await sitting(t);
    // Of 7 on the roster: one resigned before the day, one starting after it; one on leave.
    expect(await meetingTotals(t.store.db, s.meetingId)).toEqual({ expected: 5, present: 2 });
    const counts = await meetingCounts(t.store.db, s.meetingId);
    expect([counts.expected, counts.present]).toEqual([5, 2]);
    await expect(meetingTotals(t.store.db, 999_999)).rejects.toMatchObject({ id: 'meeting_not_found' });
  });

  it("counts who is expected on the meeting's day, present, on leave and absent, per group", async () => {
    const t = await startTestApp(await stores.open());
    const s = await sitting(t);
    const [economy, education] = s.groups;
    const counts = await meetingCounts(t.store.db, s.meetingId);
    expect(counts).toEqual({
      meetingId: s.meetingId,
      stageId: null,
      bodyId: s.bodyId,
      day: '2025-01-09',
      expected: 5,
      present: 2,
      leave: 1,
      absent: 2,
      groups: [
        { groupId: economy!.id, name: '经济界', expected: 3, present: 1, leave: 1, absent: 1 },
        { groupId: education!.id, name: '教育界', expected: 1, present: 0, leave: 0, absent: 1 },
        { groupId: null, name: null, expected: 1, present: 1, leave: 0, absent: 0 },
      ],
      attendees: { nonvoting: 0, invited: 0, observer: 0, total: 0 },
      quorum: {
        expected: 5,
        present: 2,
        required: 3,
        met: false,
        rule: '全体组成人员过半数',
        ruleEn: 'more than half of all members',
        citation: '《中国人民政治协商会议章程》',
        sentence: '本次大会应到委员5人，实到委员2人，不符合《政协章程》规定的有效人数。',
        sentenceEn: '5 members are expected and 2 are present, short of the quorum set by the CPPCC Charter (3 required).',
      },
    });
  });

  it('keeps non-voting attendees out of present, for the whole meeting and for a stage', async () => {
    const t = await startTestApp(await stores.open());
    const s = await sitting(t);
    const guests = await seedSitting(t.runtime, { kind: 'people-congress', name: '云州市人民代表大会', rows: [{ key: 'R1', name: '甲' }, { key: 'R2', name: '乙' }, { key: 'R3', name: '丙' }] });
    const db = t.store.db;
    const stage = await db.insertInto('stages').values({ body_id: s.bodyId, meeting_id: s.meetingId, ordinal: 2, title: '第二阶段', starts_at: null }).returning('id').executeTakeFirstOrThrow();
    const base = { body_id: s.bodyId, meeting_id: s.meetingId, title: null, group_id: null, term_id: null };
    await db
      .insertInto('attendees')
      .values([
        { ...base, stage_id: null, role: 'nonvoting', kind: 'person', name: '市政府负责同志', count: 1 },
        { ...base, stage_id: null, role: 'invited', kind: 'person', name: '特邀人士', count: 4 },
        { ...base, stage_id: stage.id, role: 'observer', kind: 'person', name: '公民旁听', count: 6 },
        { ...base, stage_id: stage.id, role: 'nonvoting', kind: 'term', name: null, term_id: guests.termId, count: 1 },
      ])
      .execute();

    const whole = await meetingCounts(db, s.meetingId);
    expect([whole.expected, whole.present, whole.attendees]).toEqual([5, 2, { nonvoting: 1, invited: 4, observer: 0, total: 5 }]);
    const second = await meetingCounts(db, s.meetingId, stage.id);
    expect([second.stageId, second.expected, second.present, second.attendees]).toEqual([stage.id, 5, 2, { nonvoting: 4, invited: 4, observer: 6, total: 14 }]);
  });

  it("takes the meeting's quorum over the body's, and the body's over the kind's", async () => {
    const t = await startTestApp(await stores.open());
    const s = await sitting(t);
    const db = t.store.db;
    await db.updateTable('bodies').set({ quorum_base: 'all', quorum_num: 1, quorum_den: 3, quorum_inclusive: 1, quorum_citation: '本委员会议事规则第八条' }).where('id', '=', s.bodyId).execute();
    const body = (await meetingCounts(db, s.meetingId)).quorum;
    expect([body.required, body.met, body.rule, body.citation, body.sentence]).toEqual([2, true, '全体组成人员的三分之一以上', '本委员会议事规则第八条', '本次大会应到委员5人，实到委员2人，符合《政协章程》规定的有效人数。']);

    await db.updateTable('meetings').set({ quorum_base: 'fixed', quorum_fixed: 4, quorum_citation: '本次会议选举办法第五条' }).where('id', '=', s.meetingId).execute();
    const meeting = (await meetingCounts(db, s.meetingId)).quorum;
    expect([meeting.required, meeting.met, meeting.rule, meeting.citation]).toEqual([4, false, '不少于4人', '本次会议选举办法第五条']);
  });
});

describeStores('GET /api/meetings/:id/attendance', (stores) => {
  it('walks 401 → 400 → 403 → 404 and serves the figures to whoever holds attendance.view', async () => {
    const t = await startTestApp(await stores.open());
    const s = await sitting(t);
    const url = `/api/meetings/${s.meetingId}/attendance`;
    const screen = await t.tokenFor('screen');
    expect((await t.call('GET', url)).status).toBe(401);
    const bad = await t.call('GET', `${url}?stageId=0`, { token: screen, headers: en });
    expect([bad.status, bad.body.error]).toEqual([400, 'invalid_input']);
    const member = await t.tokenFor('member');
    const forbidden = await t.call('GET', url, { token: member, headers: en });
    expect([forbidden.status, forbidden.body.message]).toEqual([403, 'Role "member" lacks the permission "attendance.view"']);
    expect((await t.call('GET', '/api/meetings/999/attendance', { token: screen, headers: en })).body).toMatchObject({ status: 404, error: 'meeting_not_found' });
    expect((await t.call('GET', `${url}?stageId=77`, { token: screen, headers: en })).body).toMatchObject({ status: 404, error: 'stage_not_found', message: `Meeting ${s.meetingId} has no stage 77` });

    for (const role of ['presider', 'screen', 'press'] as const) {
      const res = await t.call('GET', url, { token: await t.tokenFor(role) });
      expect(res.status).toBe(200);
      expect(res.body).toEqual(JSON.parse(JSON.stringify(await meetingCounts(t.store.db, s.meetingId))));
    }
  });
});
