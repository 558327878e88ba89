import { expect, it } from 'vitest';
import { describeStores } from '../../store/testing.js';
import { startTestApp } from '../../server/testing.js';
import { execute, SYSTEM } from '../../server/operation.js';
import { en } from '../meetings/testing.js';
import { padTokens } from '../voting/testing.js';
import { assignProposal } from './assignProposal.js';
import { seedBodies, unitWithToken } from './testing.js';
import { overdueAssignments } from './stats.js';

describeStores('assignment, replies and evaluation', (stores) => {
  it('assigns a filed proposal with a deadline, lets only its units see and reply, and takes the proposer\'s evaluation and re-handling', async () => {
    const t = await startTestApp(await stores.open());
    const { cppcc } = await seedBodies(t.runtime);
    const [zheng, sun] = await padTokens(t.runtime, [cppcc.members['郑安']!, cppcc.members['孙若兰']!]);
    const staff = await t.tokenFor('secretariat');
    const devReform = await unitWithToken(t, cppcc.bodyId, '市发展和改革委员会');
    const finance = await unitWithToken(t, cppcc.bodyId, '市财政局');
    const other = await unitWithToken(t, cppcc.bodyId, '市交通运输局');
    const created = await t.call('POST', `/api/sessions/${cppcc.sessionId}/proposals`, { token: zheng, body: { kind: 'proposal', title: '关于设立科技创新基金的提案', body: '建议设立市级科技创新基金。', category: '经济建设', sourceKind: 'member', signers: [cppcc.members['郑安']] } });
    const id = created.body.id as number;
    const assign = (body: Record<string, unknown>) => t.call('POST', `/api/proposals/${id}/assignments`, { token: staff, body, headers: en });

    const early = await assign({ lead: devReform.unitId });
    expect([early.status, early.body.error, early.body.message]).toEqual([409, 'proposal_wrong_state', `proposal 1 (id ${id}) is submitted; it cannot be assigned`]);
    await t.call('POST', `/api/proposals/${id}/review`, { token: staff, body: { outcome: 'filed' } });
    const far = await assign({ lead: devReform.unitId, deadline: '2099-01-01' });
    expect([far.status, far.body.error]).toEqual([422, 'deadline_too_far']);
    const twice = await assign({ lead: devReform.unitId, coHandlers: [devReform.unitId] });
    expect([twice.status, twice.body.error]).toEqual([400, 'invalid_input']);
    const noDay = await assign({ lead: devReform.unitId, deadline: '2025-02-30' });
    expect([noDay.status, noDay.body.message]).toEqual([400, 'Invalid input: /deadline 2025-02-30 is not a day of the calendar']);
    const noUnit = await assign({ lead: 999 });
    expect([noUnit.status, noUnit.body.error]).toEqual([404, 'unit_not_found']);

    // Assigned on 2025-02-10 (Beijing): three months to 2025-05-10.
    const assigned = await execute(t.runtime, assignProposal, { proposalId: id, lead: devReform.unitId, coHandlers: [finance.unitId] }, SYSTEM, new Date('2025-02-10T02:00:00Z'));
    expect([assigned.status, assigned.assignments.map((a) => [a.unitName, a.role, a.round, a.deadline, a.state])]).toEqual([
      'handling',
      [
        ['市发展和改革委员会', 'lead', 1, '2025-05-10', 'open'],
        ['市财政局', 'co', 1, '2025-05-10', 'open'],
      ],
    ]);
    const leadA = assigned.assignments[0]!;
    const coA = assigned.assignments[1]!;
    expect((await overdueAssignments(t.store.db, cppcc.sessionId, new Date('2025-05-10T15:00:00Z'))).length).toBe(0);
    expect((await overdueAssignments(t.store.db, cppcc.sessionId, new Date('2025-05-10T16:00:00Z'))).map((a) => a.unit_name)).toEqual(['市发展和改革委员会', '市财政局']);

    const mine = await t.call('GET', '/api/units/me/assignments', { token: devReform.token });
    expect([mine.status, mine.body.unit.name, mine.body.assignments.map((a: { id: number; proposal: { title: string } }) => [a.id, a.proposal.title])]).toEqual([200, '市发展和改革委员会', [[leadA.id, '关于设立科技创新基金的提案']]]);
    const notMine = await t.call('GET', `/api/units/me/assignments/${leadA.id}`, { token: other.token, headers: en });
    expect([notMine.status, notMine.body.error]).toEqual([404, 'assignment_not_found']);
    expect((await t.call('GET', '/api/units/me/assignments', { token: other.token })).body.assignments).toEqual([]);
    const detail = await t.call('GET', `/api/units/me/assignments/${leadA.id}`, { token: devReform.token });
    expect([detail.status, detail.body.proposal.body]).toEqual([200, '建议设立市级科技创新基金。']);
    const stolen = await t.call('POST', `/api/assignments/${leadA.id}/reply`, { token: other.token, body: { text: '已办理' }, headers: en });
    expect([stolen.status, stolen.body.error]).toEqual([404, 'assignment_not_found']);
    const unlinked = await t.call('GET', '/api/units/me/assignments', { token: await t.tokenFor('unit'), headers: en });
    expect([unlinked.status, unlinked.body.error, unlinked.body.message]).toEqual([404, 'unit_not_found', 'This account is not linked to a handling unit']);

    const early2 = await t.call('POST', `/api/proposals/${id}/evaluation`, { token: zheng, body: { rating: 'satisfied' }, headers: en });
    expect([early2.status, early2.body.error]).toEqual([409, 'proposal_wrong_state']);
    const coReply = await t.call('POST', `/api/assignments/${coA.id}/reply`, { token: finance.token, body: { text: '财政局会办意见：可从科技专项资金中统筹安排。' } });
    expect([coReply.status, coReply.body.state]).toEqual([200, 'replied']);
    expect((await t.call('GET', `/api/proposals/${id}`, { token: staff })).body.status).toBe('handling');
    const withOpinion = await t.call('GET', `/api/units/me/assignments/${leadA.id}`, { token: devReform.token });
    expect(withOpinion.body.coOpinions).toEqual([{ unitName: '市财政局', reply: '财政局会办意见：可从科技专项资金中统筹安排。', repliedAt: expect.any(String) }]);
    const leadReply = await t.call('POST', `/api/assignments/${leadA.id}/reply`, { token: devReform.token, body: { text: '答复：拟于年内设立市级科技创新基金。' } });
    expect([leadReply.status, leadReply.body.reply]).toEqual([200, '答复：拟于年内设立市级科技创新基金。']);
    const replyAgain = await t.call('POST', `/api/assignments/${leadA.id}/reply`, { token: devReform.token, body: { text: '再答复' }, headers: en });
    expect([replyAgain.status, replyAgain.body.error]).toEqual([409, 'assignment_not_open']);

    const notProposer = await t.call('POST', `/api/proposals/${id}/evaluation`, { token: sun, body: { rating: 'satisfied' }, headers: en });
    expect([notProposer.status, notProposer.body.error]).toEqual([403, 'not_lead_proposer']);
    const rehandleSatisfied = await t.call('POST', `/api/proposals/${id}/evaluation`, { token: zheng, body: { rating: 'basically-satisfied', rehandle: true }, headers: en });
    expect([rehandleSatisfied.status, rehandleSatisfied.body.error]).toEqual([422, 'rehandle_needs_not_satisfied']);
    const rehandle = await t.call('POST', `/api/proposals/${id}/evaluation`, { token: zheng, body: { rating: 'not-satisfied', comment: '答复未明确资金规模', rehandle: true } });
    expect([rehandle.status, rehandle.body.status, rehandle.body.evaluations.map((e: { round: number; ratingLabel: string; rehandle: boolean }) => [e.round, e.ratingLabel, e.rehandle])]).toEqual([201, 'handling', [[1, '不满意', true]]]);
    expect(rehandle.body.assignments.map((a: { round: number; role: string; state: string }) => [a.round, a.role, a.state])).toEqual([
      [1, 'lead', 'replied'],
      [1, 'co', 'replied'],
      [2, 'lead', 'open'],
      [2, 'co', 'open'],
    ]);
    const round2 = rehandle.body.assignments[2].id as number;
    await t.call('POST', `/api/assignments/${round2}/reply`, { token: devReform.token, body: { text: '补充答复：基金规模首期5亿元。' } });
    const satisfied = await t.call('POST', `/api/proposals/${id}/evaluation`, { token: zheng, body: { rating: 'satisfied' } });
    expect([satisfied.body.status, satisfied.body.evaluations.map((e: { round: number; rating: string }) => [e.round, e.rating])]).toEqual(['evaluated', [[1, 'not-satisfied'], [2, 'satisfied']]]);
    const stats = await t.call('GET', `/api/sessions/${cppcc.sessionId}/proposals/stats`, { token: staff });
    expect(stats.body.byUnit).toEqual([
      { unitId: devReform.unitId, unitName: '市发展和改革委员会', lead: 2, co: 0, open: 0, replied: 2 },
      { unitId: finance.unitId, unitName: '市财政局', lead: 0, co: 2, open: 1, replied: 1 },
    ]);
  });
});
