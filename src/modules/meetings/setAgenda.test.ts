import { expect, it } from 'vitest';
import { describeStores } from '../../store/testing.js';
import { execute, SYSTEM } from '../../server/operation.js';
import { startTestApp } from '../../server/testing.js';
import { createMeeting } from './createMeeting.js';
import { addStage } from './addStage.js';
import { auditOf, en, seedSitting } from './testing.js';

describeStores('meetings.setAgenda', (stores) => {
  it('walks 401 → 400 → 403 → 404 → 422 → 200, numbers items 1..n and keeps the identity of items named by id', async () => {
    const t = await startTestApp(await stores.open());
    const s = await seedSitting(t.runtime);
    const secretariat = await t.tokenFor('secretariat');
    const presider = await t.tokenFor('presider');
    const meetingId = s.congress.meetingId;
    const first = await execute(t.runtime, addStage, { meetingId, title: '第一阶段' }, SYSTEM);
    const second = await execute(t.runtime, addStage, { meetingId, title: '第二阶段' }, SYSTEM);
    const other = await execute(t.runtime, createMeeting, { sessionId: s.congress.sessionId, kind: 'plenary', title: '第二次全体会议' }, SYSTEM);
    const otherStage = await execute(t.runtime, addStage, { meetingId: other.id, title: '第一阶段' }, SYSTEM);
    const url = `/api/meetings/${meetingId}/agenda`;
    const put = (body: unknown, token?: string, to = url) => t.call('PUT', to, { ...(token ? { token } : {}), body, headers: en });
    const agenda = {
      items: [
        { kind: 'report', title: '听取和审议市人民政府工作报告', speaker: '市人民政府市长', stageId: first.id },
        { kind: 'deliberation', title: '审查市2024年国民经济和社会发展计划执行情况与2025年计划草案的报告', stageId: first.id },
        { kind: 'report', title: '听取和审议市人民代表大会常务委员会工作报告', speaker: '常委会主任 林晓东', stageId: second.id },
      ],
    };

    expect((await put(agenda)).status).toBe(401);
    const bad = await put({ items: [{ kind: 'motion', title: '表决' }] }, secretariat);
    expect([bad.status, bad.body.message]).toEqual([400, 'Invalid input: body/items/0/kind must be one of "report", "deliberation", "vote", "election", "speech", "other"']);
    const forbidden = await put(agenda, presider);
    expect([forbidden.status, forbidden.body.message]).toEqual([403, 'Role "presider" lacks the permission "meeting.manage"']);
    const missing = await put(agenda, secretariat, '/api/meetings/999/agenda');
    expect([missing.status, missing.body.error, missing.body.message]).toEqual([404, 'meeting_not_found', 'Meeting 999 does not exist']);
    const foreignStage = await put({ items: [{ kind: 'vote', title: '表决', stageId: otherStage.id }] }, secretariat);
    expect([foreignStage.status, foreignStage.body.error, foreignStage.body.message]).toEqual([422, 'stage_not_in_meeting', `Stage ${otherStage.id} belongs to meeting ${other.id}, not to meeting ${meetingId}`]);
    const outOfOrder = await put({ items: [agenda.items[2], agenda.items[0]] }, secretariat);
    expect([outOfOrder.status, outOfOrder.body.error, outOfOrder.body.message, outOfOrder.body.messages['zh-CN']]).toEqual([
      422,
      'agenda_out_of_stage_order',
      'Item 2 "听取和审议市人民政府工作报告" is of stage 1 and cannot follow an item of stage 2',
      '第 2 项“听取和审议市人民政府工作报告”属于第 1 阶段，不能排在第 2 阶段的议程项之后',
    ]);
    expect(await t.store.db.selectFrom('agenda_items').selectAll().execute()).toEqual([]);

    const set = await put(agenda, secretariat);
    expect(set.status).toBe(200);
    const ids = set.body.agenda.map((a: { id: number }) => a.id);
    expect(set.body).toEqual({
      bodyId: s.congress.bodyId,
      meetingId,
      agenda: agenda.items.map((item, i) => ({ id: ids[i], ordinal: i + 1, speaker: null, ...item })),
    });

    // Reordered and one dropped: kept items keep their ids; a new one takes its place.
    const reordered = await put(
      { items: [{ id: ids[1], kind: 'deliberation', title: '审查计划报告', stageId: first.id }, { id: ids[0], kind: 'report', title: '听取和审议市人民政府工作报告', speaker: '市人民政府市长', stageId: first.id }, { kind: 'vote', title: '表决关于计划的决议' }] },
      secretariat,
    );
    expect(reordered.status).toBe(200);
    const repeated = await put({ items: [{ id: ids[0], kind: 'report', title: 'a' }, { id: ids[0], kind: 'report', title: 'b' }] }, secretariat);
    expect([repeated.status, repeated.body.error, repeated.body.message]).toEqual([422, 'agenda_item_repeated', `Agenda item ${ids[0]} appears again as item 2`]);
    const gone = await put({ items: [{ id: ids[2], kind: 'report', title: 'a' }] }, secretariat);
    expect([gone.status, gone.body.error, gone.body.message]).toEqual([404, 'agenda_item_not_found', `Agenda item ${ids[2]} does not exist`]);

    const rows = await t.store.db.selectFrom('agenda_items').selectAll().orderBy('ordinal').execute();
    expect(rows).toEqual([
      { id: ids[1], body_id: s.congress.bodyId, meeting_id: meetingId, stage_id: first.id, ordinal: 1, kind: 'deliberation', title: '审查计划报告', speaker: null },
      { id: ids[0], body_id: s.congress.bodyId, meeting_id: meetingId, stage_id: first.id, ordinal: 2, kind: 'report', title: '听取和审议市人民政府工作报告', speaker: '市人民政府市长' },
      { id: rows[2]!.id, body_id: s.congress.bodyId, meeting_id: meetingId, stage_id: null, ordinal: 3, kind: 'vote', title: '表决关于计划的决议', speaker: null },
    ]);
    expect(ids).not.toContain(rows[2]!.id);
    const audit = await auditOf(t.runtime, 'meetings.setAgenda');
    expect(audit).toHaveLength(2);
    expect(audit[0]).toEqual({ actor: expect.stringMatching(/\(secretariat-1\)$/), bodyId: s.congress.bodyId, payload: { meetingId, ...agenda, itemIds: ids } });
  });
});
