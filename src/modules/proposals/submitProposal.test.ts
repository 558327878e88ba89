import { expect, it } from 'vitest';
import { describeStores } from '../../store/testing.js';
import { startTestApp } from '../../server/testing.js';
import { auditOf, en } from '../meetings/testing.js';
import { padTokens } from '../voting/testing.js';
import { seedBodies } from './testing.js';

describeStores('proposals.submitProposal', (stores) => {
  it('takes a member\'s own proposal, numbered per session and kind; refuses the wrong caller, source, signer, category or body', async () => {
    const t = await startTestApp(await stores.open());
    const s = await seedBodies(t.runtime);
    const { cppcc, congress } = s;
    const [zheng, sun] = await padTokens(t.runtime, [cppcc.members['郑安']!, cppcc.members['孙若兰']!]);
    const url = `/api/sessions/${cppcc.sessionId}/proposals`;
    const own = { kind: 'proposal', title: '关于加快发展社区养老服务的提案', body: '建议在各街道建设社区养老服务中心。', category: '社会建设', sourceKind: 'member', signers: [cppcc.members['郑安']] };

    expect((await t.call('POST', url, { body: own })).status).toBe(401);
    const bad = await t.call('POST', url, { token: zheng, body: { ...own, title: '' }, headers: en });
    expect([bad.status, bad.body.error, bad.body.message]).toEqual([400, 'invalid_input', 'Invalid input: body/title must NOT have fewer than 1 characters']);
    const screen = await t.tokenFor('screen');
    const forbidden = await t.call('POST', url, { token: screen, body: own, headers: en });
    expect([forbidden.status, forbidden.body.message]).toEqual([403, 'Role "screen" lacks the permission "proposals.submit"']);
    const forOther = await t.call('POST', url, { token: sun, body: own, headers: en });
    expect([forOther.status, forOther.body.error]).toEqual([403, 'not_lead_proposer']);
    const asGroup = await t.call('POST', url, { token: zheng, body: { ...own, sourceKind: 'group', groupId: cppcc.groupIds['经济界'] }, headers: en });
    expect([asGroup.status, asGroup.body.error]).toEqual([403, 'member_source_only']);
    const category = await t.call('POST', url, { token: zheng, body: { ...own, category: '体育' }, headers: en });
    expect([category.status, category.body.error, category.body.message]).toEqual([422, 'unknown_category', 'The category "体育" is not one of the body\'s categories (经济建设, 政治建设, 文化建设, 社会建设, 生态文明建设, 其他)']);
    const outsider = await t.call('POST', url, { token: zheng, body: { ...own, sourceKind: 'joint', signers: [cppcc.members['郑安'], congress.members['林晓东']] }, headers: en });
    expect([outsider.status, outsider.body.error]).toEqual([422, 'signer_not_member']);
    const shape = await t.call('POST', url, { token: zheng, body: { ...own, sourceKind: 'joint' }, headers: en });
    expect([shape.status, shape.body.message]).toEqual([400, 'Invalid input: /sourceKind a joint source has two or more signers']);
    const wrongBody = await t.call('POST', `/api/sessions/${congress.sessionId}/proposals`, { token: zheng, body: own, headers: en });
    expect([wrongBody.status, wrongBody.body.error]).toEqual([422, 'proposal_kind_not_for_body']);
    expect(await t.store.db.selectFrom('proposals').select('id').execute()).toEqual([]);

    const first = await t.call('POST', url, { token: zheng, body: { ...own, attachments: [{ name: '调研报告', text: '全市60岁以上人口占比21%。' }] } });
    expect(first.status).toBe(201);
    expect(first.body).toEqual({
      id: first.body.id,
      bodyId: cppcc.bodyId,
      sessionId: cppcc.sessionId,
      kind: 'proposal',
      number: 1,
      numberText: '第0001号',
      title: '关于加快发展社区养老服务的提案',
      category: '社会建设',
      sourceKind: 'member',
      groupId: null,
      sourceName: null,
      status: 'submitted',
      mergedIntoId: null,
      submittedAt: expect.stringMatching(/^\d{4}-/),
      body: '建议在各街道建设社区养老服务中心。',
      attachments: [{ name: '调研报告', text: '全市60岁以上人口占比21%。' }],
      signers: [{ membershipId: cppcc.members['郑安'], name: '郑安', group: '经济界' }],
      review: null,
      decision: null,
      assignments: [],
      evaluations: [],
    });
    const joint = await t.call('POST', url, { token: sun, body: { ...own, title: '关于职业教育产教融合的提案', sourceKind: 'joint', signers: [cppcc.members['孙若兰'], cppcc.members['吴志远'], cppcc.members['郑安']] } });
    expect([joint.status, joint.body.numberText, joint.body.signers.map((x: { name: string }) => x.name)]).toEqual([201, '第0002号', ['孙若兰', '吴志远', '郑安']]);
    const staff = await t.tokenFor('secretariat');
    const party = await t.call('POST', url, { token: staff, body: { ...own, title: '关于民营经济发展的提案', category: '经济建设', sourceKind: 'organisation', signers: [], sourceName: '民建云州市委员会' } });
    expect([party.status, party.body.numberText, party.body.sourceName]).toEqual([201, '第0003号', '民建云州市委员会']);
    const otherGroup = await t.call('POST', url, { token: staff, body: { ...own, sourceKind: 'group', signers: [], groupId: congress.groupIds['青山区代表团'] } });
    expect([otherGroup.status, otherGroup.body.error]).toEqual([404, 'group_not_found']);
    expect((await auditOf(t.runtime, 'proposals.submitProposal')).map((a) => [a.bodyId, (a.payload as { number: number }).number])).toEqual([[cppcc.bodyId, 1], [cppcc.bodyId, 2], [cppcc.bodyId, 3]]);
  });

  it('numbers proposals submitted at the same moment one after another, none refused', async () => {
    const t = await startTestApp(await stores.open());
    const { cppcc } = await seedBodies(t.runtime);
    const staff = await t.tokenFor('secretariat');
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        t.call('POST', `/api/sessions/${cppcc.sessionId}/proposals`, {
          token: staff,
          body: { kind: 'proposal', title: `关于第${i + 1}件事的提案`, body: '建议如下。', category: '其他', sourceKind: 'organisation', signers: [], sourceName: '民建云州市委员会' },
        }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(12).fill(201));
    expect(answers.map((a) => a.body.number).sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    const stored = await t.store.db.selectFrom('proposals').select('number').orderBy('number').execute();
    expect(stored.map((r) => r.number)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  });

  it('checks a bill\'s joint-signature minimum (10 in a city, or the body setting) and numbers bills and suggestions apart', async () => {
    const t = await startTestApp(await stores.open());
    const { congress } = await seedBodies(t.runtime);
    const [lin] = await padTokens(t.runtime, [congress.members['林晓东']!]);
    const url = `/api/sessions/${congress.sessionId}/proposals`;
    const deputies = ['林晓东', '王雨桐', '陈立', '赵一鸣'].map((n) => congress.members[n]);
    const bill = { kind: 'bill', title: '关于制定云州市湿地保护条例的议案', body: '建议市人大常委会制定湿地保护条例。', category: '生态文明建设', sourceKind: 'joint', signers: deputies };

    const short = await t.call('POST', url, { token: lin, body: bill, headers: en });
    expect([short.status, short.body.error, short.body.message]).toEqual([422, 'bill_short_of_signatures', 'A bill needs 10 or more deputies jointly; this one has 4 signers']);
    const shortZh = await t.call('POST', url, { token: lin, body: bill });
    expect(shortZh.body.message).toBe('议案须由代表10人以上联名提出，本议案仅有4人署名');
    const resigned = await t.call('POST', url, { token: lin, body: { ...bill, signers: [...deputies, congress.members['周小禾']] }, headers: en });
    expect([resigned.status, resigned.body.error]).toEqual([422, 'signer_not_member']);

    const settings = await t.call('PUT', `/api/bodies/${congress.bodyId}/proposal-settings`, { token: t.adminToken, body: { billMinSigners: 4 } });
    expect(settings.body).toEqual({ bodyId: congress.bodyId, categories: ['经济建设', '政治建设', '文化建设', '社会建设', '生态文明建设', '其他'], billMinSigners: 4 });
    const ok = await t.call('POST', url, { token: lin, body: bill });
    expect([ok.status, ok.body.kind, ok.body.numberText, ok.body.status]).toEqual([201, 'bill', '第0001号', 'submitted']);
    const suggestion = await t.call('POST', url, { token: lin, body: { ...bill, kind: 'suggestion', title: '关于增设公交线路的建议', sourceKind: 'member', signers: [deputies[0]] } });
    expect([suggestion.status, suggestion.body.numberText]).toEqual([201, '第0001号']);
    const review = await t.call('POST', `/api/proposals/${ok.body.id}/review`, { token: t.adminToken, body: { outcome: 'filed' }, headers: en });
    expect([review.status, review.body.error]).toEqual([422, 'bill_goes_to_presidium']);
    const noNote = await t.call('POST', `/api/proposals/${ok.body.id}/presidium-decision`, { token: t.adminToken, body: { decision: 'referred' }, headers: en });
    expect([noNote.status, noNote.body.message]).toEqual([400, 'Invalid input: /note is required for this outcome']);
    const decided = await t.call('POST', `/api/proposals/${ok.body.id}/presidium-decision`, { token: t.adminToken, body: { decision: 'referred', note: '交法制委员会审议' } });
    expect([decided.status, decided.body.status, decided.body.decision]).toEqual([200, 'referred', { decision: 'referred', note: '交法制委员会审议', by: expect.stringContaining('admin'), at: expect.any(String) }]);
    const again = await t.call('POST', `/api/proposals/${ok.body.id}/presidium-decision`, { token: t.adminToken, body: { decision: 'on-agenda' }, headers: en });
    expect([again.status, again.body.error, again.body.message]).toEqual([409, 'proposal_wrong_state', `bill 1 (id ${ok.body.id}) is referred; it cannot be decided again`]);
    const notBill = await t.call('POST', `/api/proposals/${suggestion.body.id}/presidium-decision`, { token: t.adminToken, body: { decision: 'on-agenda' } });
    expect([notBill.status, notBill.body.error]).toEqual([422, 'not_a_bill']);
  });
});
