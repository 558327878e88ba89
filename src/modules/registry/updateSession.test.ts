import { expect, it } from 'vitest';
import { describeStores } from '../../store/testing.js';
import { startTestApp } from '../../server/testing.js';
import { auditOf, en, seedSitting } from '../meetings/testing.js';

describeStores('registry.updateSession', (stores) => {
  it('walks 401 → 400 → 403 → 404 → 422 → 200 and stores the dates with their audit entry', async () => {
    const t = await startTestApp(await stores.open());
    const s = await seedSitting(t.runtime);
    const secretariat = await t.tokenFor('secretariat');
    const presider = await t.tokenFor('presider');
    const id = s.congress.sessionId;
    const url = `/api/sessions/${id}`;
    const patch = (body: unknown, token?: string, to = url, headers: Record<string, string> = en) => t.call('PATCH', to, { ...(token ? { token } : {}), body, headers });
    const dates = { startDate: '2025-01-09', endDate: '2025-01-12' };

    expect((await patch(dates)).body.error).toBe('unauthenticated');

    const bad = await patch({ startDate: '9 January' }, secretariat);
    expect([bad.status, bad.body.error]).toEqual([400, 'invalid_input']);
    const extra = await patch({ ...dates, ordinal: 4 }, secretariat);
    expect([extra.status, extra.body.error]).toEqual([400, 'invalid_input']);

    const forbidden = await patch(dates, presider);
    expect([forbidden.status, forbidden.body.message]).toEqual([403, 'Role "presider" lacks the permission "registry.manage"']);

    const missing = await patch(dates, secretariat, '/api/sessions/999');
    expect([missing.status, missing.body.error, missing.body.message]).toEqual([404, 'session_not_found', 'Session 999 does not exist']);

    const backwards = await patch({ startDate: '2025-01-12', endDate: '2025-01-09' }, secretariat);
    expect([backwards.status, backwards.body.error, backwards.body.message, backwards.body.messages['zh-CN']]).toEqual([
      422,
      'session_dates_invalid',
      `Session ${id} cannot end on 2025-01-09, before it starts on 2025-01-12`,
      `会议(次) ${id} 的闭幕日期 2025-01-09 早于开幕日期 2025-01-12`,
    ]);
    const nothing = await patch({}, secretariat);
    expect([nothing.status, nothing.body.error, nothing.body.message]).toEqual([422, 'nothing_to_update', `Nothing to change: give session ${id} a startDate or an endDate`]);
    expect(await auditOf(t.runtime, 'registry.updateSession')).toEqual([]);

    const ok = await patch(dates, secretariat);
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({
      id,
      bodyId: s.congress.bodyId,
      termId: s.congress.termId,
      termOrdinal: 16,
      ordinal: 3,
      name: '云州市第十六届人民代表大会第三次会议',
      shortName: '十六届人大三次会议',
      nameEn: "Third Session of the 16th Yunzhou People's Congress",
      ...dates,
    });
    const row = await t.store.db.selectFrom('sessions').select(['start_date', 'end_date']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toEqual({ start_date: '2025-01-09', end_date: '2025-01-12' });
    expect(await auditOf(t.runtime, 'registry.updateSession')).toEqual([{ actor: expect.stringMatching(/^account:\d+ \(secretariat-1\)$/), bodyId: s.congress.bodyId, payload: { sessionId: id, ...dates } }]);

    // One date alone is checked against the other as stored; null clears a date.
    const early = await patch({ endDate: '2025-01-08' }, secretariat);
    expect([early.status, early.body.error]).toEqual([422, 'session_dates_invalid']);
    const cleared = await patch({ startDate: null, endDate: '2025-01-08' }, secretariat);
    expect([cleared.status, cleared.body.startDate, cleared.body.endDate]).toEqual([200, null, '2025-01-08']);
    expect((await t.call('GET', url, { token: secretariat })).body).toMatchObject({ startDate: null, endDate: '2025-01-08' });
  });
});
