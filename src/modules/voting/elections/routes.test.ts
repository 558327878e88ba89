import { expect, it } from 'vitest';
import { describeStores } from '../../../store/testing.js';
import { startTestApp, type TestApp } from '../../../server/testing.js';
import { openSse } from '../../live/testing.js';
import { electionSitting } from './testing.js';

async function listening(t: TestApp): Promise<number> {
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  return (t.app.server.address() as { port: number }).port;
}

describeStores('elections over HTTP', (stores) => {
  it('refuses without a token, a member, and bad input, in the one error shape', async () => {
    const t = await startTestApp(await stores.open());
    const s = await electionSitting(t.runtime, 3, 3);
    const url = `/api/meetings/${s.meetingId}/elections`;
    const body = { office: '主任', seats: 1 };
    expect((await t.call('POST', url, { body })).body).toMatchObject({ error: 'unauthenticated', status: 401 });
    const member = await t.tokenFor('member');
    expect((await t.call('POST', url, { token: member, body })).body).toMatchObject({ error: 'forbidden', status: 403 });
    const bad = await t.call('POST', url, { token: t.adminToken, body: { ...body, seats: 'two' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toBe('invalid_input');
    expect((await t.call('GET', '/api/elections/77', { token: t.adminToken })).body).toEqual({
      error: 'election_not_found',
      status: 404,
      message: '选举 77 不存在',
      messages: { 'zh-CN': '选举 77 不存在', en: 'Election 77 does not exist' },
    });
    expect(await t.store.db.selectFrom('elections').selectAll().execute()).toEqual([]);
  });

  it('a contested election for 2 seats among 3: a tie at the last seat, the run-off fills it; each verdict on the meeting stream', async () => {
    const t = await startTestApp(await stores.open());
    const s = await electionSitting(t.runtime, 11, 11);
    const desk = await t.tokenFor('secretariat');
    const screen = await t.tokenFor('screen');
    const port = await listening(t);
    const sse = await openSse(port, `/api/meetings/${s.meetingId}/stream?token=${screen}`);
    await sse.next((f) => f.event === 'counts');
    const call = (method: 'GET' | 'POST' | 'DELETE', url: string, body?: unknown) => t.call(method, url, { token: desk, ...(body === undefined ? {} : { body }) });

    const created = await call('POST', `/api/meetings/${s.meetingId}/elections`, {
      office: '市人民代表大会常务委员会副主任',
      seats: 2,
      margin: { min: { count: 1 }, max: { num: 1, den: 2 }, citation: '本次会议选举办法第六条' },
    });
    expect(created.status).toBe(201);
    const eid = created.body.id as number;
    const ids: Record<string, number> = {};
    for (const name of ['张三', '李四', '王五']) {
      const res = await call('POST', `/api/elections/${eid}/candidates`, { name });
      expect(res.status).toBe(201);
      ids[name] = res.body.id;
    }
    const listed = await call('GET', `/api/meetings/${s.meetingId}/elections`);
    expect(listed.body).toMatchObject([{ id: eid, contested: true, state: 'draft', candidates: [{ name: '张三' }, { name: '李四' }, { name: '王五' }] }]);

    const opened = await call('POST', `/api/elections/${eid}/rounds`, {});
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({ ordinal: 1, kind: 'first', seats: 2, state: 'open' });
    const r1 = opened.body.id as number;
    const [zs, ls, ww] = [ids['张三']!, ids['李四']!, ids['王五']!];

    // Team 1 reads its box ballot by ballot; one misread ballot is withdrawn and entered again.
    expect((await call('POST', `/api/election-rounds/${r1}/entries`, { team: '第一计票组', figures: { issued: 11, returned: 11 } })).status).toBe(201);
    const wrong = await call('POST', `/api/election-rounds/${r1}/entries`, { team: '第一计票组', ballot: { marks: [ls, ww] } });
    const withdrawn = await call('DELETE', `/api/election-rounds/${r1}/entries/${wrong.body.id}?reason=${encodeURIComponent('误读，应为张三、王五')}`);
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ entryId: wrong.body.id, reason: '误读，应为张三、王五' });
    for (const marks of [[zs, ls], [zs, ls], [zs, ls], [zs, ww], [zs, ww], [zs, ls, ww]]) {
      expect((await call('POST', `/api/election-rounds/${r1}/entries`, { team: '第一计票组', ballot: { marks } })).status).toBe(201);
    }
    // Team 2 enters its box as one batch.
    const batch = { ballots: 5, void: 0, marks: [{ candidateId: zs, votes: 3 }, { candidateId: ls, votes: 3 }, { candidateId: ww, votes: 4 }] };
    expect((await call('POST', `/api/election-rounds/${r1}/entries`, { team: '第二计票组', batch })).status).toBe(201);
    const running = await call('GET', `/api/election-rounds/${r1}`);
    expect(running.body.totals).toEqual({
      electronic: 0,
      issued: 11,
      returned: 11,
      counted: 11,
      valid: 10,
      void: 1,
      votes: [{ candidateId: zs, votes: 8 }, { candidateId: ls, votes: 6 }, { candidateId: ww, votes: 6 }],
      writeIns: [],
    });
    expect(running.body.entries).toHaveLength(9);
    expect(running.body.entries[1]).toMatchObject({ id: wrong.body.id, withdrawnBy: expect.stringContaining('secretariat'), withdrawReason: '误读，应为张三、王五' });

    const first = await call('POST', `/api/election-rounds/${r1}/close`, {});
    expect(first.status).toBe(200);
    const tie = '本次选举应到代表11人，发出选票11张，收回选票11张，其中有效票10张，无效票1张，选举有效。张三得8票，当选。李四、王五得票相等（各6票），就票数相等的候选人再次投票，选出1名。';
    expect(first.body.announcement).toEqual({
      zh: tie,
      en: '11 deputies are expected; 11 ballots were issued and 11 returned, of which 10 valid and 1 void; the round is valid. 张三 received 8 votes and is elected. 李四, 王五 are tied at 6 votes each; they face a run-off for 1 seat.',
    });
    expect(first.body.verdict.next).toEqual({ action: 'runoff', seats: 1, candidates: [{ candidateId: ls, name: '李四' }, { candidateId: ww, name: '王五' }] });
    const frame1 = await sse.next((f) => f.event === 'election.closed');
    expect(JSON.parse(frame1.data)).toMatchObject({ electionId: eid, roundId: r1, office: '市人民代表大会常务委员会副主任', ordinal: 1, announcement: { zh: tie } });

    // The run-off follows from the verdict: only the tied, for the one seat.
    expect((await call('POST', `/api/elections/${eid}/rounds`, { kind: 'further' })).body).toMatchObject({ error: 'round_kind_not_due', status: 422 });
    const runoff = await call('POST', `/api/elections/${eid}/rounds`, {});
    expect(runoff.body).toMatchObject({ ordinal: 2, kind: 'runoff', seats: 1, candidates: [{ id: ls, name: '李四' }, { id: ww, name: '王五' }] });
    const r2 = runoff.body.id as number;
    expect((await call('POST', `/api/election-rounds/${r2}/entries`, { ballot: { marks: [zs] } })).body).toMatchObject({ error: 'candidate_not_in_round', status: 422 });
    await call('POST', `/api/election-rounds/${r2}/entries`, { figures: { issued: 11, returned: 11 } });
    await call('POST', `/api/election-rounds/${r2}/entries`, { batch: { ballots: 11, void: 1, marks: [{ candidateId: ls, votes: 7 }, { candidateId: ww, votes: 3 }] } });
    const second = await call('POST', `/api/election-rounds/${r2}/close`, {});
    const won = '本次选举应到代表11人，发出选票11张，收回选票11张，其中有效票10张，无效票1张，选举有效。李四得7票，当选。';
    expect(second.body.announcement).toEqual({
      zh: won,
      en: '11 deputies are expected; 11 ballots were issued and 11 returned, of which 10 valid and 1 void; the round is valid. 李四 received 7 votes and is elected.',
    });
    const frame2 = await sse.next((f) => f.event === 'election.closed' && JSON.parse(f.data).roundId === r2);
    expect(JSON.parse(frame2.data).announcement.zh).toBe(won);
    sse.close();

    const done = await call('GET', `/api/elections/${eid}`);
    expect(done.body).toMatchObject({ state: 'done', contested: true });
    expect(done.body.elected).toEqual([
      { candidateId: zs, name: '张三', votes: 8, roundId: r1 },
      { candidateId: ls, name: '李四', votes: 7, roundId: r2 },
    ]);
    expect(done.body.rounds.map((r: { announcement: { zh: string } }) => r.announcement.zh)).toEqual([tie, won]);
    expect((await call('POST', `/api/elections/${eid}/rounds`, {})).body).toMatchObject({ error: 'election_done', status: 409 });

    const audit = await t.store.db.selectFrom('audit_log').select('operation').where('operation', 'like', 'elections.%').orderBy('seq').execute();
    expect(audit.map((a) => a.operation)).toEqual([
      'elections.createElection',
      ...Array(3).fill('elections.addCandidate'),
      'elections.openRound',
      ...Array(2).fill('elections.recordEntry'),
      'elections.withdrawEntry',
      ...Array(7).fill('elections.recordEntry'),
      'elections.closeRound',
      'elections.openRound',
      ...Array(2).fill('elections.recordEntry'),
      'elections.closeRound',
    ]);
    const verify = await t.call('GET', '/api/audit/verify', { token: t.adminToken });
    expect(verify.body).toMatchObject({ ok: true });
  });
});
