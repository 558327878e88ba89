import { expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { describeStores } from '../../store/testing.js';
import { startTestApp } from '../../server/testing.js';
import { en, seedSitting } from '../meetings/testing.js';

const LAYOUT = { name: '人民会堂', blocks: [{ name: '左区', rows: [2, 2] }, { name: '右区', rows: [3] }], order: 'blocks' };

describeStores('seating routes', (stores) => {
  it('POST /api/protocol/rostrum: 401 → 400 → 403 → 422 → the chart', async () => {
    const t = await startTestApp(await stores.open());
    const viewer = await t.tokenFor('presider');
    const screen = await t.tokenFor('screen');
    const post = (body: unknown, token?: string) => t.call('POST', '/api/protocol/rostrum', { ...(token ? { token } : {}), body, headers: en });
    expect((await post({ seats: [3] })).status).toBe(401);
    const bad = await post({ seats: [0] }, viewer);
    expect([bad.status, bad.body.error]).toEqual([400, 'invalid_input']);
    const forbidden = await post({ seats: [3] }, screen);
    expect([forbidden.status, forbidden.body.message]).toEqual([403, 'Role "screen" lacks the permission "registry.view"']);
    const short = await post({ seats: [3], names: ['甲', '乙'] }, viewer);
    expect([short.status, short.body.error, short.body.message]).toEqual([422, 'names_do_not_fit_rostrum', 'The rostrum has 3 seats and the list 2 names; they must be equal']);
    const ok = await post({ seats: [3, 2], names: ['甲', '乙', '丙', '丁', '戊'] }, viewer);
    expect([ok.status, ok.body]).toEqual([
      200,
      {
        convention: 'left-first',
        rows: [
          { row: 1, seats: [{ rank: 3, name: '丙' }, { rank: 1, name: '甲' }, { rank: 2, name: '乙' }] },
          { row: 2, seats: [{ rank: 4, name: '丁' }, { rank: 5, name: '戊' }] },
        ],
      },
    ]);
    const mirrored = await post({ seats: [4], convention: 'right-first' }, viewer);
    expect(mirrored.body.rows[0].seats.map((s: { rank: number }) => s.rank)).toEqual([4, 2, 1, 3]);
  });

  it("a meeting's rostrum and name cards from its presiding roles, in protocol order", async () => {
    const t = await startTestApp(await stores.open());
    const s = await seedSitting(t.runtime);
    const m = s.congress.members;
    const id = s.congress.meetingId;
    const secretariat = await t.tokenFor('secretariat');
    const viewer = await t.tokenFor('presider');
    const screen = await t.tokenFor('screen');

    const empty = await t.call('GET', `/api/meetings/${id}/rostrum.svg`, { token: viewer, headers: en });
    expect([empty.status, empty.body.error]).toEqual([422, 'rostrum_empty']);
    await t.call('PUT', `/api/meetings/${id}/presiding`, { token: secretariat, body: { presider: m['林晓东'], executiveChairs: [m['王雨桐'], m['陈立']], standingChair: m['赵一鸣'] } });

    expect((await t.call('GET', `/api/meetings/${id}/rostrum.svg`)).status).toBe(401);
    expect((await t.call('GET', `/api/meetings/${id}/rostrum.svg`, { token: screen })).status).toBe(403);
    expect((await t.call('GET', `/api/meetings/${id}/rostrum.svg?seats=0`, { token: viewer })).status).toBe(400);
    expect((await t.call('GET', `/api/meetings/999/rostrum.svg`, { token: viewer })).status).toBe(404);
    const misfit = await t.call('GET', `/api/meetings/${id}/rostrum.html?seats=3`, { token: viewer, headers: en });
    expect([misfit.status, misfit.body.message]).toEqual([422, 'The rostrum has 3 seats and the list 4 names; they must be equal']);

    const svg = await t.call('GET', `/api/meetings/${id}/rostrum.svg`, { token: viewer });
    expect(svg.status).toBe(200);
    expect(svg.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    // One row of four seen from the audience: 3 1 2 4 → 陈立 林晓东 王雨桐 赵一鸣.
    expect([...svg.text.matchAll(/data-rank="(\d+)"><rect[^>]*\/><text[^>]*>([^<]*)</g)].map((x) => `${x[1]}${x[2]}`)).toEqual(['3陈立', '1林晓东', '2王雨桐', '4赵一鸣']);
    const html = await t.call('GET', `/api/meetings/${id}/rostrum.html?seats=3,1&names=${encodeURIComponent('甲,乙,丙,<丁>')}`, { token: viewer });
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(html.text).toContain('<tr><th>第1排 Row 1</th><td><span class="seat">丙<small>3</small></span><span class="seat">甲<small>1</small></span><span class="seat">乙<small>2</small></span></td></tr>');
    expect(html.text).toContain('<tr><th>第2排 Row 2</th><td><span class="seat">&#60;丁&#62;<small>4</small></span></td></tr>');

    const cards = await t.call('GET', `/api/meetings/${id}/name-cards.html?group=rostrum`, { token: viewer });
    expect(cards.status).toBe(200);
    expect([...cards.text.matchAll(/<div class="face lower"><div class="name"[^>]*>([^<]*)</g)].map((x) => x[1])).toEqual(['林晓东', '王雨桐', '陈立', '赵一鸣']);
    // A group's cards: its active members in stroke order (王 4 strokes before 赵 9; 周小禾 resigned).
    const group = await t.call('GET', `/api/meetings/${id}/name-cards.html?group=${s.congress.groupIds['云湖区代表团']}`, { token: viewer });
    expect([...group.text.matchAll(/<div class="face lower"><div class="name"[^>]*>([^<]*)<\/div><div class="line">([^<]*)</g)].map((x) => `${x[1]}/${x[2]}`)).toEqual(['王雨桐/云湖区代表团', '赵一鸣/云湖区代表团']);
    expect((await t.call('GET', `/api/meetings/${id}/name-cards.html?group=abc`, { token: viewer })).status).toBe(400);
    expect((await t.call('GET', `/api/meetings/${id}/name-cards.html`, { token: viewer })).status).toBe(400);
    const other = await t.call('GET', `/api/meetings/${id}/name-cards.html?group=${s.cppcc.groupIds['经济界']}`, { token: viewer });
    expect([other.status, other.body.error]).toEqual([422, 'group_of_other_body']);
    expect((await t.call('GET', `/api/meetings/${id}/name-cards.html?group=99999`, { token: viewer })).status).toBe(404);
  });

  it('hall layouts and the hall assignment: 401 → 400 → 403 → 422 → stored, then SVG, page and workbook', async () => {
    const t = await startTestApp(await stores.open());
    const s = await seedSitting(t.runtime);
    const id = s.congress.meetingId;
    const secretariat = await t.tokenFor('secretariat');
    const viewer = await t.tokenFor('presider');
    const layouts = `/api/bodies/${s.congress.bodyId}/hall-layouts`;

    expect((await t.call('POST', layouts, { body: LAYOUT })).status).toBe(401);
    const bad = await t.call('POST', layouts, { token: secretariat, body: { ...LAYOUT, order: 'spiral' } });
    expect([bad.status, bad.body.error]).toEqual([400, 'invalid_input']);
    const forbidden = await t.call('POST', layouts, { token: viewer, body: LAYOUT, headers: en });
    expect([forbidden.status, forbidden.body.message]).toEqual([403, 'Role "presider" lacks the permission "meeting.manage"']);
    const created = await t.call('POST', layouts, { token: secretariat, body: LAYOUT });
    expect([created.status, created.body]).toEqual([201, { id: created.body.id, bodyId: s.congress.bodyId, name: '人民会堂', blocks: LAYOUT.blocks, order: 'blocks', seats: 7, createdAt: created.body.createdAt }]);
    const again = await t.call('POST', layouts, { token: secretariat, body: LAYOUT });
    expect([again.status, again.body.error]).toEqual([409, 'hall_layout_exists']);
    const tiny = await t.call('POST', layouts, { token: secretariat, body: { name: '小厅', blocks: [{ name: 'A', rows: [1] }], order: 'rows' } });
    expect(tiny.status).toBe(201);
    const listed = await t.call('GET', layouts, { token: viewer });
    expect(listed.body.layouts.map((l: { name: string }) => l.name)).toEqual(['人民会堂', '小厅']);

    const hall = `/api/meetings/${id}/hall.svg`;
    const notYet = await t.call('GET', hall, { token: viewer, headers: en });
    expect([notYet.status, notYet.body.error]).toEqual([422, 'hall_not_assigned']);

    const assign = `/api/meetings/${id}/hall-assignment`;
    expect((await t.call('POST', assign, { body: { layoutId: created.body.id } })).status).toBe(401);
    expect((await t.call('POST', assign, { token: secretariat, body: { layoutId: 'x' } })).status).toBe(400);
    expect((await t.call('POST', assign, { token: viewer, body: { layoutId: created.body.id } })).status).toBe(403);
    const small = await t.call('POST', assign, { token: secretariat, body: { layoutId: tiny.body.id }, headers: en });
    expect([small.status, small.body.error, small.body.message]).toEqual([422, 'hall_too_small', 'The hall is too small: 4 members to seat, 1 seats of which 0 reserved, 1 free']);
    const outside = await t.call('POST', assign, { token: secretariat, body: { layoutId: created.body.id, reserved: [{ block: 2, row: 2, seat: 1, label: '记者' }] }, headers: en });
    expect([outside.status, outside.body.message]).toEqual([422, 'The hall layout has no seat 1 in row 2 of block 2']);
    const ok = await t.call('POST', assign, { token: secretariat, body: { layoutId: created.body.id, reserved: [{ block: 1, row: 1, seat: 2, label: '记者' }] } });
    expect(ok.status).toBe(200);
    const m = s.congress.members;
    const g = s.congress.groupIds;
    expect(ok.body).toMatchObject({ meetingId: id, layoutId: created.body.id, capacity: 7, reserved: 1, seated: 4, empty: 2 });
    expect(ok.body.seats).toEqual([
      { block: 1, row: 1, seat: 1, kind: 'member', groupId: g['青山区代表团'], membershipId: m['陈立'], name: '陈立' },
      { block: 1, row: 1, seat: 2, kind: 'reserved', label: '记者' },
      { block: 1, row: 2, seat: 1, kind: 'member', groupId: g['青山区代表团'], membershipId: m['林晓东'], name: '林晓东' },
      { block: 1, row: 2, seat: 2, kind: 'member', groupId: g['云湖区代表团'], membershipId: m['王雨桐'], name: '王雨桐' },
      { block: 2, row: 1, seat: 1, kind: 'member', groupId: g['云湖区代表团'], membershipId: m['赵一鸣'], name: '赵一鸣' },
      { block: 2, row: 1, seat: 2, kind: 'empty' },
      { block: 2, row: 1, seat: 3, kind: 'empty' },
    ]);

    const svg = await t.call('GET', hall, { token: viewer });
    expect(svg.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    expect([...svg.text.matchAll(/data-seat="(\d)"[^>]*><rect[^>]*\/><text[^>]*>([^<]*)</g)].map((x) => x[2])).toEqual(['陈立', '记者', '林晓东', '王雨桐', '赵一鸣', '', '']);
    const page = await t.call('GET', `/api/meetings/${id}/hall.html`, { token: viewer });
    expect(page.text).toContain('<p class="figures">座位 7 · 预留 1 · 就座 4 · 空位 2</p>');
    expect(page.text).toContain('<tr><td>青山区代表团</td><td class="n">2</td><td>左区第1排1号</td><td>左区第2排1号</td></tr>');
    const xlsx = await t.call('GET', `/api/meetings/${id}/hall.xlsx`, { token: viewer });
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const wb = new ExcelJS.Workbook();
    const bytes = await t.app.inject({ method: 'GET', url: `/api/meetings/${id}/hall.xlsx`, headers: { authorization: `Bearer ${viewer}` } });
    await wb.xlsx.load(bytes.rawPayload as unknown as ArrayBuffer);
    const names: unknown[] = [];
    wb.getWorksheet('座次 Seats')!.eachRow((row, n) => n > 2 && names.push(row.getCell(5).value));
    expect(names).toEqual(['陈立', '记者', '林晓东', '王雨桐', '赵一鸣', '', '']);
    expect((await t.call('GET', `/api/meetings/${id}/hall.xlsx`, { token: await t.tokenFor('screen') })).status).toBe(403);
  });
});
