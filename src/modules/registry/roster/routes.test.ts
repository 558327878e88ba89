import { expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { describeStores } from '../../../store/testing.js';
import type { Store } from '../../../store/store.js';
import { buildApp } from '../../../server/app.js';
import { ANONYMOUS } from '../../../server/http.js';
import { CLI, execute, type Runtime } from '../../../server/operation.js';
import type { AccountRole } from '../../../server/permissions.js';
import { createAccount } from '../../accounts/createAccount.js';
import { signIn } from '../../accounts/signIn.js';
import { MediaTypes } from './routes.js';
import { bodyWithTerm, csvOf, storeState, syntheticRows, tableOf, xlsxOf } from './testing.js';

async function tokenFor(runtime: Runtime, role: AccountRole): Promise<string> {
  await execute(runtime, createAccount, { username: role, displayName: role, password: 'correct-horse', role }, CLI);
  return (await execute(runtime, signIn, { username: role, password: 'correct-horse' }, ANONYMOUS)).token;
}

async function setup(store: Store) {
  const fixture = await bodyWithTerm(store, 'cppcc');
  const app = await buildApp({ runtime: fixture.runtime });
  const staff = await tokenFor(fixture.runtime, 'secretariat');
  const presider = await tokenFor(fixture.runtime, 'presider');
  const member = await tokenFor(fixture.runtime, 'member');
  const auth = (token: string) => ({ authorization: `Bearer ${token}` });
  return { ...fixture, app, staff: auth(staff), presider: auth(presider), member: auth(member) };
}

describeStores('roster routes', (stores) => {
  it('POST /api/terms/:id/roster walks 401 → 400 → 403 → 422 → 201', async () => {
    const store = await stores.open();
    const { app, termId, staff, presider } = await setup(store);
    const url = `/api/terms/${termId}/roster`;
    const file = await xlsxOf(tableOf(syntheticRows(40, 4)));
    const xlsx = { 'content-type': MediaTypes.xlsx };

    const unauth = await app.inject({ method: 'POST', url, headers: xlsx, payload: file });
    expect([unauth.statusCode, unauth.json().error]).toEqual([401, 'unauthenticated']);

    const badQuery = await app.inject({ method: 'POST', url: `${url}?dryRun=perhaps`, headers: { ...xlsx, ...staff }, payload: file });
    expect([badQuery.statusCode, badQuery.json().error]).toEqual([400, 'invalid_input']);

    const garbage = await app.inject({ method: 'POST', url, headers: { ...xlsx, ...staff, 'accept-language': 'en' }, payload: Buffer.from('not a workbook') });
    expect(garbage.statusCode).toBe(400);
    expect(garbage.json()).toMatchObject({ error: 'roster_unreadable', message: 'The roster file cannot be read: the file is not an .xlsx workbook (save an old .xls as .xlsx first)' });

    const forbidden = await app.inject({ method: 'POST', url, headers: { ...xlsx, ...presider }, payload: file });
    expect([forbidden.statusCode, forbidden.json().error]).toEqual([403, 'forbidden']);

    const before = await storeState(store);
    const table = tableOf(syntheticRows(40, 4));
    table[39]![2] = 'X';
    const invalid = await app.inject({ method: 'POST', url, headers: { ...xlsx, ...staff }, payload: await xlsxOf(table) });
    expect(invalid.statusCode).toBe(422);
    expect(invalid.json()).toMatchObject({
      error: 'roster_invalid',
      message: '名册有 1 行有误，未导入任何数据。第 40 行“性别”：性别应为“男”或“女”，不是“X”',
      details: [{ row: 40, column: '性别', reason: '性别应为“男”或“女”，不是“X”', reasonEn: 'gender must be 男 or 女 (M/F, male/female), not "X"' }],
    });
    expect(await storeState(store)).toEqual(before);

    const dry = await app.inject({ method: 'POST', url: `${url}?dryRun=true`, headers: { ...xlsx, ...staff }, payload: file });
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toMatchObject({ created: 40, dryRun: true });
    expect((await storeState(store)).memberships).toBe(0);

    const created = await app.inject({ method: 'POST', url, headers: { ...xlsx, ...staff }, payload: file });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toEqual({ bodyId: 1, termId, created: 40, updated: 0, unchanged: 0, groupsCreated: 4, total: 40, dryRun: false, warnings: [] });
    await app.close();
  });

  it('takes a GBK CSV with its warnings, and refuses what is not a roster file', async () => {
    const store = await stores.open();
    const { app, termId, staff } = await setup(store);
    const url = `/api/terms/${termId}/roster`;
    const { gbkEncode } = await import('./testing.js');
    const table = tableOf(syntheticRows(3)).map((r, i) => [...r, i === 0 ? '备注' : '']);
    const ok = await app.inject({ method: 'POST', url, headers: { 'content-type': 'text/csv; charset=gbk', ...staff }, payload: gbkEncode(csvOf(table)) });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ created: 3, warnings: [{ column: '备注', reason: '未识别的列“备注”，已忽略' }] });

    const cases: Array<[Record<string, string>, string | Buffer, number, string]> = [
      [{ 'content-type': 'text/plain' }, '编号,姓名\n1,张三\n', 415, 'unsupported_media_type'],
      [{ 'content-type': 'application/pdf' }, Buffer.from('%PDF-1.4'), 415, 'unsupported_media_type'],
      [{ 'content-type': 'application/json' }, '{"rows":[]}', 415, 'unsupported_media_type'],
      [{ 'content-type': MediaTypes.xlsx }, Buffer.alloc(0), 422, 'roster_empty'],
      [{ 'content-type': MediaTypes.csv }, Buffer.from([0, 1, 2, 3]), 400, 'roster_unreadable'],
      [{ 'content-type': MediaTypes.csv }, '编号,性别\n1,男\n', 422, 'roster_missing_column'],
      [{ 'content-type': MediaTypes.csv }, '编号,姓名\n', 422, 'roster_empty'],
    ];
    for (const [headers, payload, status, error] of cases) {
      const res = await app.inject({ method: 'POST', url, headers: { ...headers, ...staff }, payload });
      expect([res.statusCode, res.json().error]).toEqual([status, error]);
    }
    const missing = await app.inject({ method: 'POST', url: '/api/terms/77/roster', headers: { 'content-type': MediaTypes.csv, ...staff }, payload: csvOf(table) });
    expect([missing.statusCode, missing.json().error]).toEqual([404, 'term_not_found']);
    await app.close();
  });

  it('POST /api/terms/:id/roster/rows imports JSON rows, numbering problems by place', async () => {
    const store = await stores.open();
    const { app, termId, staff, member } = await setup(store);
    const url = `/api/terms/${termId}/roster/rows`;
    const rows = syntheticRows(10);
    expect((await app.inject({ method: 'POST', url, payload: { rows } })).statusCode).toBe(401);
    const shape = await app.inject({ method: 'POST', url, headers: staff, payload: { rows: [{ ...rows[0], gender: 'X' }] } });
    expect([shape.statusCode, shape.json().error]).toEqual([400, 'invalid_input']);
    expect((await app.inject({ method: 'POST', url, headers: member, payload: { rows } })).statusCode).toBe(403);
    const dup = await app.inject({ method: 'POST', url, headers: { ...staff, 'accept-language': 'en' }, payload: { rows: [...rows, { ...rows[3]!, idNumber: null }] } });
    expect(dup.statusCode).toBe(422);
    expect(dup.json().message).toBe('1 row of the roster is wrong; nothing was imported. row 11, 编号: 编号 "A0004" appears twice: rows 4 and 11');
    const ok = await app.inject({ method: 'POST', url, headers: staff, payload: { rows, groupKind: 'committee' } });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ created: 10, groupsCreated: 10 });
    expect(await store.db.selectFrom('groups').select('kind').distinct().execute()).toEqual([{ kind: 'committee' }]);
    await app.close();
  });

  it('GET /api/terms/:id/roster.xlsx exports what imports back unchanged', async () => {
    const store = await stores.open();
    const { app, termId, staff, presider, member } = await setup(store);
    const rows = syntheticRows(30, 3);
    rows[2] = { ...rows[2]!, group: null, phone: null, role: 'vice-chair', status: 'deceased' };
    rows[4] = { ...rows[4]!, name: 'Anna Lee', ethnicity: null, birth: null, title: null, idNumber: null, gender: null };
    await app.inject({ method: 'POST', url: `/api/terms/${termId}/roster/rows`, headers: staff, payload: { rows } });
    const stored = await store.db.selectFrom('memberships').innerJoin('people', 'people.id', 'memberships.person_id').selectAll().orderBy('memberships.id').execute();

    expect((await app.inject({ method: 'GET', url: `/api/terms/${termId}/roster.xlsx`, headers: member })).statusCode).toBe(403);
    const res = await app.inject({ method: 'GET', url: `/api/terms/${termId}/roster.xlsx`, headers: presider });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(MediaTypes.xlsx);
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="roster-term-${termId}.xlsx"; filename*=UTF-8''${encodeURIComponent('中国人民政治协商会议云州市委员会第十三届委员名册.xlsx')}`,
    );

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, '编号', '姓名', '性别', '民族', '出生年月', '界别', '职务', '手机', '证件号', '身份', '状态']);
    expect(sheet.getRow(1).font).toMatchObject({ bold: true });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(9).width).toBe(22);
    // Group by group, then key; the member without a group last.
    const keys = Array.from({ length: 30 }, (_, i) => sheet.getRow(i + 2).getCell(1).value);
    expect(keys.slice(0, 4)).toEqual(['A0001', 'A0004', 'A0007', 'A0010']);
    expect(keys.at(-1)).toBe('A0003');
    expect(sheet.getRow(31).getCell(10).value).toBe('副主席');
    expect(sheet.getRow(31).getCell(11).value).toBe('去世');

    const again = await app.inject({ method: 'POST', url: `/api/terms/${termId}/roster`, headers: { 'content-type': MediaTypes.xlsx, ...staff }, payload: res.rawPayload });
    expect(again.statusCode).toBe(201);
    expect(again.json()).toMatchObject({ created: 0, updated: 0, unchanged: 30, groupsCreated: 0, warnings: [] });
    const after = await store.db.selectFrom('memberships').innerJoin('people', 'people.id', 'memberships.person_id').selectAll().orderBy('memberships.id').execute();
    expect(after).toEqual(stored);
    await app.close();
  });

  it('POST /api/terms/:id/members adds one member; PATCH /api/memberships/:id changes one', async () => {
    const store = await stores.open();
    const { app, termId, staff, presider } = await setup(store);
    const member = { key: 'B001', name: '王五', gender: '男', group: '经济界', phone: '13900000001' };
    expect((await app.inject({ method: 'POST', url: `/api/terms/${termId}/members`, headers: presider, payload: member })).statusCode).toBe(403);
    const added = await app.inject({ method: 'POST', url: `/api/terms/${termId}/members`, headers: staff, payload: member });
    expect(added.statusCode).toBe(201);
    const view = added.json();
    expect(view).toMatchObject({ key: 'B001', name: '王五', gender: '男', groupName: '经济界', role: 'member', status: 'active', groupsCreated: 1 });
    expect(view).not.toHaveProperty('phone');

    const again = await app.inject({ method: 'POST', url: `/api/terms/${termId}/members`, headers: staff, payload: member });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: 'member_exists', message: `第十三届名册中已有编号“B001”的成员（王五，成员资格 ${view.membershipId}）` });

    const badId = await app.inject({ method: 'POST', url: `/api/terms/${termId}/members`, headers: { ...staff, 'accept-language': 'en' }, payload: { key: 'B002', name: '赵六', idNumber: '110105194912310021' } });
    expect(badId.statusCode).toBe(422);
    expect(badId.json()).toMatchObject({ error: 'member_invalid', message: 'The member\'s details are wrong: 证件号: ID number "110105194912310021" has a wrong check digit' });

    const url = `/api/memberships/${view.membershipId}`;
    const patched = await app.inject({ method: 'PATCH', url, headers: staff, payload: { status: 'resigned', endDate: '2025-06-30', group: '科技界', title: '原某单位职务' } });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ membershipId: view.membershipId, name: '王五', status: 'resigned', endDate: '2025-06-30', groupName: '科技界', title: '原某单位职务' });
    const stored = await store.db.selectFrom('people').select(['name', 'phone']).executeTakeFirstOrThrow();
    expect(stored).toEqual({ name: '王五', phone: '13900000001' });
    const audit = await store.db.selectFrom('audit_log').select(['operation', 'payload']).orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(audit.operation).toBe('registry.updateMembership');
    expect(JSON.parse(audit.payload)).toMatchObject({ membershipId: view.membershipId, fields: ['endDate', 'group', 'status', 'title'], values: { status: 'resigned', endDate: '2025-06-30', group: '科技界', title: '原某单位职务' } });

    const badStatus = await app.inject({ method: 'PATCH', url, headers: staff, payload: { status: 'retired' } });
    expect([badStatus.statusCode, badStatus.json().error]).toEqual([400, 'invalid_input']);
    const early = await app.inject({ method: 'PATCH', url, headers: staff, payload: { startDate: '2026-01-01' } });
    expect(early.statusCode).toBe(422);
    expect(early.json().message).toBe('成员信息有误：“终止日期”终止日期 2025-06-30 早于起始日期 2026-01-01');
    const nobody = await app.inject({ method: 'PATCH', url: '/api/memberships/999', headers: staff, payload: { status: 'active' } });
    expect([nobody.statusCode, nobody.json().error]).toEqual([404, 'membership_not_found']);
    await app.close();
  });
});
