import { expect, it } from 'vitest';
import { describeStores } from '../../store/testing.js';
import { execute, SYSTEM } from '../../server/operation.js';
import { startTestApp } from '../../server/testing.js';
import { addStage } from './addStage.js';
import { setAgenda } from './setAgenda.js';
import { auditOf, en, seedSitting } from './testing.js';

describeStores('meetings.removeStage', (stores) => {
  it('walks 401 → 400 → 403 → 404 → 409 → 200 and renumbers the stages after it', async () => {
    const t = await startTestApp(await stores.open());
    const s = await seedSitting(t.runtime);
    const secretariat = await t.tokenFor('secretariat');
    const presider = await t.tokenFor('presider');
    const meetingId = s.congress.meetingId;
    const stages = [];
    for (const title of ['第一阶段', '第二阶段', '第三阶段']) stages.push(await execute(t.runtime, addStage, { meetingId, title }, SYSTEM));
    await execute(t.runtime, setAgenda, { meetingId, items: [{ kind: 'report', title: '听取和审议市人民政府工作报告', stageId: stages[0]!.id }] }, SYSTEM);
    const del = (stageId: number | string, token?: string, meeting: number = meetingId) => t.call('DELETE', `/api/meetings/${meeting}/stages/${stageId}`, { ...(token ? { token } : {}), headers: en });

    expect((await del(stages[1]!.id)).status).toBe(401);
    const bad = await del('first', secretariat);
    expect([bad.status, bad.body.message]).toEqual([400, 'Invalid input: params/stageId must be integer']);
    const forbidden = await del(stages[1]!.id, presider);
    expect([forbidden.status, forbidden.body.message]).toEqual([403, 'Role "presider" lacks the permission "meeting.manage"']);
    const missing = await del(999, secretariat);
    expect([missing.status, missing.body.error, missing.body.message]).toEqual([404, 'stage_not_found', 'Stage 999 does not exist']);
    const noMeeting = await del(stages[1]!.id, secretariat, 999);
    expect([noMeeting.status, noMeeting.body.error]).toEqual([404, 'meeting_not_found']);
    const inUse = await del(stages[0]!.id, secretariat);
    expect([inUse.status, inUse.body.error, inUse.body.message, inUse.body.details]).toEqual([
      409,
      'stage_in_use',
      `Stage ${stages[0]!.id} "第一阶段" still has 1 agenda item(s), 0 presiding role(s) and 0 attendee line(s); move or remove them first`,
      { agendaItems: 1, presidingRoles: 0, attendees: 0 },
    ]);

    const removed = await del(stages[1]!.id, secretariat);
    expect([removed.status, removed.body]).toEqual([200, { bodyId: s.congress.bodyId, meetingId, stageId: stages[1]!.id, ordinal: 2, title: '第二阶段' }]);
    expect(await t.store.db.selectFrom('stages').select(['id', 'ordinal', 'title']).orderBy('ordinal').execute()).toEqual([
      { id: stages[0]!.id, ordinal: 1, title: '第一阶段' },
      { id: stages[2]!.id, ordinal: 2, title: '第三阶段' },
    ]);
    expect(await auditOf(t.runtime, 'meetings.removeStage')).toEqual([
      { actor: expect.stringMatching(/\(secretariat-1\)$/), bodyId: s.congress.bodyId, payload: { meetingId, stageId: stages[1]!.id, ordinal: 2, title: '第二阶段' } },
    ]);
  });
});
