import { expect, it } from 'vitest';
import { describeStores } from '../../store/testing.js';
import { startTestApp } from '../../server/testing.js';
import { execute, SYSTEM } from '../../server/operation.js';
import { updateMembership } from '../registry/roster/updateMembership.js';
import { seedSitting } from './testing.js';

const en = { 'accept-language': 'en' };

describeStores('GET /api/meetings/:id/roster (the desk search)', (stores) => {
  it('finds members by name, card number and pinyin initials, each with their state', async () => {
    const t = await startTestApp(await stores.open());
    const s = await seedSitting(t.runtime, {
      rows: [
        { key: 'A001', name: '王小明', group: '经济界' },
        { key: 'A002', name: '曾国强', group: '经济界' },
        { key: 'A003', name: '单丽', group: '经济界' },
        { key: 'A010', name: '王晓', group: '经济界' },
        { key: 'B001', name: '解放', group: '教育界' },
        { key: 'B002', name: '区伟', group: '教育界' },
        { key: 'B003', name: '查_明', group: '教育界' },
      ],
    });
    const desk = await t.tokenFor('secretariat');
    const url = `/api/meetings/${s.meetingId}/roster`;
    const find = async (q: string) => (await t.call('GET', `${url}?q=${encodeURIComponent(q)}`, { token: desk })).body;
    const names = async (q: string) => (await find(q)).members.map((m: { name: string }) => m.name);

    expect((await t.call('GET', url)).status).toBe(401);
    expect((await t.call('GET', `${url}?limit=0`, { token: desk })).status).toBe(400);
    const presider = await t.tokenFor('presider');
    expect((await t.call('GET', url, { token: presider, headers: en })).body.message).toBe('Role "presider" lacks the permission "attendance.manage"');
    expect((await t.call('GET', '/api/meetings/999/roster', { token: desk })).body.error).toBe('meeting_not_found');

    await t.call('POST', `/api/meetings/${s.meetingId}/check-ins`, { token: desk, body: { key: 'A001' } });
    const wang = await find('王');
    expect(wang).toEqual({
      total: 2,
      members: [
        { membershipId: s.ids.A001, key: 'A001', name: '王小明', initials: 'wxm', groupName: '经济界', title: null, state: 'present', method: 'card', at: expect.any(String) },
        { membershipId: s.ids.A010, key: 'A010', name: '王晓', initials: 'wx', groupName: '经济界', title: null, state: 'absent', method: null, at: null },
      ],
    });
    expect(await names('wx')).toEqual(['王小明', '王晓']);
    expect(await names('WXM')).toEqual(['王小明']);
    // Polyphonic surnames as the roster's save path read them.
    expect(await names('zgq')).toEqual(['曾国强']);
    expect(await names('sl')).toEqual(['单丽']);
    expect(await names('xf')).toEqual(['解放']);
    expect(await names('ow')).toEqual(['区伟']);
    expect(await names('zm')).toEqual(['查_明']);
    // Card numbers by prefix, any case; LIKE's wildcards are only text.
    expect(await names('a00')).toEqual(['王小明', '曾国强', '单丽']);
    expect(await names('B002')).toEqual(['区伟']);
    expect(await names('_')).toEqual(['查_明']);
    expect(await names('%')).toEqual([]);
    expect((await find('')).total).toBe(7);
    const page = (await t.call('GET', `${url}?limit=2&offset=2`, { token: desk })).body;
    expect([page.total, page.members.map((m: { key: string }) => m.key)]).toEqual([7, ['A003', 'A010']]);

    // A member who no longer counts on the meeting's day is not offered.
    await execute(t.runtime, updateMembership, { membershipId: s.ids.A010!, status: 'resigned', endDate: '2025-01-01' }, SYSTEM);
    expect(await names('wx')).toEqual(['王小明']);
    // Renaming re-reads the initials.
    await execute(t.runtime, updateMembership, { membershipId: s.ids.B002!, name: '欧伟' }, SYSTEM);
    expect(await names('ow')).toEqual(['欧伟']);
  });
});
