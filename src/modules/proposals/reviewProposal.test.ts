import { expect, it } from 'vitest';
import { describeStores } from '../../store/testing.js';
import { startTestApp, type TestApp } from '../../server/testing.js';
import { auditOf, en } from '../meetings/testing.js';
import { seedBodies } from './testing.js';

async function submitted(t: TestApp, token: string, sessionId: number, title: string): Promise<number> {
  const res = await t.call('POST', `/api/sessions/${sessionId}/proposals`, { token, body: { kind: 'proposal', title, body: `${title}的内容。`, category: '经济建设', sourceKind: 'organisation', sourceName: '民盟云州市委员会' } });
  if (res.status !== 201) throw new Error(res.text);
  return res.body.id as number;
}

describeStores('proposals.reviewProposal', (stores) => {
  it('files, declines with a set reason, merges into a proposal of the session, passes on as a letter or opinion; refuses a second review', async () => {
    const t = await startTestApp(await stores.open());
    const { cppcc } = await seedBodies(t.runtime);
    const staff = await t.tokenFor('secretariat');
    const committee = await t.tokenFor('committee');
    const ids = [];
    for (const title of ['关于优化营商环境的提案', '关于学术伦理的提案', '关于减少审批环节的提案', '关于某小区物业纠纷的提案', '关于群众反映停车难的提案']) ids.push(await submitted(t, staff, cppcc.sessionId, title));
    const [a, b, c, d, e] = ids as [number, number, number, number, number];
    const review = (id: number, body: unknown, token = committee) => t.call('POST', `/api/proposals/${id}/review`, { token, body, headers: en });

    const member = await t.tokenFor('member');
    const forbidden = await review(a, { outcome: 'filed' }, member);
    expect([forbidden.status, forbidden.body.message]).toEqual([403, 'Role "member" lacks the permission "proposals.review"']);
    const badReason = await review(b, { outcome: 'declined', reason: 'boring' });
    expect([badReason.status, badReason.body.error]).toEqual([400, 'invalid_input']);
    const noReason = await review(b, { outcome: 'declined' });
    expect([noReason.status, noReason.body.message]).toEqual([400, 'Invalid input: /reason is required for this outcome']);
    const otherNoNote = await review(b, { outcome: 'declined', reason: 'other' });
    expect([otherNoNote.status, otherNoNote.body.message]).toEqual([400, 'Invalid input: /note is required for this outcome']);
    const stray = await review(a, { outcome: 'filed', reason: 'academic' });
    expect([stray.status, stray.body.message]).toEqual([400, 'Invalid input: /reason is not taken by the outcome filed']);
    const self = await review(c, { outcome: 'merged', mergeInto: c });
    expect([self.status, self.body.error, self.body.message]).toEqual([422, 'merge_target_invalid', `Proposal ${c} cannot be merged into ${c}: not into itself`]);

    const filed = await review(a, { outcome: 'filed' });
    expect([filed.status, filed.body.status, filed.body.review]).toEqual([200, 'filed', { outcome: 'filed', reason: null, reasonLabel: null, note: null, by: expect.stringMatching(/^account:\d+ \(committee-\d+\)$/), at: expect.any(String) }]);
    const declined = await review(b, { outcome: 'declined', reason: 'academic', note: '属于学术探讨，建议通过学术渠道反映' });
    expect([declined.body.status, declined.body.review.reason, declined.body.review.reasonLabel]).toEqual(['declined', 'academic', '属于学术探讨']);
    const intoDeclined = await review(c, { outcome: 'merged', mergeInto: b });
    expect([intoDeclined.status, intoDeclined.body.error]).toEqual([422, 'merge_target_invalid']);
    const merged = await review(c, { outcome: 'merged', mergeInto: a });
    expect([merged.body.status, merged.body.mergedIntoId]).toEqual(['merged', a]);
    expect((await review(d, { outcome: 'letter', note: '转市住建局参考' })).body.status).toBe('letter');
    expect((await review(e, { outcome: 'opinion' })).body.status).toBe('opinion');

    const again = await review(a, { outcome: 'declined', reason: 'academic' });
    expect([again.status, again.body.error, again.body.message]).toEqual([409, 'proposal_wrong_state', `proposal 1 (id ${a}) is filed; it cannot be reviewed again`]);
    const againZh = await t.call('POST', `/api/proposals/${a}/review`, { token: committee, body: { outcome: 'filed' } });
    expect(againZh.body.message).toBe(`提案第0001号（${a}）已立案，不能再次审查`);
    const missing = await review(4242, { outcome: 'filed' });
    expect([missing.status, missing.body.error]).toEqual([404, 'proposal_not_found']);
    expect((await auditOf(t.runtime, 'proposals.reviewProposal')).map((x) => (x.payload as { outcome: string }).outcome)).toEqual(['filed', 'declined', 'merged', 'letter', 'opinion']);
  });
});
