import { expect, it } from 'vitest';
import { describeStores } from '../../store/testing.js';
import { startTestApp } from '../../server/testing.js';
import { en } from '../meetings/testing.js';
import { padTokens } from '../voting/testing.js';
import { seedBodies } from './testing.js';
import { coProposers } from './coProposers.js';

describeStores('GET /api/sessions/:id/co-proposers', (stores) => {
  it("finds the term's active members by name or pinyin initials, without the caller; names, groups and memberships only", async () => {
    const t = await startTestApp(await stores.open());
    const { cppcc, congress } = await seedBodies(t.runtime);
    const [zheng, sun, lin] = (await padTokens(t.runtime, [cppcc.members['郑安']!, cppcc.members['孙若兰']!, congress.members['林晓东']!])) as [string, string, string];
    const find = async (token: string, sessionId: number, q?: string) => {
      const res = await t.call('GET', `/api/sessions/${sessionId}/co-proposers${q === undefined ? '' : `?q=${encodeURIComponent(q)}`}`, { token });
      return [res.status, res.body];
    };

    expect(await find(zheng, cppcc.sessionId)).toEqual([
      200,
      [
        { membershipId: cppcc.members['孙若兰'], name: '孙若兰', group: '经济界' },
        { membershipId: cppcc.members['吴志远'], name: '吴志远', group: '教育界' },
      ],
    ]);
    expect(await find(zheng, cppcc.sessionId, 'wzy')).toEqual([200, [{ membershipId: cppcc.members['吴志远'], name: '吴志远', group: '教育界' }]]);
    expect(await find(zheng, cppcc.sessionId, '若兰')).toEqual([200, [{ membershipId: cppcc.members['孙若兰'], name: '孙若兰', group: '经济界' }]]);
    expect(await find(sun, cppcc.sessionId, 'ZA')).toEqual([200, [{ membershipId: cppcc.members['郑安'], name: '郑安', group: '经济界' }]]);
    expect(await find(zheng, cppcc.sessionId, '郑安')).toEqual([200, []]);
    expect(await find(zheng, cppcc.sessionId, '林晓东')).toEqual([200, []]);
    // A member of one body does not browse another's roster.
    const away = await t.call('GET', `/api/sessions/${congress.sessionId}/co-proposers`, { token: zheng, headers: en });
    expect([away.status, away.body.error, away.body.message]).toEqual([403, 'not_member_of_term', `You are not an active member of the term of session ${congress.sessionId}, so you cannot look for co-proposers there`]);
    // A resigned deputy is no longer among those who may sign.
    expect(await find(lin, congress.sessionId, '周小禾')).toEqual([200, []]);
    expect((await find(lin, congress.sessionId, 'wyt'))[1]).toEqual([{ membershipId: congress.members['王雨桐'], name: '王雨桐', group: '云湖区代表团' }]);

    const staff = await t.tokenFor('secretariat');
    expect(((await find(staff, cppcc.sessionId))[1] as { name: string }[]).map((m) => m.name)).toEqual(['郑安', '孙若兰', '吴志远']);
    expect((await find(await t.tokenFor('screen'), cppcc.sessionId))[0]).toBe(403);
    expect((await find(await t.tokenFor('unit'), cppcc.sessionId))[0]).toBe(403);
    expect(await find(zheng, 999)).toEqual([404, expect.objectContaining({ error: 'session_not_found' })]);
    expect((await coProposers(t.store.db, cppcc.termId, undefined, null, 2)).map((m) => m.name)).toEqual(['郑安', '孙若兰']);
  });
});
