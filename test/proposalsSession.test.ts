/**
 * A session's proposals from submission to evaluation: a dozen proposals at the consultative
 * conference through every review outcome, assignment to handling units, replies, evaluations with
 * a re-handling, the overdue list, search, statistics and the review report's figures; at the
 * congress a bill short of signatures, a bill to the presidium and a suggestion to a unit.
 */
import { expect, it } from 'vitest';
import { describeStores } from '../src/store/testing.js';
import { startTestApp } from '../src/server/testing.js';
import { execute, SYSTEM } from '../src/server/operation.js';
import { en } from '../src/modules/meetings/testing.js';
import { padTokens } from '../src/modules/voting/testing.js';
import { importRoster } from '../src/modules/registry/roster/importRoster.js';
import { assignProposal } from '../src/modules/proposals/assignProposal.js';
import { seedBodies, unitWithToken } from '../src/modules/proposals/testing.js';
import { overdueAssignments } from '../src/modules/proposals/stats.js';
import { proposalReviewReport, reviewFigures } from '../src/modules/proposals/reviewReport.js';

const JAN_20 = new Date('2025-01-20T02:00:00Z');

describeStores('a session of proposals, from submission to evaluation', (stores) => {
  it('reviews, assigns, replies, evaluates, lists the overdue, searches, counts and reports', async () => {
    const t = await startTestApp(await stores.open());
    const { cppcc, congress } = await seedBodies(t.runtime);
    const staff = await t.tokenFor('secretariat');
    const committee = await t.tokenFor('committee');
    const [zheng, sun, wu] = await padTokens(t.runtime, ['郑安', '孙若兰', '吴志远'].map((n) => cppcc.members[n]!));
    const m = cppcc.members;

    // --- Submission: a dozen proposals from every kind of source.
    const submit = async (token: string, title: string, category: string, source: Record<string, unknown>) => {
      const res = await t.call('POST', `/api/sessions/${cppcc.sessionId}/proposals`, { token, body: { kind: 'proposal', title, body: `${title}：建议有关部门研究落实。`, category, ...source } });
      expect(res.status, res.text).toBe(201);
      return res.body as { id: number; numberText: string };
    };
    const own = (name: string) => ({ sourceKind: 'member', signers: [m[name]] });
    const p1 = await submit(zheng!, '关于加快发展社区养老服务的提案', '社会建设', own('郑安'));
    const p2 = await submit(sun!, '关于推进职业教育产教融合的提案', '社会建设', { sourceKind: 'joint', signers: [m['孙若兰'], m['吴志远']] });
    const p3 = await submit(wu!, '关于加强中小学生近视防控的提案', '社会建设', own('吴志远'));
    const p4 = await submit(staff, '关于持续优化营商环境的提案', '经济建设', { sourceKind: 'group', groupId: cppcc.groupIds['经济界'] });
    const p5 = await submit(staff, '关于支持民营企业科技创新的提案', '经济建设', { sourceKind: 'organisation', sourceName: '民建云州市委员会' });
    const p6 = await submit(staff, '关于发展数字经济的提案', '经济建设', { sourceKind: 'committee', sourceName: '经济委员会' });
    const p7 = await submit(zheng!, '关于社区养老服务设施建设的提案', '社会建设', own('郑安'));
    const p8 = await submit(sun!, '关于某企业股权纠纷案件的提案', '其他', own('孙若兰'));
    const p9 = await submit(wu!, '关于小区路灯维修的提案', '其他', own('吴志远'));
    const p10 = await submit(zheng!, '关于群众反映看病难问题的提案', '社会建设', own('郑安'));
    const p11 = await submit(sun!, '关于加强湿地保护的提案', '生态文明建设', own('孙若兰'));
    const p12 = await submit(wu!, '关于推进垃圾分类的提案', '生态文明建设', own('吴志远'));
    expect([p1.numberText, p12.numberText]).toEqual(['第0001号', '第0012号']);

    // --- Review by the proposal committee: every outcome, one left pending.
    const review = async (id: number, body: Record<string, unknown>) => {
      const res = await t.call('POST', `/api/proposals/${id}/review`, { token: committee, body });
      expect(res.status, res.text).toBe(200);
      return res.body as { status: string };
    };
    for (const p of [p1, p2, p3, p4, p5, p6, p11]) await review(p.id, { outcome: 'filed' });
    expect(await review(p7.id, { outcome: 'merged', mergeInto: p1.id })).toMatchObject({ status: 'merged', mergedIntoId: p1.id });
    expect(await review(p8.id, { outcome: 'declined', reason: 'judicial-case' })).toMatchObject({ status: 'declined', review: { reasonLabel: '涉及司法诉讼' } });
    await review(p9.id, { outcome: 'letter', note: '转市城市管理局参考' });
    await review(p10.id, { outcome: 'opinion' });

    // --- Assignment to handling units, on 2025-01-20.
    const civil = await unitWithToken(t, cppcc.bodyId, '市民政局');
    const finance = await unitWithToken(t, cppcc.bodyId, '市财政局');
    const education = await unitWithToken(t, cppcc.bodyId, '市教育局');
    const reform = await unitWithToken(t, cppcc.bodyId, '市发展和改革委员会');
    const assign = (proposalId: number, input: Record<string, unknown>) => execute(t.runtime, assignProposal, { proposalId, ...input }, SYSTEM, JAN_20);
    const a1 = await assign(p1.id, { lead: civil.unitId, coHandlers: [finance.unitId] });
    const a2 = await assign(p2.id, { lead: education.unitId });
    const a3 = await assign(p3.id, { lead: education.unitId, complex: true });
    const a4 = await assign(p4.id, { lead: reform.unitId });
    expect([a1, a3, a4].map((p) => p.assignments[0]!.deadline)).toEqual(['2025-04-20', '2025-07-20', '2025-04-20']);

    // A unit sees its own assignments only.
    const financeSees = await t.call('GET', '/api/units/me/assignments', { token: finance.token });
    expect(financeSees.body.assignments.map((a: { role: string; proposal: { title: string } }) => [a.role, a.proposal.title])).toEqual([['co', '关于加快发展社区养老服务的提案']]);
    const peek = await t.call('GET', `/api/units/me/assignments/${a1.assignments[0]!.id}`, { token: finance.token, headers: en });
    expect([peek.status, peek.body.error]).toEqual([404, 'assignment_not_found']);

    // --- Replies and evaluations; a re-handling after "not satisfied".
    const reply = async (token: string, assignmentId: number, text: string) => expect((await t.call('POST', `/api/assignments/${assignmentId}/reply`, { token, body: { text } })).status).toBe(200);
    const evaluate = async (token: string, id: number, body: Record<string, unknown>) => {
      const res = await t.call('POST', `/api/proposals/${id}/evaluation`, { token, body });
      expect(res.status, res.text).toBe(201);
      return res.body as { status: string; assignments: Array<{ id: number; round: number; state: string }> };
    };
    await reply(civil.token, a1.assignments[0]!.id, '答复：今年新建社区养老服务中心20个。');
    expect((await evaluate(zheng!, p1.id, { rating: 'satisfied' })).status).toBe('evaluated');
    await reply(education.token, a2.assignments[0]!.id, '答复：正在研究。');
    const rehandled = await evaluate(sun!, p2.id, { rating: 'not-satisfied', comment: '答复空泛', rehandle: true });
    expect([rehandled.status, rehandled.assignments.map((a) => [a.round, a.state])]).toEqual(['handling', [[1, 'replied'], [2, 'open']]]);
    await reply(education.token, rehandled.assignments[1]!.id, '再次答复：已出台产教融合实施方案。');
    expect((await evaluate(sun!, p2.id, { rating: 'basically-satisfied' })).status).toBe('evaluated');

    // --- Overdue: the reform commission's deadline passed on 2025-04-20; the complex one runs to 07-20.
    const overdue = async (now: string) => (await overdueAssignments(t.store.db, cppcc.sessionId, new Date(now))).map((a) => [a.unit_name, a.title, a.deadline]);
    expect(await overdue('2025-04-20T12:00:00Z')).toEqual([]);
    expect(await overdue('2025-05-01T02:00:00Z')).toEqual([['市发展和改革委员会', '关于持续优化营商环境的提案', '2025-04-20']]);
    expect(await overdue('2025-08-01T02:00:00Z')).toEqual([
      ['市发展和改革委员会', '关于持续优化营商环境的提案', '2025-04-20'],
      ['市教育局', '关于加强中小学生近视防控的提案', '2025-07-20'],
    ]);
    const listed = await t.call('GET', `/api/sessions/${cppcc.sessionId}/proposals/overdue`, { token: staff });
    expect(listed.body.map((a: { unitName: string; proposal: { number: number } }) => [a.unitName, a.proposal.number])).toEqual([['市发展和改革委员会', 4], ['市教育局', 3]]);

    // --- Search in Chinese: a 2-character and a 4-character term.
    const search = async (q: string) => (await t.call('GET', `/api/sessions/${cppcc.sessionId}/proposals?q=${encodeURIComponent(q)}`, { token: staff })).body.proposals.map((p: { number: number }) => p.number);
    expect(await search('养老')).toEqual([1, 7]);
    expect(await search('垃圾分类')).toEqual([12]);
    expect(await search('营商环境')).toEqual([4]);

    // --- Statistics.
    const stats = (await t.call('GET', `/api/sessions/${cppcc.sessionId}/proposals/stats`, { token: staff })).body;
    expect(stats).toEqual({
      total: 12,
      byStatus: [
        { key: 'filed', count: 3 },
        { key: 'evaluated', count: 2 },
        { key: 'handling', count: 2 },
        { key: 'declined', count: 1 },
        { key: 'letter', count: 1 },
        { key: 'merged', count: 1 },
        { key: 'opinion', count: 1 },
        { key: 'submitted', count: 1 },
      ],
      byCategory: [
        { key: '社会建设', count: 5 },
        { key: '经济建设', count: 3 },
        { key: '其他', count: 2 },
        { key: '生态文明建设', count: 2 },
      ],
      bySourceKind: [
        { key: 'member', count: 8 },
        { key: 'committee', count: 1 },
        { key: 'group', count: 1 },
        { key: 'joint', count: 1 },
        { key: 'organisation', count: 1 },
      ],
      byGroup: [
        { key: '经济界', count: 7 },
        { key: '教育界', count: 3 },
      ],
      byUnit: [
        { unitId: civil.unitId, unitName: '市民政局', lead: 1, co: 0, open: 0, replied: 1 },
        { unitId: finance.unitId, unitName: '市财政局', lead: 0, co: 1, open: 1, replied: 0 },
        { unitId: education.unitId, unitName: '市教育局', lead: 3, co: 0, open: 1, replied: 2 },
        { unitId: reform.unitId, unitName: '市发展和改革委员会', lead: 1, co: 0, open: 1, replied: 0 },
      ],
    });

    // --- The review report: its figures are the stored states, counted again here from the rows.
    const now = new Date('2025-01-10T09:00:00Z');
    const figures = await reviewFigures(t.store.db, cppcc.sessionId, now);
    const rows = await t.store.db.selectFrom('proposals').select(['review_outcome', 'source_kind']).where('session_id', '=', cppcc.sessionId).execute();
    const stored = (outcome: string | null) => rows.filter((r) => r.review_outcome === outcome).length;
    expect([figures.received, figures.filed, figures.merged, figures.declined, figures.letter, figures.opinion, figures.pending]).toEqual([rows.length, stored('filed'), stored('merged'), stored('declined'), stored('letter'), stored('opinion'), stored(null)]);
    expect([figures.received, figures.filed, figures.merged, figures.declined, figures.letter, figures.opinion, figures.pending]).toEqual([12, 7, 1, 1, 1, 1, 1]);
    expect(figures.byCategory).toEqual([
      { category: '经济建设', received: 3, filed: 3 },
      { category: '社会建设', received: 5, filed: 3 },
      { category: '生态文明建设', received: 2, filed: 1 },
      { category: '其他', received: 2, filed: 0 },
    ]);
    const doc = await proposalReviewReport(t.store.db, cppcc.sessionId, now);
    expect(doc.title).toBe('中国人民政治协商会议云州市第十三届委员会第三次会议\n提案审查情况的报告');
    const paragraphs = doc.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);
    expect(paragraphs).toEqual(
      expect.arrayContaining([
        '截至1月10日17时，共收到提案12件。其中，委员个人提案8件，委员联名提案1件，界别提案1件，党派团体提案1件，专门委员会提案1件。',
        '经审查，立案7件，占收到提案总数的58.3%；并案处理1件；不予立案1件；作为委员来信转有关单位参考1件；作为社情民意信息报送1件；尚在审查中1件。',
        '在立案提案中，经济建设方面3件，占42.9%；社会建设方面3件，占42.9%；生态文明建设方面1件，占14.3%。',
      ]),
    );

    // --- The congress: a bill short of signatures, a bill to the presidium, a suggestion to a unit.
    const extra = Array.from({ length: 8 }, (_, i) => ({ key: `RD-1${i}`, name: `代表${'甲乙丙丁戊己庚辛'[i]}`, group: '青山区代表团' }));
    await execute(t.runtime, importRoster, { termId: congress.termId, rows: extra }, SYSTEM);
    const deputies = await t.store.db.selectFrom('memberships').select('id').where('term_id', '=', congress.termId).where('status', '=', 'active').orderBy('id').execute();
    expect(deputies).toHaveLength(12);
    const [lin, zhao] = await padTokens(t.runtime, [congress.members['林晓东']!, congress.members['赵一鸣']!]);
    const billUrl = `/api/sessions/${congress.sessionId}/proposals`;
    const bill = { kind: 'bill', title: '关于制定云州市湿地保护条例的议案', body: '建议制定湿地保护条例。', category: '生态文明建设', sourceKind: 'joint' };
    const short = await t.call('POST', billUrl, { token: lin, body: { ...bill, signers: deputies.slice(0, 9).map((d) => d.id) }, headers: en });
    expect([short.status, short.body.error, short.body.message]).toEqual([422, 'bill_short_of_signatures', 'A bill needs 10 or more deputies jointly; this one has 9 signers']);
    const tenSigners = [congress.members['林晓东']!, ...deputies.map((d) => d.id).filter((id) => id !== congress.members['林晓东']).slice(0, 9)];
    const passed = await t.call('POST', billUrl, { token: lin, body: { ...bill, signers: tenSigners } });
    expect([passed.status, passed.body.numberText, passed.body.signers.length]).toEqual([201, '第0001号', 10]);
    const decided = await t.call('POST', `/api/proposals/${passed.body.id}/presidium-decision`, { token: staff, body: { decision: 'on-agenda' } });
    expect([decided.status, decided.body.status]).toEqual([200, 'on-agenda']);
    const transport = await unitWithToken(t, congress.bodyId, '市交通运输局');
    const suggestion = await t.call('POST', billUrl, { token: zhao, body: { kind: 'suggestion', title: '关于增设公交线路的建议', body: '建议增设至新区的公交线路。', category: '社会建设', sourceKind: 'member', signers: [congress.members['赵一鸣']] } });
    expect([suggestion.status, suggestion.body.numberText]).toEqual([201, '第0001号']);
    const assigned = await t.call('POST', `/api/proposals/${suggestion.body.id}/assignments`, { token: staff, body: { lead: transport.unitId } });
    expect([assigned.status, assigned.body.status]).toEqual([201, 'handling']);
    const wrongUnit = await t.call('POST', `/api/proposals/${p11.id}/assignments`, { token: staff, body: { lead: transport.unitId }, headers: en });
    expect([wrongUnit.status, wrongUnit.body.error]).toEqual([422, 'unit_of_other_body']);
    await reply(transport.token, assigned.body.assignments[0].id, '答复：已于今年开通至新区的公交线路。');
    expect((await evaluate(zhao!, suggestion.body.id, { rating: 'satisfied' })).status).toBe('evaluated');
  });
});
