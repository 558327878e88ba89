import { expect, it } from 'vitest';
import { describeStores } from '../../store/testing.js';
import { startTestApp } from '../../server/testing.js';
import { auditOf, en, seedSitting } from './testing.js';

describeStores('meetings.addStage', (stores) => {
  it('walks 401 → 400 → 403 → 404 → 422 → 201, keeps stages numbered 1..n and audits each', async () => {
    const t = await startTestApp(await stores.open());
    const s = await seedSitting(t.runtime);
    const secretariat = await t.tokenFor('secretariat');
    const presider = await t.tokenFor('presider');
    const meetingId = s.congress.meetingId;
    const url = `/api/meetings/${meetingId}/stages`;
    const post = (body: unknown, token?: string, to = url) => t.call('POST', to, { ...(token ? { token } : {}), body, headers: en });
    const second = { title: '第二阶段', startsAt: '2025-01-09T10:30:00+08:00' };

    expect((await post(second)).status).toBe(401);
    const bad = await post({ startsAt: '2025-01-09T10:30:00+08:00' }, secretariat);
    expect([bad.status, bad.body.message]).toEqual([400, "Invalid input: body must have required property 'title'"]);
    const forbidden = await post(second, presider);
    expect([forbidden.status, forbidden.body.message]).toEqual([403, 'Role "presider" lacks the permission "meeting.manage"']);
    const missing = await post(second, secretariat, '/api/meetings/999/stages');
    expect([missing.status, missing.body.error, missing.body.message]).toEqual([404, 'meeting_not_found', 'Meeting 999 does not exist']);
    const tooFar = await post({ ...second, ordinal: 2 }, secretariat);
    expect([tooFar.status, tooFar.body.error, tooFar.body.message, tooFar.body.messages['zh-CN']]).toEqual([
      422,
      'stage_ordinal_out_of_range',
      `Meeting ${meetingId} has 0 stages; a new stage takes place 1 to 1, not 2`,
      `会次 ${meetingId} 有 0 个阶段，新阶段只能排在第 1 至第 1 位，不能排在第 2 位`,
    ]);

    const added = await post(second, secretariat);
    expect([added.status, added.body]).toEqual([201, { bodyId: s.congress.bodyId, meetingId, id: added.body.id, ordinal: 1, title: '第二阶段', startsAt: '2025-01-09T10:30:00+08:00' }]);
    // Put before it, the first stage moves the second to place 2.
    const first = await post({ title: '第一阶段', ordinal: 1, startsAt: '2025-01-09T09:00:00+08:00' }, secretariat);
    expect(first.body.ordinal).toBe(1);
    const rows = await t.store.db.selectFrom('stages').selectAll().orderBy('ordinal').execute();
    expect(rows).toEqual([
      { id: first.body.id, body_id: s.congress.bodyId, meeting_id: meetingId, ordinal: 1, title: '第一阶段', starts_at: '2025-01-09T09:00:00+08:00' },
      { id: added.body.id, body_id: s.congress.bodyId, meeting_id: meetingId, ordinal: 2, title: '第二阶段', starts_at: '2025-01-09T10:30:00+08:00' },
    ]);
    expect(await auditOf(t.runtime, 'meetings.addStage')).toEqual([
      { actor: expect.stringMatching(/\(secretariat-1\)$/), bodyId: s.congress.bodyId, payload: { meetingId, ...second, stageId: added.body.id, ordinal: 1 } },
      { actor: expect.stringMatching(/\(secretariat-1\)$/), bodyId: s.congress.bodyId, payload: { meetingId, title: '第一阶段', ordinal: 1, startsAt: '2025-01-09T09:00:00+08:00', stageId: first.body.id } },
    ]);
  });
});
