import { expect, it } from 'vitest';
import { describeStores } from '../../store/testing.js';
import type { PlenumEvent } from '../../server/events.js';
import { startTestApp } from '../../server/testing.js';
import { auditOf, en, seedSitting } from './testing.js';

describeStores('meetings.setRostrum', (stores) => {
  it('walks 401 → 400 → 403 → 404 → 422 → 200, stores the rows in order and shows them in the meeting', async () => {
    const t = await startTestApp(await stores.open());
    const s = await seedSitting(t.runtime);
    const seen: PlenumEvent[] = [];
    t.runtime.events.subscribe((e) => seen.push(e));
    const secretariat = await t.tokenFor('secretariat');
    const presider = await t.tokenFor('presider');
    const meetingId = s.congress.meetingId;
    const m = s.congress.members;
    const url = `/api/meetings/${meetingId}/rostrum`;
    const put = (body: unknown, token?: string, to = url) => t.call('PUT', to, { ...(token ? { token } : {}), body, headers: en });
    const rostrum = {
      rows: [
        [{ name: '高远', title: '市委书记' }, { membershipId: m['林晓东'] }, { membershipId: s.cppcc.members['郑安'] }],
        [{ membershipId: m['王雨桐'] }, { membershipId: m['陈立'] }],
      ],
    };

    expect((await put(rostrum)).status).toBe(401);
    const bad = await put({ rows: [[{ name: '高远' }]] }, secretariat);
    expect(bad.status).toBe(400);
    expect(bad.body.error).toBe('invalid_input');
    const emptyRow = await put({ rows: [[]] }, secretariat);
    expect([emptyRow.status, emptyRow.body.message]).toEqual([400, 'Invalid input: body/rows/0 must NOT have fewer than 1 items']);
    const forbidden = await put(rostrum, presider);
    expect([forbidden.status, forbidden.body.message]).toEqual([403, 'Role "presider" lacks the permission "meeting.manage"']);
    expect((await put(rostrum, secretariat, '/api/meetings/999/rostrum')).body.error).toBe('meeting_not_found');
    const noMember = await put({ rows: [[{ membershipId: 999 }]] }, secretariat);
    expect([noMember.status, noMember.body.error]).toEqual([404, 'membership_not_found']);
    const twice = await put({ rows: [[{ membershipId: m['林晓东'] }], [{ membershipId: m['陈立'] }, { membershipId: m['林晓东'] }]] }, secretariat);
    expect([twice.status, twice.body.error, twice.body.message, twice.body.messages['zh-CN']]).toEqual([
      422,
      'rostrum_person_repeated',
      `Membership ${m['林晓东']} at row 2, place 2 is already seated at 第1排第1位`,
      `主席台第2排第2位的成员资格 ${m['林晓东']}已在第1排第1位`,
    ]);
    expect(await t.store.db.selectFrom('rostrum_seats').selectAll().execute()).toEqual([]);

    const set = await put(rostrum, secretariat);
    expect(set.status).toBe(200);
    const expected = [
      {
        row: 1,
        people: [
          { membershipId: null, name: '高远', title: '市委书记', groupName: null, bodyName: null },
          { membershipId: m['林晓东'], name: '林晓东', title: '常委会主任', groupName: '青山区代表团', bodyName: '云州市人民代表大会' },
          { membershipId: s.cppcc.members['郑安'], name: '郑安', title: '主席', groupName: '经济界', bodyName: '政协云州市委员会' },
        ],
      },
      {
        row: 2,
        people: [
          { membershipId: m['王雨桐'], name: '王雨桐', title: '常委会副主任', groupName: '云湖区代表团', bodyName: '云州市人民代表大会' },
          { membershipId: m['陈立'], name: '陈立', title: '常委会副主任', groupName: '青山区代表团', bodyName: '云州市人民代表大会' },
        ],
      },
    ];
    expect(set.body).toEqual({ bodyId: s.congress.bodyId, meetingId, rostrum: expected });
    const detail = await t.call('GET', `/api/meetings/${meetingId}`, { token: presider });
    expect(detail.body.rostrum).toEqual(expected);
    expect(await auditOf(t.runtime, 'meetings.setRostrum')).toEqual([{ actor: expect.stringMatching(/^account:\d+ \(/), bodyId: s.congress.bodyId, payload: { meetingId, ...rostrum } }]);
    expect(seen.filter((e) => e.type === 'meeting.rostrumSet')).toEqual([{ type: 'meeting.rostrumSet', bodyId: s.congress.bodyId, meetingId, data: { meetingId, seats: 5 } }]);

    // The seating module's rostrum chart seats it as set: two rows of three and two.
    const chart = await t.call('GET', `/api/meetings/${meetingId}/rostrum.html`, { token: presider });
    expect(chart.text).toContain('第1排 Row 1');
    expect(chart.text).toContain('第2排 Row 2');
    expect(chart.text).not.toContain('第3排');
    for (const name of ['高远', '林晓东', '郑安', '王雨桐', '陈立']) expect(chart.text).toContain(name);

    // Replaced whole; an empty list clears it.
    const cleared = await put({ rows: [] }, secretariat);
    expect([cleared.status, cleared.body.rostrum]).toEqual([200, []]);
    expect(await t.store.db.selectFrom('rostrum_seats').selectAll().execute()).toEqual([]);
  });
});
