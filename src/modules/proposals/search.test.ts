import { expect, it } from 'vitest';
import { describeStores } from '../../store/testing.js';
import { startTestApp } from '../../server/testing.js';
import { padTokens } from '../voting/testing.js';
import { seedBodies } from './testing.js';
import { ftsPhrase, likePattern } from './search.js';

describeStores('proposal search', (stores) => {
  it('finds Chinese text by a 1-, 2- or 4-character term in title or body, with filters; LIKE wildcards and FTS syntax are plain text', async () => {
    const t = await startTestApp(await stores.open());
    const { cppcc } = await seedBodies(t.runtime);
    const staff = await t.tokenFor('secretariat');
    const url = `/api/sessions/${cppcc.sessionId}/proposals`;
    const items = [
      ['关于加快发展社区养老服务的提案', '建议建设嵌入式养老机构。', '社会建设'],
      ['关于推进垃圾分类的提案', '建议完善垃圾分类收运体系，提高100%覆盖率。', '生态文明建设'],
      ['关于优化营商环境的提案', '建议推行“一网通办”，减少养老保险转移手续。', '经济建设'],
    ] as const;
    for (const [title, body, category] of items) {
      const res = await t.call('POST', url, { token: staff, body: { kind: 'proposal', title, body, category, sourceKind: 'organisation', sourceName: '农工党云州市委员会' } });
      expect(res.status).toBe(201);
    }
    const titles = async (query: string) => {
      const res = await t.call('GET', `${url}?${query}`, { token: staff });
      expect(res.status).toBe(200);
      return res.body.proposals.map((p: { title: string }) => p.title);
    };
    expect(await titles(`q=${encodeURIComponent('养老')}`)).toEqual(['关于加快发展社区养老服务的提案', '关于优化营商环境的提案']);
    expect(await titles(`q=${encodeURIComponent('垃圾分类')}`)).toEqual(['关于推进垃圾分类的提案']);
    expect(await titles(`q=${encodeURIComponent('一网通办')}`)).toEqual(['关于优化营商环境的提案']);
    expect(await titles(`q=${encodeURIComponent('垃')}`)).toEqual(['关于推进垃圾分类的提案']);
    expect(await titles(`q=${encodeURIComponent('养老')}&category=${encodeURIComponent('社会建设')}`)).toEqual(['关于加快发展社区养老服务的提案']);
    expect(await titles(`q=${encodeURIComponent('%')}`)).toEqual(['关于推进垃圾分类的提案']);
    expect(await titles(`q=${encodeURIComponent('"养老" OR 垃圾')}`)).toEqual([]);
    expect(await titles(`q=${encodeURIComponent('航天')}`)).toEqual([]);
    const all = await t.call('GET', `${url}?limit=2`, { token: staff });
    expect([all.body.total, all.body.proposals.map((p: { numberText: string }) => p.numberText)]).toEqual([3, ['第0001号', '第0002号']]);
    const member = await t.tokenFor('member');
    expect((await t.call('GET', url, { token: member })).status).toBe(200);
    expect((await t.call('GET', url, { token: await t.tokenFor('unit') })).status).toBe(403);
    expect((await t.call('GET', `/api/sessions/999/proposals`, { token: staff })).body.error).toBe('session_not_found');
  });

  it("lists a member's own proposals (lead or co-proposer) by signer, each row with its lead proposer's name", async () => {
    const t = await startTestApp(await stores.open());
    const { cppcc } = await seedBodies(t.runtime);
    const m = cppcc.members;
    const [zheng, sun] = await padTokens(t.runtime, [m['郑安']!, m['孙若兰']!]);
    const url = `/api/sessions/${cppcc.sessionId}/proposals`;
    const base = { kind: 'proposal', body: '建议如下。', category: '其他' };
    await t.call('POST', url, { token: zheng, body: { ...base, title: '郑安领衔的提案', sourceKind: 'member', signers: [m['郑安']] } });
    await t.call('POST', url, { token: sun, body: { ...base, title: '孙若兰领衔的联名提案', sourceKind: 'joint', signers: [m['孙若兰'], m['郑安'], m['吴志远']] } });
    await t.call('POST', url, { token: sun, body: { ...base, title: '孙若兰独自的提案', sourceKind: 'member', signers: [m['孙若兰']] } });
    await t.call('POST', url, { token: await t.tokenFor('secretariat'), body: { ...base, title: '民建的提案', sourceKind: 'organisation', sourceName: '民建云州市委员会' } });
    const rows = async (query: string) => {
      const res = await t.call('GET', `${url}?${query}`, { token: zheng });
      expect(res.status).toBe(200);
      return [res.body.total, res.body.proposals.map((p: { title: string; lead: string | null; signerCount: number }) => [p.title, p.lead, p.signerCount])];
    };
    expect(await rows(`signer=${m['郑安']}`)).toEqual([2, [['郑安领衔的提案', '郑安', 1], ['孙若兰领衔的联名提案', '孙若兰', 3]]]);
    expect(await rows(`signer=${m['吴志远']}&sourceKind=joint`)).toEqual([1, [['孙若兰领衔的联名提案', '孙若兰', 3]]]);
    expect(await rows(`signer=${m['孙若兰']}&q=${encodeURIComponent('独自')}`)).toEqual([1, [['孙若兰独自的提案', '孙若兰', 1]]]);
    expect(await rows('')).toEqual([4, [['郑安领衔的提案', '郑安', 1], ['孙若兰领衔的联名提案', '孙若兰', 3], ['孙若兰独自的提案', '孙若兰', 1], ['民建的提案', null, 0]]]);
    expect(await rows('signer=999')).toEqual([0, []]);
  });

  it('escapes what LIKE and FTS5 would read as syntax', () => {
    expect(likePattern('10%_a\\')).toBe('%10\\%\\_a\\\\%');
    expect(ftsPhrase('a"b')).toBe('"a""b"');
  });
});
