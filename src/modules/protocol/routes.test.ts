import { expect, it } from 'vitest';
import { describeStores } from '../../store/testing.js';
import { seedRegistry, startTestApp } from '../../server/testing.js';

const en = { 'accept-language': 'en' };

describeStores('protocol routes', (stores) => {
  it('protocol.setRanks: 401 → 400 → 403 → 404 → 422 → 200, replaces the table, and GET reads it', async () => {
    const t = await startTestApp(await stores.open());
    const s = await seedRegistry(t.runtime);
    const secretariat = await t.tokenFor('secretariat');
    const member = await t.tokenFor('member');
    const url = `/api/bodies/${s.bodyId}/ranks`;
    const put = (body: unknown, token?: string, to = url) => t.call('PUT', to, { ...(token ? { token } : {}), body, headers: en });
    const table = { ranks: [{ title: '主席', rank: 1 }, { title: '副主席', rank: 2 }, { title: '秘书长', rank: 3 }] };

    expect((await put(table)).status).toBe(401);
    const bad = await put({ ranks: [{ title: '主席', rank: -1 }] }, secretariat);
    expect([bad.status, bad.body.error, bad.body.message]).toEqual([400, 'invalid_input', 'Invalid input: body/ranks/0/rank must be >= 0']);
    const forbidden = await put(table, member);
    expect([forbidden.status, forbidden.body.message]).toEqual([403, 'Role "member" lacks the permission "meeting.manage"']);
    const missing = await put(table, secretariat, '/api/bodies/999/ranks');
    expect([missing.status, missing.body.error]).toEqual([404, 'body_not_found']);
    const twice = await put({ ranks: [{ title: '主席', rank: 1 }, { title: '主席', rank: 2 }] }, secretariat);
    expect([twice.status, twice.body.error, twice.body.message, twice.body.messages['zh-CN']]).toEqual([
      422,
      'duplicate_title',
      `The title "主席" appears twice in the rank table of body ${s.bodyId}`,
      `职务“主席”在机构 ${s.bodyId} 的职务排序表中出现了两次`,
    ]);

    const set = await put(table, secretariat);
    expect([set.status, set.body]).toEqual([200, { bodyId: s.bodyId, ranks: table.ranks }]);
    const replaced = await put({ ranks: [{ title: '常务委员', rank: 4 }, { title: '主席', rank: 1 }] }, secretariat);
    expect(replaced.body.ranks).toEqual([{ title: '主席', rank: 1 }, { title: '常务委员', rank: 4 }]);
    const presider = await t.tokenFor('presider');
    expect((await t.call('GET', url, { token: member })).status).toBe(403);
    const read = await t.call('GET', url, { token: presider });
    expect([read.status, read.body]).toEqual([200, { bodyId: s.bodyId, ranks: [{ title: '主席', rank: 1 }, { title: '常务委员', rank: 4 }] }]);
    expect((await t.call('GET', '/api/bodies/999/ranks', { token: presider })).status).toBe(404);
    const audit = await t.store.db.selectFrom('audit_log').select(['operation', 'body_id']).where('operation', '=', 'protocol.setRanks').execute();
    expect(audit).toEqual([{ operation: 'protocol.setRanks', body_id: s.bodyId }, { operation: 'protocol.setRanks', body_id: s.bodyId }]);
  });

  it('POST /api/protocol/sort: by strokes and by rank, each list stating its order', async () => {
    const t = await startTestApp(await stores.open());
    const s = await seedRegistry(t.runtime);
    const secretariat = await t.tokenFor('secretariat');
    const sort = (body: unknown, token?: string) => t.call('POST', '/api/protocol/sort', { ...(token ? { token } : {}), body, headers: en });
    expect((await sort({ names: ['王毅'], by: 'strokes' })).status).toBe(401);
    const bad = await sort({ names: ['王毅'], by: 'height' }, secretariat);
    expect([bad.status, bad.body.error]).toEqual([400, 'invalid_input']);
    const badDate = await sort({ names: [{ name: '王毅', since: 'last year' }], by: 'rank' }, secretariat);
    expect([badDate.status, badDate.body.error]).toEqual([400, 'invalid_input']);

    const strokes = await sort({ names: ['王东明', '王毅', '丁仲礼', '王晨'], by: 'strokes' }, secretariat);
    expect([strokes.status, strokes.body]).toEqual([200, { by: 'strokes', statement: '以姓氏笔画为序', statementEn: 'in stroke order of surnames', names: ['丁仲礼', '王晨', '王毅', '王东明'] }]);
    const noSingleFirst = await sort({ names: ['王东明', '王毅', '丁仲礼', '王晨'], by: 'strokes', singleFirst: false }, secretariat);
    expect(noSingleFirst.body.names).toEqual(['丁仲礼', '王东明', '王晨', '王毅']);

    await t.call('PUT', `/api/bodies/${s.bodyId}/ranks`, { token: secretariat, body: { ranks: [{ title: '主席', rank: 1 }, { title: '副主席', rank: 2 }] } });
    const people = [
      { name: '钱卫' },
      { name: '赵玉金', title: '副主席', since: '2023-01-12' },
      { name: '王英华', title: '副主席', since: '2023-01-12' },
      { name: '左小兵', title: '副主席', since: '2018-01-20' },
      { name: '葛文彤', title: '主席' },
      '司马红',
    ];
    const byRank = await sort({ names: people, by: 'rank', bodyId: s.bodyId }, secretariat);
    expect([byRank.status, byRank.body.statement, byRank.body.statementEn, byRank.body.names]).toEqual([
      200,
      '按职务排序',
      'in order of office',
      ['葛文彤', '左小兵', '王英华', '赵玉金', '司马红', '钱卫'],
    ]);
    expect(byRank.body.items[1]).toEqual({ name: '左小兵', title: '副主席', rank: 2, since: '2018-01-20' });
    expect(byRank.body.items[4]).toEqual({ name: '司马红', rank: null });

    const typo = await sort({ names: [{ name: '王英华', title: '付主席' }], by: 'rank', bodyId: s.bodyId }, secretariat);
    expect([typo.status, typo.body.error, typo.body.message]).toEqual([422, 'unknown_title', `The rank table of body ${s.bodyId} has no title "付主席" (王英华)`]);
    const noBody = await sort({ names: [{ name: '王英华', title: '主席' }], by: 'rank', bodyId: 999 }, secretariat);
    expect([noBody.status, noBody.body.error]).toEqual([404, 'body_not_found']);
    const noData = await sort({ names: ['王毅', '𠮷永林'], by: 'strokes' }, secretariat);
    expect([noData.status, noData.body.error, noData.body.message, noData.body.messages['zh-CN'], noData.body.details]).toEqual([
      422,
      'no_stroke_data',
      'Item 2: No stroke data for "𠮷" (U+20BB7), so "𠮷永林" cannot be sorted by strokes',
      '第 2 项：“𠮷”（U+20BB7）没有笔画数据，无法按笔画排序“𠮷永林”',
      { index: 1, name: '𠮷永林', character: '𠮷', codePoint: 'U+20BB7' },
    ]);
  });
});
