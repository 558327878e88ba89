import { expect, it } from 'vitest';
import { describeStores } from '../../../store/testing.js';
import { EventBus } from '../../../server/events.js';
import { execute, SYSTEM, type Actor, type Runtime } from '../../../server/operation.js';
import type { Store } from '../../../store/store.js';
import { setAgenda } from '../../meetings/setAgenda.js';
import { createElection } from './createElection.js';
import { addCandidate } from './addCandidate.js';
import { removeCandidate } from './removeCandidate.js';
import { openRound } from './openRound.js';
import { recordEntry } from './recordEntry.js';
import { withdrawEntry } from './withdrawEntry.js';
import { closeRound } from './closeRound.js';
import { electionSitting, electionWith } from './testing.js';

const MEMBER: Actor = { label: 'account:9 (member)', role: 'member', accountId: 9, personId: null, bodyId: null };
const runtimeOf = (store: Store): Runtime => ({ store, events: new EventBus() });
const refused = (id: string, zh?: string, en?: string) => ({ id, ...(zh ? { messages: { 'zh-CN': zh, ...(en ? { en } : {}) } } : {}) });

describeStores('elections: operations', (stores) => {
  it('creates an election with the body kind’s threshold by default, or the session’s own, and audits it', async () => {
    const rt = runtimeOf(await stores.open());
    const s = await electionSitting(rt, 11, 10);
    const e = await execute(rt, createElection, { meetingId: s.meetingId, office: '市人民代表大会常务委员会主任', seats: 1 }, SYSTEM);
    expect(e).toMatchObject({ meetingId: s.meetingId, agendaItemId: null, office: '市人民代表大会常务委员会主任', seats: 1, state: 'draft', contested: false, candidates: [], margin: null });
    expect(e.threshold).toEqual({ base: 'all', num: 1, den: 2, inclusive: false, citation: '《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》（2022年修正）第二十五条' });
    const own = { base: 'present', num: 2, den: 3, inclusive: true, citation: '本次会议选举办法第八条' } as const;
    const margin = { min: { num: 1, den: 5 }, max: { num: 1, den: 2 }, citation: '本次会议选举办法第六条' };
    const e2 = await execute(rt, createElection, { meetingId: s.meetingId, office: '副主任', seats: 5, threshold: own, margin }, SYSTEM);
    expect(e2.threshold).toEqual(own);
    const row = await rt.store.db.selectFrom('elections').selectAll().where('id', '=', e2.id).executeTakeFirstOrThrow();
    expect(JSON.parse(row.threshold)).toEqual(own);
    expect(JSON.parse(row.margin!)).toEqual(margin);
    const audit = await rt.store.db.selectFrom('audit_log').select(['body_id', 'payload']).where('operation', '=', 'elections.createElection').orderBy('seq').execute();
    expect(audit).toHaveLength(2);
    expect(audit[1]!.body_id).toBe(s.bodyId);
    expect(JSON.parse(audit[1]!.payload)).toEqual({ electionId: e2.id, meetingId: s.meetingId, agendaItemId: null, office: '副主任', seats: 5, threshold: own, margin });
  });

  it('ties an election to an agenda item of its meeting; a consultative conference announces 应到委员', async () => {
    const rt = runtimeOf(await stores.open());
    const s = await electionSitting(rt, 3, 3, 'cppcc');
    const agenda = await execute(rt, setAgenda, { meetingId: s.meetingId, items: [{ kind: 'election', title: '选举政协云州市委员会秘书长' }] }, SYSTEM);
    const itemId = agenda.agenda[0]!.id;
    const e = await execute(rt, createElection, { meetingId: s.meetingId, agendaItemId: itemId, office: '秘书长', seats: 1 }, SYSTEM);
    expect(e.agendaItemId).toBe(itemId);
    expect(e.threshold.citation).toBe('《中国人民政治协商会议章程》');
    const zs = await execute(rt, addCandidate, { electionId: e.id, name: '张三' }, SYSTEM);
    const r = await execute(rt, openRound, { electionId: e.id }, SYSTEM);
    await execute(rt, recordEntry, { roundId: r.id, figures: { issued: 3, returned: 3 } }, SYSTEM);
    await execute(rt, recordEntry, { roundId: r.id, batch: { ballots: 3, void: 0, marks: [{ candidateId: zs.id, votes: 2 }] } }, SYSTEM);
    const closed = await execute(rt, closeRound, { roundId: r.id }, SYSTEM);
    expect(closed.announcement).toEqual({
      zh: '本次选举应到委员3人，发出选票3张，收回选票3张，其中有效票3张，无效票0张，选举有效。张三得2票，当选。',
      en: '3 members are expected; 3 ballots were issued and 3 returned, of which 3 valid and 0 void; the round is valid. 张三 received 2 votes and is elected.',
    });
  });

  it('refuses a member, an unknown meeting, an agenda item of no such meeting and a fraction above one, storing nothing', async () => {
    const rt = runtimeOf(await stores.open());
    const s = await electionSitting(rt, 3, 3);
    const base = { meetingId: s.meetingId, office: '主任', seats: 1 };
    await expect(execute(rt, createElection, base, MEMBER)).rejects.toMatchObject(refused('forbidden'));
    await expect(execute(rt, createElection, { ...base, meetingId: 999 }, SYSTEM)).rejects.toMatchObject(refused('meeting_not_found', '会次 999 不存在'));
    await expect(execute(rt, createElection, { ...base, agendaItemId: 77 }, SYSTEM)).rejects.toMatchObject(refused('agenda_item_not_found', `会次 ${s.meetingId} 没有议程项 77`));
    await expect(execute(rt, createElection, { ...base, threshold: { base: 'all', num: 3, den: 2, inclusive: true, citation: 'x' } }, SYSTEM)).rejects.toMatchObject({
      id: 'invalid_input',
      messages: { en: 'Invalid input: /threshold the fraction 3/2 must be at most 1' },
    });
    await expect(execute(rt, createElection, { ...base, seats: 0 }, SYSTEM)).rejects.toMatchObject(refused('invalid_input'));
    expect(await rt.store.db.selectFrom('elections').selectAll().execute()).toEqual([]);
  });

  it('adds candidates by name or by membership while a draft, refuses the same twice, outsiders and changes once opened', async () => {
    const rt = runtimeOf(await stores.open());
    const s = await electionSitting(rt, 5, 5);
    const other = await electionSitting(rt, 1, 0);
    const { electionId } = await electionWith(rt, s, 1, ['张三']);
    const byMember = await execute(rt, addCandidate, { electionId, membershipId: s.ids.M002! }, SYSTEM);
    expect(byMember).toMatchObject({ electionId, name: '代表2', membershipId: s.ids.M002, ordinal: 2, source: 'nominated' });
    await expect(execute(rt, addCandidate, { electionId, name: '张三' }, SYSTEM)).rejects.toMatchObject(refused('candidate_exists', `张三已是选举 ${electionId} 的候选人（候选人 ${byMember.id - 1}）`));
    await expect(execute(rt, addCandidate, { electionId, name: '代表二', membershipId: s.ids.M002! }, SYSTEM)).rejects.toMatchObject(refused('candidate_exists'));
    await expect(execute(rt, addCandidate, { electionId, membershipId: other.ids.M001! }, SYSTEM)).rejects.toMatchObject(
      refused('not_a_member', `成员资格 ${other.ids.M001} 不属于会次 ${s.meetingId} 所属届次`),
    );
    await expect(execute(rt, addCandidate, { electionId, membershipId: 99999 }, SYSTEM)).rejects.toMatchObject(refused('membership_not_found'));
    await expect(execute(rt, addCandidate, { electionId }, SYSTEM)).rejects.toMatchObject(refused('invalid_input'));
    await expect(execute(rt, addCandidate, { electionId, name: ' 李四' }, SYSTEM)).rejects.toMatchObject(refused('invalid_input'));
    await expect(execute(rt, addCandidate, { electionId: 404, name: '李四' }, SYSTEM)).rejects.toMatchObject(refused('election_not_found', '选举 404 不存在', 'Election 404 does not exist'));

    const removed = await execute(rt, removeCandidate, { electionId, candidateId: byMember.id }, SYSTEM);
    expect(removed).toMatchObject({ candidateId: byMember.id, name: '代表2', removed: true });
    await expect(execute(rt, removeCandidate, { electionId, candidateId: byMember.id }, SYSTEM)).rejects.toMatchObject(refused('candidate_not_found', `选举 ${electionId} 没有候选人 ${byMember.id}`));
    await execute(rt, openRound, { electionId }, SYSTEM);
    const first = (await rt.store.db.selectFrom('election_candidates').select('id').where('election_id', '=', electionId).executeTakeFirstOrThrow()).id;
    await expect(execute(rt, addCandidate, { electionId, name: '李四' }, SYSTEM)).rejects.toMatchObject(
      refused('election_not_draft', `选举 ${electionId} 投票中，候选人名单已确定，不能再改动`, `Election ${electionId} is voting: its candidates can no longer change`),
    );
    await expect(execute(rt, removeCandidate, { electionId, candidateId: first }, SYSTEM)).rejects.toMatchObject(refused('election_not_draft'));
    const names = await rt.store.db.selectFrom('election_candidates').select('name').where('election_id', '=', electionId).execute();
    expect(names).toEqual([{ name: '张三' }]);
    const ops = await rt.store.db.selectFrom('audit_log').select(['operation', 'payload']).where('operation', 'like', 'elections.%').orderBy('seq').execute();
    expect(ops.map((o) => o.operation)).toEqual(['elections.createElection', 'elections.addCandidate', 'elections.addCandidate', 'elections.removeCandidate', 'elections.openRound']);
    expect(JSON.parse(ops[3]!.payload)).toEqual({ electionId, candidateId: byMember.id, name: '代表2' });
  });

  it('opens the first round only with enough candidates, within the margin, and one round at a time', async () => {
    const rt = runtimeOf(await stores.open());
    const s = await electionSitting(rt, 5, 5);
    const few = await electionWith(rt, s, 2, ['张三']);
    await expect(execute(rt, openRound, { electionId: few.electionId }, SYSTEM)).rejects.toMatchObject(
      refused('too_few_candidates', `选举 ${few.electionId} 不能开始投票：候选人1名，少于应选名额2名`, `Election ${few.electionId} cannot be opened: 1 candidates for 2 seats: fewer candidates than seats`),
    );
    const margin = { min: { num: 1, den: 5 }, max: { num: 1, den: 2 }, citation: '本次会议选举办法第六条' };
    const wide = await electionWith(rt, s, 2, ['张三', '李四', '王五', '赵六'], { margin });
    await expect(execute(rt, openRound, { electionId: wide.electionId }, SYSTEM)).rejects.toMatchObject({
      id: 'candidates_outside_margin',
      messages: { 'zh-CN': `选举 ${wide.electionId} 不能开始投票：应选2名，候选人4名，差额2名；依本次会议选举办法第六条，差额应为1名` },
      details: { min: 1, max: 1 },
    });
    expect(await rt.store.db.selectFrom('election_rounds').selectAll().execute()).toEqual([]);
    await execute(rt, removeCandidate, { electionId: wide.electionId, candidateId: wide.candidateIds[3]! }, SYSTEM);
    await expect(execute(rt, openRound, { electionId: wide.electionId, kind: 'runoff' }, SYSTEM)).rejects.toMatchObject(
      refused('round_kind_not_due', `选举 ${wide.electionId} 的下一轮应为“第一轮投票”，不是“再次投票”`),
    );
    const round = await execute(rt, openRound, { electionId: wide.electionId }, SYSTEM);
    expect(round).toMatchObject({ ordinal: 1, kind: 'first', seats: 2, state: 'open', candidates: [{ id: wide.candidateIds[0], name: '张三' }, { id: wide.candidateIds[1], name: '李四' }, { id: wide.candidateIds[2], name: '王五' }] });
    await expect(execute(rt, openRound, { electionId: wide.electionId }, SYSTEM)).rejects.toMatchObject(
      refused('round_open', `选举 ${wide.electionId} 的第1轮投票（轮次 ${round.id}）尚未结束`),
    );
    const stored = await rt.store.db.selectFrom('elections').select('state').where('id', '=', wide.electionId).executeTakeFirstOrThrow();
    expect(stored.state).toBe('voting');
  });

  it('records figures, ballots (void when naming more than the seats) and batches that add up; refuses the rest', async () => {
    const rt = runtimeOf(await stores.open());
    const s = await electionSitting(rt, 5, 5);
    const { electionId, candidateIds: [a, b, c] } = await electionWith(rt, s, 2, ['张三', '李四', '王五']);
    const round = await execute(rt, openRound, { electionId }, SYSTEM);
    const rid = round.id;
    await expect(execute(rt, recordEntry, { roundId: rid }, SYSTEM)).rejects.toMatchObject({ id: 'invalid_input', messages: { en: 'Invalid input: (body) enter exactly one of figures, ballot or batch' } });
    await expect(execute(rt, recordEntry, { roundId: rid, figures: { issued: 5, returned: 5 }, ballot: { marks: [] } }, SYSTEM)).rejects.toMatchObject(refused('invalid_input'));
    await expect(execute(rt, recordEntry, { roundId: 999, figures: { issued: 5, returned: 5 } }, SYSTEM)).rejects.toMatchObject(refused('election_round_not_found', '选举投票轮次 999 不存在'));
    await expect(execute(rt, recordEntry, { roundId: rid, ballot: { marks: [a!, 12345] } }, SYSTEM)).rejects.toMatchObject(refused('candidate_not_in_round', `候选人 12345 不在投票轮次 ${rid}的候选人名单中`));
    await expect(execute(rt, recordEntry, { roundId: rid, ballot: { marks: [a!, a!] } }, SYSTEM)).rejects.toMatchObject({ id: 'invalid_input', messages: { en: `Invalid input: /ballot/marks candidate ${a} appears twice` } });
    await expect(execute(rt, recordEntry, { roundId: rid, ballot: { marks: [], writeIns: ['李四'] } }, SYSTEM)).rejects.toMatchObject({
      id: 'invalid_input',
      messages: { en: 'Invalid input: /ballot/writeIns 李四 is a candidate of this round: mark the candidate instead of writing the name in' },
    });
    await expect(execute(rt, recordEntry, { roundId: rid, batch: { ballots: 3, void: 4, marks: [] } }, SYSTEM)).rejects.toMatchObject(refused('batch_inconsistent', '该批选票的数字不一致：无效票4张多于该批选票3张'));
    await expect(execute(rt, recordEntry, { roundId: rid, batch: { ballots: 3, void: 1, marks: [{ candidateId: a!, votes: 3 }] } }, SYSTEM)).rejects.toMatchObject(refused('batch_inconsistent', '该批选票的数字不一致：某人得3票，多于有效票2张'));
    await expect(
      execute(rt, recordEntry, { roundId: rid, batch: { ballots: 2, void: 0, marks: [{ candidateId: a!, votes: 2 }, { candidateId: b!, votes: 2 }], writeIns: [{ name: '赵六', votes: 1 }] } }, SYSTEM),
    ).rejects.toMatchObject(refused('batch_inconsistent', '该批选票的数字不一致：共5个选择，超过有效票2张×应选2名'));
    expect(await rt.store.db.selectFrom('election_entries').selectAll().execute()).toEqual([]);

    const fig = await execute(rt, recordEntry, { roundId: rid, team: '第一计票组', figures: { issued: 5, returned: 5 } }, SYSTEM);
    expect(fig).toMatchObject({ kind: 'figures', team: '第一计票组', data: { issued: 5, returned: 5 }, withdrawnAt: null, enteredBy: 'system' });
    const spoilt = await execute(rt, recordEntry, { roundId: rid, ballot: { marks: [a!, b!, c!] } }, SYSTEM);
    expect(spoilt.data).toEqual({ marks: [a, b, c], writeIns: [], valid: false });
    const good = await execute(rt, recordEntry, { roundId: rid, ballot: { marks: [a!], writeIns: ['赵六'] } }, SYSTEM);
    expect(good.data).toEqual({ marks: [a], writeIns: ['赵六'], valid: true });
    await execute(rt, recordEntry, { roundId: rid, batch: { ballots: 3, void: 0, marks: [{ candidateId: a!, votes: 3 }, { candidateId: b!, votes: 2 }] } }, SYSTEM);
    const audit = await rt.store.db.selectFrom('audit_log').select('payload').where('operation', '=', 'elections.recordEntry').orderBy('seq').execute();
    expect(audit.map((x) => JSON.parse(x.payload))[1]).toEqual({ electionId, roundId: rid, entryId: spoilt.id, kind: 'ballot', team: null, data: { marks: [a, b, c], writeIns: [], valid: false } });

    // Withdrawn entries stay on record and count no more.
    await expect(execute(rt, withdrawEntry, { roundId: rid, entryId: 999, reason: '录入有误' }, SYSTEM)).rejects.toMatchObject(refused('election_entry_not_found', `投票轮次 ${rid} 没有计票录入 999`));
    const w = await execute(rt, withdrawEntry, { roundId: rid, entryId: good.id, reason: '录入有误' }, SYSTEM);
    expect(w).toMatchObject({ entryId: good.id, kind: 'ballot', reason: '录入有误', withdrawnBy: 'system' });
    await expect(execute(rt, withdrawEntry, { roundId: rid, entryId: good.id, reason: '再撤' }, SYSTEM)).rejects.toMatchObject(refused('entry_withdrawn', `计票录入 ${good.id} 已于 ${w.withdrawnAt} 撤回`));
    await expect(execute(rt, closeRound, { roundId: rid }, SYSTEM)).rejects.toMatchObject({ id: 'ballots_uncounted', messages: { 'zh-CN': `投票轮次 ${rid} 收回选票5张，已计票4张，两者不符` }, details: { returned: 5, counted: 4 } });
    await execute(rt, recordEntry, { roundId: rid, ballot: { marks: [a!], writeIns: ['赵六'] } }, SYSTEM);

    const closed = await execute(rt, closeRound, { roundId: rid }, SYSTEM);
    expect(closed.verdict).toMatchObject({ valid: true, expected: 5, present: 5, issued: 5, returned: 5, validBallots: 4, voidBallots: 1, required: 3 });
    expect(closed.verdict.results.map((l) => [l.name, l.votes, l.elected])).toEqual([['张三', 4, true], ['李四', 2, false], ['赵六', 1, false], ['王五', 0, false]]);
    expect(closed.verdict.next).toEqual({ action: 'further', seats: 1, candidates: [{ candidateId: b, name: '李四' }, { candidateId: c, name: '王五' }] });
    expect(closed.announcement.zh).toBe('本次选举应到代表5人，发出选票5张，收回选票5张，其中有效票4张，无效票1张，选举有效。张三得4票，当选。获得3票以上的当选人数少于应选名额，不足的1名另行选举。');
    const stored = await rt.store.db.selectFrom('election_rounds').selectAll().where('id', '=', rid).executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ state: 'closed', announcement: closed.announcement.zh, announcement_en: closed.announcement.en });
    expect(JSON.parse(stored.verdict!)).toEqual(closed.verdict);
    await expect(execute(rt, recordEntry, { roundId: rid, figures: { issued: 1, returned: 1 } }, SYSTEM)).rejects.toMatchObject(refused('round_closed', `投票轮次 ${rid} 已于 ${stored.closed_at} 结束计票，不能再改动`));
    await expect(execute(rt, withdrawEntry, { roundId: rid, entryId: fig.id, reason: '晚了' }, SYSTEM)).rejects.toMatchObject(refused('round_closed'));
    await expect(execute(rt, closeRound, { roundId: rid }, SYSTEM)).rejects.toMatchObject(refused('round_closed'));

    // The further round: from the pool, chosen or whole, within the seats.
    await expect(execute(rt, openRound, { electionId, candidateIds: [a!] }, SYSTEM)).rejects.toMatchObject(refused('candidate_not_in_round', `候选人 ${a} 不在选举 ${electionId} 另行选举的候选人名单中`));
    const further = await execute(rt, openRound, { electionId, candidateIds: [c!, b!] }, SYSTEM);
    expect(further).toMatchObject({ ordinal: 2, kind: 'further', seats: 1, candidates: [{ id: b, name: '李四' }, { id: c, name: '王五' }] });
  });

  it('a void round (more returned than issued) elects nobody and is held again; a closed round that fills the seats ends the election', async () => {
    const rt = runtimeOf(await stores.open());
    const s = await electionSitting(rt, 4, 4);
    const { electionId, candidateIds: [a] } = await electionWith(rt, s, 1, ['张三']);
    const r1 = await execute(rt, openRound, { electionId }, SYSTEM);
    await expect(execute(rt, closeRound, { roundId: r1.id }, SYSTEM)).rejects.toMatchObject(refused('figures_missing', `投票轮次 ${r1.id} 尚未录入发出选票和收回选票数`));
    await execute(rt, recordEntry, { roundId: r1.id, figures: { issued: 4, returned: 5 } }, SYSTEM);
    const v1 = await execute(rt, closeRound, { roundId: r1.id }, SYSTEM);
    expect(v1.verdict).toMatchObject({ valid: false, elected: [], next: { action: 'repeat', kind: 'first', seats: 1 } });
    expect(v1.announcement.zh).toBe('本次选举应到代表4人，发出选票4张，收回选票5张，收回选票多于发出选票，本次选举无效。');
    const r2 = await execute(rt, openRound, { electionId }, SYSTEM);
    expect(r2).toMatchObject({ ordinal: 2, kind: 'first', seats: 1, candidates: [{ id: a, name: '张三' }] });
    await execute(rt, recordEntry, { roundId: r2.id, figures: { issued: 4, returned: 4 } }, SYSTEM);
    await execute(rt, recordEntry, { roundId: r2.id, batch: { ballots: 4, void: 0, marks: [{ candidateId: a!, votes: 3 }] } }, SYSTEM);
    const v2 = await execute(rt, closeRound, { roundId: r2.id }, SYSTEM);
    expect(v2.announcement.zh).toBe('本次选举应到代表4人，发出选票4张，收回选票4张，其中有效票4张，无效票0张，选举有效。张三得3票，当选。');
    expect(v2.verdict.next).toEqual({ action: 'done' });
    expect((await rt.store.db.selectFrom('elections').select('state').where('id', '=', electionId).executeTakeFirstOrThrow()).state).toBe('done');
    await expect(execute(rt, openRound, { electionId }, SYSTEM)).rejects.toMatchObject(refused('election_done', `选举 ${electionId} 的名额已全部选出，不再投票`));
    const close = await rt.store.db.selectFrom('audit_log').select('payload').where('operation', '=', 'elections.closeRound').orderBy('seq').execute();
    expect(JSON.parse(close[1]!.payload)).toEqual({
      electionId,
      roundId: r2.id,
      ordinal: 2,
      valid: true,
      figures: { expected: 4, issued: 4, returned: 4, valid: 4, void: 0, required: 3 },
      results: [{ candidateId: a, name: '张三', votes: 3, elected: true }],
      next: { action: 'done' },
    });
  });
});
