import { expect, it } from 'vitest';
import { describeStores } from '../../store/testing.js';
import { startTestApp } from '../../server/testing.js';
import type { PlenumEvent } from '../../server/events.js';
import { auditOf, en, seedSitting } from './testing.js';

describeStores('meetings.updateMeeting', (stores) => {
  it('walks 401 → 400 → 403 → 404 → 422 → 200 and stores the change with its audit entry', async () => {
    const t = await startTestApp(await stores.open());
    const s = await seedSitting(t.runtime);
    const secretariat = await t.tokenFor('secretariat');
    const presider = await t.tokenFor('presider');
    const url = `/api/meetings/${s.congress.meetingId}`;
    const patch = (body: unknown, token?: string, to = url) => t.call('PATCH', to, { ...(token ? { token } : {}), body, headers: en });
    const change = { title: '第一次全体会议（开幕）', venue: null, padCheckIn: true, quorum: { base: 'all', num: 3, den: 4, inclusive: true, citation: '《本次会议选举办法》第五条' } };

    expect((await patch(change)).body.error).toBe('unauthenticated');

    const bad = await patch({ padCheckIn: 'sometimes' }, secretariat);
    expect([bad.status, bad.body.message]).toEqual([400, 'Invalid input: body/padCheckIn must be boolean']);

    const forbidden = await patch(change, presider);
    expect([forbidden.status, forbidden.body.message]).toEqual([403, 'Role "presider" lacks the permission "meeting.manage"']);

    const missing = await patch(change, secretariat, '/api/meetings/999');
    expect([missing.status, missing.body.error, missing.body.message]).toEqual([404, 'meeting_not_found', 'Meeting 999 does not exist']);

    const overHalf = await patch({ quorum: { base: 'all', num: 5, den: 4, inclusive: true } }, secretariat);
    expect([overHalf.status, overHalf.body.error, overHalf.body.message]).toEqual([422, 'quorum_invalid', 'The quorum rule does not hold: the fraction 5/4 is more than all members']);
    const mixed = await patch({ quorum: { base: 'fixed', fixed: 300, num: 1, den: 2 } }, secretariat);
    expect([mixed.status, mixed.body.error, mixed.body.messages['zh-CN']]).toEqual([422, 'quorum_invalid', '法定人数规则有误：固定法定人数不能同时给出比例 num/den 或 inclusive']);
    const nothing = await patch({}, secretariat);
    expect([nothing.status, nothing.body.error, nothing.body.message]).toEqual([422, 'nothing_to_update', `Nothing to change: give meeting ${s.congress.meetingId} a title, kind, startsAt, venue, padCheckIn, quorum or clearQuorum`]);

    const seen: PlenumEvent[] = [];
    t.runtime.events.subscribe((e) => seen.push(e));
    const ok = await patch(change, secretariat);
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({
      id: s.congress.meetingId,
      title: '第一次全体会议（开幕）',
      venue: null,
      padCheckIn: true,
      quorum: {
        override: { base: 'all', num: 3, den: 4, inclusive: true, fixed: null, citation: '《本次会议选举办法》第五条' },
        inForce: { base: 'all', num: 3, den: 4, inclusive: true, fixed: null, citation: '《本次会议选举办法》第五条', rule: '全体组成人员的四分之三以上', ruleEn: 'at least 3/4 of all members' },
      },
    });
    const row = await t.store.db.selectFrom('meetings').selectAll().where('id', '=', s.congress.meetingId).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ title: '第一次全体会议（开幕）', venue: null, starts_at: '2025-01-09T09:00:00+08:00', pad_check_in: 1, quorum_base: 'all', quorum_num: 3, quorum_den: 4, quorum_inclusive: 1, quorum_fixed: null, quorum_citation: '《本次会议选举办法》第五条' });
    const audit = await auditOf(t.runtime, 'meetings.updateMeeting');
    expect(audit).toEqual([{ actor: expect.stringMatching(/^account:\d+ \(secretariat-1\)$/), bodyId: s.congress.bodyId, payload: { meetingId: s.congress.meetingId, ...change } }]);
    expect(seen.map((e) => [e.type, e.meetingId, e.data])).toEqual([['meeting.updated', s.congress.meetingId, { meetingId: s.congress.meetingId, fields: ['padCheckIn', 'quorum', 'title', 'venue'] }]]);

    // Clearing the override puts the statute back in force: two thirds of all deputies (地方组织法 第十四条).
    const both = await patch({ quorum: { base: 'fixed', fixed: 300 }, clearQuorum: true }, secretariat);
    expect([both.status, both.body.error, both.body.message]).toEqual([422, 'quorum_invalid', 'The quorum rule does not hold: give either quorum or clearQuorum, not both']);
    const cleared = await patch({ clearQuorum: true }, secretariat);
    expect(cleared.body.quorum).toEqual({
      override: null,
      inForce: { base: 'all', num: 2, den: 3, inclusive: true, fixed: null, citation: '《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》（2022年修正）第十四条', rule: '全体组成人员的三分之二以上', ruleEn: 'at least 2/3 of all members' },
    });
    const after = await t.store.db.selectFrom('meetings').select(['quorum_base', 'quorum_num', 'quorum_den', 'quorum_inclusive', 'quorum_fixed', 'quorum_citation', 'title']).where('id', '=', s.congress.meetingId).executeTakeFirstOrThrow();
    expect(after).toEqual({ quorum_base: null, quorum_num: null, quorum_den: null, quorum_inclusive: null, quorum_fixed: null, quorum_citation: null, title: '第一次全体会议（开幕）' });
  });
});
