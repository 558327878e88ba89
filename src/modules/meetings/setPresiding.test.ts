import { expect, it } from 'vitest';
import { describeStores } from '../../store/testing.js';
import { execute, SYSTEM } from '../../server/operation.js';
import { startTestApp } from '../../server/testing.js';
import { createSession } from '../registry/createSession.js';
import { createMeeting } from './createMeeting.js';
import { addStage } from './addStage.js';
import { auditOf, en, seedSitting } from './testing.js';

describeStores('meetings.setPresiding', (stores) => {
  it('walks 401 → 400 → 403 → 404 → 422 → 200 and stores the roles in protocol order', async () => {
    const t = await startTestApp(await stores.open());
    const s = await seedSitting(t.runtime);
    const secretariat = await t.tokenFor('secretariat');
    const presider = await t.tokenFor('presider');
    const meetingId = s.congress.meetingId;
    const m = s.congress.members;
    const url = `/api/meetings/${meetingId}/presiding`;
    const put = (body: unknown, token?: string, to = url) => t.call('PUT', to, { ...(token ? { token } : {}), body, headers: en });
    const roles = { presider: m['林晓东'], standingChair: m['林晓东'], executiveChairs: [m['王雨桐'], m['陈立'], m['赵一鸣']] };

    expect((await put(roles)).status).toBe(401);
    const bad = await put({ presider: m['林晓东'] }, secretariat);
    expect([bad.status, bad.body.message]).toEqual([400, "Invalid input: body must have required property 'executiveChairs'"]);
    const forbidden = await put(roles, presider);
    expect([forbidden.status, forbidden.body.message]).toEqual([403, 'Role "presider" lacks the permission "meeting.manage"']);
    const missing = await put(roles, secretariat, '/api/meetings/999/presiding');
    expect([missing.status, missing.body.error]).toEqual([404, 'meeting_not_found']);
    const noMember = await put({ ...roles, presider: 999 }, secretariat);
    expect([noMember.status, noMember.body.error, noMember.body.message]).toEqual([404, 'membership_not_found', 'Membership 999 does not exist']);

    const outsider = await put({ ...roles, executiveChairs: [m['王雨桐'], s.cppcc.members['郑安']] }, secretariat);
    expect([outsider.status, outsider.body.error, outsider.body.message, outsider.body.messages['zh-CN']]).toEqual([
      422,
      'not_a_member',
      `The executive chair must be a member of Yunzhou People's Congress, term 16; membership ${s.cppcc.members['郑安']} (郑安) is not`,
      `执行主席须是云州市人民代表大会第十六届的成员；成员资格 ${s.cppcc.members['郑安']}（郑安）不是`,
    ]);
    const resigned = await put({ ...roles, executiveChairs: [m['周小禾']] }, secretariat);
    expect([resigned.status, resigned.body.error, resigned.body.message]).toEqual([422, 'member_not_active', `Membership ${m['周小禾']} (周小禾) is resigned and cannot be executive chair`]);
    const twice = await put({ ...roles, executiveChairs: [m['王雨桐'], m['王雨桐']] }, secretariat);
    expect([twice.status, twice.body.error, twice.body.message]).toEqual([422, 'executive_chair_repeated', `Membership ${m['王雨桐']} is listed again as executive chair 2`]);

    // A consultative conference has no standing chair.
    const cppccSession = await execute(t.runtime, createSession, { termId: s.cppcc.termId, ordinal: 3 }, SYSTEM);
    const cppccMeeting = await execute(t.runtime, createMeeting, { sessionId: cppccSession.id, kind: 'opening', title: '开幕会' }, SYSTEM);
    const notCongress = await put({ presider: s.cppcc.members['郑安'], executiveChairs: [], standingChair: s.cppcc.members['郑安'] }, secretariat, `/api/meetings/${cppccMeeting.id}/presiding`);
    expect([notCongress.status, notCongress.body.error, notCongress.body.message, notCongress.body.messages['zh-CN']]).toEqual([
      422,
      'standing_chair_not_allowed',
      "Only a people's congress presidium has a standing chair; Yunzhou CPPCC Committee is a cppcc body",
      '只有人民代表大会主席团设常务主席；政协云州市委员会不是人民代表大会',
    ]);
    expect(await t.store.db.selectFrom('meeting_roles').selectAll().execute()).toEqual([]);

    const ok = await put(roles, secretariat);
    expect(ok.status).toBe(200);
    const person = (name: string, title: string | null, group: string) => ({ membershipId: m[name], personId: expect.any(Number), name, title, groupId: s.congress.groupIds[group], groupName: group });
    expect(ok.body).toEqual({
      bodyId: s.congress.bodyId,
      meetingId,
      stageId: null,
      presider: person('林晓东', '常委会主任', '青山区代表团'),
      standingChair: person('林晓东', '常委会主任', '青山区代表团'),
      executiveChairs: [person('王雨桐', '常委会副主任', '云湖区代表团'), person('陈立', '常委会副主任', '青山区代表团'), person('赵一鸣', null, '云湖区代表团')],
    });
    const stored = await t.store.db.selectFrom('meeting_roles').select(['body_id', 'meeting_id', 'stage_id', 'role', 'membership_id', 'rank']).orderBy('id').execute();
    const row = (role: string, name: string, rank: number) => ({ body_id: s.congress.bodyId, meeting_id: meetingId, stage_id: null, role, membership_id: m[name], rank });
    expect(stored).toEqual([row('presider', '林晓东', 1), row('standing-chair', '林晓东', 1), row('executive-chair', '王雨桐', 1), row('executive-chair', '陈立', 2), row('executive-chair', '赵一鸣', 3)]);
    expect(await auditOf(t.runtime, 'meetings.setPresiding')).toEqual([{ actor: expect.stringMatching(/\(secretariat-1\)$/), bodyId: s.congress.bodyId, payload: { meetingId, ...roles } }]);

    // A stage has its own presider; the same person cannot hold the same role twice in one meeting.
    const stage = await execute(t.runtime, addStage, { meetingId, title: '第二阶段' }, SYSTEM);
    const clash = await put({ stageId: stage.id, presider: m['林晓东'], executiveChairs: [] }, secretariat);
    expect([clash.status, clash.body.error, clash.body.message]).toEqual([409, 'presiding_role_elsewhere', '林晓东 is already presider of this meeting (whole meeting); a person holds a role once per meeting']);
    const staged = await put({ stageId: stage.id, presider: m['王雨桐'], executiveChairs: [] }, secretariat);
    expect([staged.status, staged.body.stageId, staged.body.presider.name, staged.body.executiveChairs]).toEqual([200, stage.id, '王雨桐', []]);
    // Replacing the whole meeting's roles leaves the stage's alone.
    await put({ presider: m['陈立'], executiveChairs: [] }, secretariat);
    const got = await t.call('GET', `/api/meetings/${meetingId}`, { token: presider });
    expect(got.body.presiding.map((p: { stageId: number | null; presider: { name: string }; standingChair: unknown; executiveChairs: unknown[] }) => [p.stageId, p.presider.name, p.standingChair, p.executiveChairs.length])).toEqual([
      [null, '陈立', null, 0],
      [stage.id, '王雨桐', null, 0],
    ]);
  });
});
