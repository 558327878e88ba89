import { expect, it } from 'vitest';
import { describeStores } from '../../store/testing.js';
import { seedRegistry, startTestApp } from '../../server/testing.js';

describeStores('GET /api/terms/:id/members?q=', (stores) => {
  it('finds members by name, key prefix (any case) and pinyin initials, as the check-in desk does', async () => {
    const t = await startTestApp(await stores.open());
    const s = await seedRegistry(t.runtime);
    const rows = [
      { key: 'B010', name: '王小明', group: '经济界' },
      { key: 'B011', name: '王晓', group: '科技界' },
      { key: 'b100', name: '曾宪梓', group: '经济界' },
      { key: 'C50%', name: '李四' },
    ];
    const imported = await t.call('POST', `/api/terms/${s.termId}/roster/rows`, { token: t.adminToken, body: { rows } });
    expect(imported.status).toBe(201);
    const search = async (q: string, more = '') => {
      const res = await t.call('GET', `/api/terms/${s.termId}/members?q=${encodeURIComponent(q)}${more}`, { token: t.adminToken });
      expect(res.status).toBe(200);
      return { total: res.body.total as number, names: (res.body.members as { name: string }[]).map((m) => m.name) };
    };
    expect(await search('wx')).toEqual({ total: 2, names: ['王小明', '王晓'] });
    expect(await search('WXM')).toEqual({ total: 1, names: ['王小明'] });
    expect(await search('zxz')).toEqual({ total: 1, names: ['曾宪梓'] });
    expect(await search('王')).toEqual({ total: 2, names: ['王小明', '王晓'] });
    expect(await search('B01')).toEqual({ total: 2, names: ['王小明', '王晓'] });
    expect(await search('b0')).toEqual({ total: 2, names: ['王小明', '王晓'] });
    expect(await search('b1')).toEqual({ total: 1, names: ['曾宪梓'] });
    expect(await search('50%')).toEqual({ total: 0, names: [] });
    expect(await search('c50%')).toEqual({ total: 1, names: ['李四'] });
    expect(await search('  ')).toMatchObject({ total: 5 });
    expect(await search('wx', `&groupId=${s.groupId}`)).toEqual({ total: 1, names: ['王小明'] });
  });
});
