import { expect, it } from 'vitest';
import { describeStores } from '../../../store/testing.js';
import { startTestApp, type TestApp } from '../../../server/testing.js';
import { electionSitting, electionWith } from './testing.js';

async function padToken(t: TestApp, membershipId: number): Promise<string> {
  const res = await t.call('POST', `/api/memberships/${membershipId}/credential`, { token: t.adminToken, body: {} });
  return res.body.token as string;
}

describeStores('electronic ballots', (stores) => {
  it('a present member casts one ballot per round; who voted is kept apart from what, and the count takes it in', async () => {
    const t = await startTestApp(await stores.open());
    const s = await electionSitting(t.runtime, 6, 5);
    const { electionId, candidateIds: [zs, ls] } = await electionWith(t.runtime, s, 1, ['张三', '李四']);
    const desk = await t.tokenFor('secretariat');
    const round = (await t.call('POST', `/api/elections/${electionId}/rounds`, { token: desk, body: {} })).body;
    const url = `/api/election-rounds/${round.id}/ballots`;
    const pads = Object.fromEntries(await Promise.all(['M001', 'M002', 'M003', 'M004', 'M005', 'M006'].map(async (k) => [k, await padToken(t, s.ids[k]!)] as const)));

    expect((await t.call('POST', url, { body: { marks: [zs] } })).body).toMatchObject({ error: 'unauthenticated', status: 401 });
    expect((await t.call('POST', url, { token: pads.M001, body: { marks: 'zs' } })).body).toMatchObject({ error: 'invalid_input', status: 400 });
    expect((await t.call('POST', url, { token: desk, body: { marks: [zs] } })).body).toMatchObject({ error: 'forbidden', status: 403 });
    expect((await t.call('POST', url, { token: pads.M006, body: { marks: [zs] } })).body).toMatchObject({
      error: 'not_present',
      status: 422,
      message: `代表6未在会次 ${s.meetingId} 签到出席，不能投票`,
    });
    expect((await t.call('POST', url, { token: pads.M001, body: { marks: [zs, ls] } })).body).toMatchObject({
      error: 'too_many_names',
      status: 422,
      message: '选票选了2人，多于应选名额1名，请减少后再投',
    });
    expect((await t.call('POST', url, { token: pads.M001, body: { marks: [9999] } })).body).toMatchObject({ error: 'candidate_not_in_round', status: 422 });
    expect(await t.store.db.selectFrom('election_participation').selectAll().execute()).toEqual([]);

    const receipts: string[] = [];
    for (const [k, body] of [['M001', { marks: [zs] }], ['M002', { marks: [zs] }], ['M003', { marks: [zs] }], ['M004', { marks: [], writeIns: ['赵六'] }], ['M005', { marks: [zs] }]] as const) {
      const res = await t.call('POST', url, { token: pads[k], body });
      expect(res.status).toBe(201);
      expect(Object.keys(res.body).sort()).toEqual(['receipt', 'roundId']);
      expect(res.body.receipt).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
      receipts.push(res.body.receipt);
    }
    expect((await t.call('POST', url, { token: pads.M001, body: { marks: [ls] } })).body).toMatchObject({
      error: 'already_voted',
      status: 409,
      message: `代表1已在投票轮次 ${round.id} 投票，每轮只能投一次`,
    });

    // THAT: members, no time. WHAT: receipts and marks, no member, no time. Nothing pairs them.
    const participation = await t.store.db.selectFrom('election_participation').selectAll().orderBy('membership_id').execute();
    expect(participation).toEqual(['M001', 'M002', 'M003', 'M004', 'M005'].map((k) => ({ body_id: s.bodyId, round_id: round.id, membership_id: s.ids[k] })));
    const ballots = await t.store.db.selectFrom('election_ballots').selectAll().execute();
    expect(ballots.every((b) => Object.keys(b).sort().join() === 'body_id,marks,receipt,round_id')).toBe(true);
    expect(ballots.map((b) => b.receipt).sort()).toEqual([...receipts].sort());
    const audit = await t.store.db.selectFrom('audit_log').select('payload').where('operation', '=', 'elections.castBallot').execute();
    expect(audit.map((a) => JSON.parse(a.payload))).toEqual(['M001', 'M002', 'M003', 'M004', 'M005'].map((k) => ({ electionId, roundId: round.id, membershipId: s.ids[k] })));
    for (const a of audit) for (const r of receipts) expect(a.payload).not.toContain(r);

    const running = await t.call('GET', `/api/election-rounds/${round.id}`, { token: desk });
    expect(running.body.totals).toMatchObject({ electronic: 5, issued: 5, returned: 5, counted: 5, valid: 5, void: 0, writeIns: [{ name: '赵六', votes: 1 }] });
    const closed = await t.call('POST', `/api/election-rounds/${round.id}/close`, { token: desk, body: {} });
    expect(closed.body.announcement.zh).toBe('本次选举应到代表6人，发出选票5张，收回选票5张，其中有效票5张，无效票0张，选举有效。张三得4票，当选。');
    expect(closed.body.verdict.next).toEqual({ action: 'done' });
  });
});
