/**
 * The votes of the congress's closing sitting on the demo data, as the secretariat runs them: 500
 * of 523 deputies checked in with their pad credentials; the standing committee's report adopted
 * and a resolution adopted by recorded vote on the pads; a decision by secret vote, each voter
 * finding their receipt among those counted; and an election of two vice-chairs among three
 * candidates counted on paper by two teams, where a tie at the last seat forces a run-off. Every
 * majority is of ALL 523 deputies (262), not of those present. The hall screen sees each result.
 */
import { expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { openSse } from '../src/modules/live/testing.js';
import { describeStores } from '../src/store/testing.js';
import { startTestApp, type TestApp } from '../src/server/testing.js';
import { loadDemo } from '../src/demo/loadDemo.js';
import { verifyChain } from '../src/modules/audit/verifyChain.js';

type Choice = 'yes' | 'no' | 'abstain';

/** Sends requests a batch at a time, so the write queue gathers them into groups; returns the answers. */
type Answer = Awaited<ReturnType<TestApp['call']>>;

async function inBatches<T>(items: T[], size: number, send: (item: T) => Promise<Answer>) {
  const answers: Answer[] = [];
  for (let i = 0; i < items.length; i += size) answers.push(...(await Promise.all(items.slice(i, i + size).map(send))));
  return answers;
}

/** The choices of `present` voters in order: so many yes, then no, then abstain; the rest do not vote. */
function choices(yes: number, no: number, abstain: number): Choice[] {
  return [...Array<Choice>(yes).fill('yes'), ...Array<Choice>(no).fill('no'), ...Array<Choice>(abstain).fill('abstain')];
}

describeStores('the closing sitting of the congress on the demo data', (stores) => {
  it('adopts a report and a resolution, decides a secret vote and elects two vice-chairs after a run-off', async () => {
    const t: TestApp = await startTestApp(await stores.open());
    const demo = await loadDemo(t.runtime);
    const congress = demo.bodies.find((b) => b.kind === 'people-congress')!;
    const desk = await t.tokenFor('secretariat');
    const screen = await t.tokenFor('screen');
    const call = (method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown, token = desk) => t.call(method, url, { token, ...(body === undefined ? {} : { body }) });

    // The closing sitting and its agenda.
    const created = await call('POST', `/api/sessions/${congress.session.id}/meetings`, { kind: 'closing', title: '闭幕会', startsAt: '2025-01-12T09:00:00+08:00', venue: '云州市人民会堂' });
    expect(created.status).toBe(201);
    const meetingId = created.body.id as number;
    const agenda = await call('PUT', `/api/meetings/${meetingId}/agenda`, {
      items: [
        { kind: 'vote', title: '表决关于市人民代表大会常务委员会工作报告的决议' },
        { kind: 'vote', title: '表决关于云州市2025年国民经济和社会发展计划的决议' },
        { kind: 'vote', title: '表决关于设立云州市人民代表大会华侨委员会的决定' },
        { kind: 'election', title: '选举市人民代表大会常务委员会副主任' },
      ],
    });
    expect(agenda.status).toBe(200);
    const items = agenda.body.agenda.map((i: { id: number }) => i.id) as number[];

    // 500 of 523 deputies check in with the QR credential printed on their pads.
    const members = await t.store.db.selectFrom('memberships').select(['id', 'key']).where('term_id', '=', congress.term.id).orderBy('key').execute();
    expect(members.length).toBe(523);
    const voters = members.slice(0, 500);
    const tokens: string[] = [];
    for (const m of voters) {
      const issued = await call('POST', `/api/memberships/${m.id}/credential`, {});
      expect(issued.status).toBe(201);
      tokens.push(issued.body.token);
    }
    const checkedIn = await inBatches(tokens, 50, (credential) => call('POST', `/api/meetings/${meetingId}/check-ins`, { credential }));
    expect(checkedIn.every((r) => r.status === 201)).toBe(true);

    // The hall screen watches the sitting's stream.
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const port = (t.app.server.address() as AddressInfo).port;
    const stream = await openSse(port, `/api/meetings/${meetingId}/stream?token=${screen}`);
    expect(JSON.parse((await stream.next((f) => f.event === 'counts')).data)).toMatchObject({ expected: 523, present: 500 });

    /** Creates and opens a motion, has the voters cast `votes` in order, closes it; returns the closed motion. */
    const vote = async (body: Record<string, unknown>, votes: Choice[]) => {
      const motion = await call('POST', `/api/meetings/${meetingId}/motions`, body);
      expect(motion.status).toBe(201);
      const id = motion.body.id as number;
      expect((await call('POST', `/api/motions/${id}/open`, {})).status).toBe(200);
      const answers = await inBatches(
        votes.map((choice, i) => ({ choice, token: tokens[i]! })),
        50,
        ({ choice, token }) => call('POST', `/api/motions/${id}/votes`, { choice }, token),
      );
      expect(answers.every((a) => a.status === 201)).toBe(true);
      const closed = await call('POST', `/api/motions/${id}/close`, {});
      expect(closed.status).toBe(200);
      const frame = await stream.next((f) => f.event === 'motion.closed' && JSON.parse(f.data).id === id);
      expect(JSON.parse(frame.data).result).toEqual(closed.body.result);
      return { id, answers, result: closed.body.result };
    };

    // The standing committee's report: 480 for, 5 against, 10 abstaining, 5 who did not press.
    const report = await vote({ title: '关于市人民代表大会常务委员会工作报告的决议', kind: 'recorded', agendaItemId: items[0] }, choices(480, 5, 10));
    expect(report.result).toMatchObject({
      yes: 480,
      no: 5,
      abstain: 10,
      notVoted: 5,
      present: 500,
      expected: 523,
      required: 262,
      passed: true,
      sentence: '赞成480票，反对5票，弃权10票，未按表决器5人，通过。',
      sentenceEn: '480 in favour, 5 against, 10 abstentions, 5 did not vote; adopted.',
    });

    // The plan resolution: every one of the 500 votes.
    const plan = await vote({ title: '关于云州市2025年国民经济和社会发展计划的决议', kind: 'recorded', agendaItemId: items[1] }, choices(490, 4, 6));
    expect(plan.result).toMatchObject({ yes: 490, no: 4, abstain: 6, notVoted: 0, required: 262, passed: true, sentence: '赞成490票，反对4票，弃权6票，未按表决器0人，通过。' });

    // A decision by secret vote: 300 for is more than half of all 523; 10 do not vote.
    const secret = await vote({ title: '关于设立云州市人民代表大会华侨委员会的决定', kind: 'secret', agendaItemId: items[2] }, choices(300, 150, 40));
    expect(secret.result).toMatchObject({ yes: 300, no: 150, abstain: 40, notVoted: 10, required: 262, passed: true, sentence: '赞成300票，反对150票，弃权40票，未按表决器10人，通过。' });
    const receipts = await call('GET', `/api/motions/${secret.id}/receipts`);
    expect(receipts.status).toBe(200);
    expect(receipts.body.motionId).toBe(secret.id);
    expect(receipts.body.receipts).toEqual([...receipts.body.receipts].sort());
    const published = new Set<string>(receipts.body.receipts);
    expect(published.size).toBe(490);
    for (const a of secret.answers) expect(published.has(a.body.receipt)).toBe(true);
    // Who took part is kept; what each chose is not kept beside them.
    const participations = await t.store.db.selectFrom('motion_participations').select('membership_id').where('motion_id', '=', secret.id).execute();
    expect(participations.length).toBe(490);
    expect(await t.store.db.selectFrom('motion_votes').select('id').where('motion_id', '=', secret.id).execute()).toEqual([]);

    // The election: two vice-chairs among three; counted on paper by two teams.
    const election = await call('POST', `/api/meetings/${meetingId}/elections`, { office: '市人民代表大会常务委员会副主任', seats: 2, agendaItemId: items[3], margin: { min: { count: 1 }, citation: '本次会议选举办法第六条' } });
    expect(election.status).toBe(201);
    const eid = election.body.id as number;
    // Candidates in ballot order, one after another (the announcement names the tied in that order).
    const ids: number[] = [];
    for (const name of ['赵一', '钱二', '孙三']) ids.push((await call('POST', `/api/elections/${eid}/candidates`, { name })).body.id as number);
    const [zhao, qian, sun] = ids as [number, number, number];
    const round1 = await call('POST', `/api/elections/${eid}/rounds`, {});
    expect(round1.body).toMatchObject({ ordinal: 1, kind: 'first', seats: 2 });
    const r1 = round1.body.id as number;
    const entry = (round: number, body: unknown) => call('POST', `/api/election-rounds/${round}/entries`, body);
    expect((await entry(r1, { figures: { issued: 500, returned: 500 } })).status).toBe(201);
    // Each team: 250 ballots, 1 void; every valid ballot names two.
    expect((await entry(r1, { team: '第一计票组', batch: { ballots: 250, void: 1, marks: [{ candidateId: zhao, votes: 235 }, { candidateId: qian, votes: 132 }, { candidateId: sun, votes: 131 }] } })).status).toBe(201);
    expect((await entry(r1, { team: '第二计票组', batch: { ballots: 250, void: 1, marks: [{ candidateId: zhao, votes: 235 }, { candidateId: qian, votes: 131 }, { candidateId: sun, votes: 132 }] } })).status).toBe(201);
    const closed1 = await call('POST', `/api/election-rounds/${r1}/close`, {});
    expect(closed1.status).toBe(200);
    const tie = '本次选举应到代表523人，发出选票500张，收回选票500张，其中有效票498张，无效票2张，选举有效。赵一得470票，当选。钱二、孙三得票相等（各263票），就票数相等的候选人再次投票，选出1名。';
    expect(closed1.body.announcement.zh).toBe(tie);
    expect(closed1.body.verdict).toMatchObject({ required: 262, next: { action: 'runoff', seats: 1 } });
    expect(JSON.parse((await stream.next((f) => f.event === 'election.closed' && JSON.parse(f.data).roundId === r1)).data).announcement.zh).toBe(tie);

    // The run-off between the tied: 300 to 197, 3 void.
    const round2 = await call('POST', `/api/elections/${eid}/rounds`, {});
    expect(round2.body).toMatchObject({ ordinal: 2, kind: 'runoff', seats: 1, candidates: [{ id: qian, name: '钱二' }, { id: sun, name: '孙三' }] });
    const r2 = round2.body.id as number;
    expect((await entry(r2, { figures: { issued: 500, returned: 500 } })).status).toBe(201);
    expect((await entry(r2, { batch: { ballots: 500, void: 3, marks: [{ candidateId: qian, votes: 300 }, { candidateId: sun, votes: 197 }] } })).status).toBe(201);
    const closed2 = await call('POST', `/api/election-rounds/${r2}/close`, {});
    const won = '本次选举应到代表523人，发出选票500张，收回选票500张，其中有效票497张，无效票3张，选举有效。钱二得300票，当选。';
    expect(closed2.body.announcement.zh).toBe(won);
    expect(JSON.parse((await stream.next((f) => f.event === 'election.closed' && JSON.parse(f.data).roundId === r2)).data).announcement.zh).toBe(won);
    stream.close();
    const done = await call('GET', `/api/elections/${eid}`);
    expect(done.body.state).toBe('done');
    expect(done.body.elected).toEqual([
      { candidateId: zhao, name: '赵一', votes: 470, roundId: r1 },
      { candidateId: qian, name: '钱二', votes: 300, roundId: r2 },
    ]);

    // The hall screen's state shows the last motion's result; the audit chain holds every step and verifies.
    const board = await t.call('GET', `/api/meetings/${meetingId}/screen`, { token: screen });
    expect(board.body.motion.result.sentence).toBe('赞成300票，反对150票，弃权40票，未按表决器10人，通过。');
    const castEntries = await t.store.db.selectFrom('audit_log').select('operation').where('operation', '=', 'voting.castVote').execute();
    expect(castEntries.length).toBe(495 + 500 + 490);
    expect(await verifyChain(t.store.db)).toMatchObject({ ok: true });
  }, 240_000);
});
