import { expect, it } from 'vitest';
import { describeStores } from '../../../store/testing.js';
import { AppError } from '../../../server/errors.js';
import { CLI, execute } from '../../../server/operation.js';
import type { PlenumEvent } from '../../../server/events.js';
import { createGroup } from '../createGroup.js';
import { verifyChain } from '../../audit/verifyChain.js';
import { importRoster } from './importRoster.js';
import { loadMembers } from './rosterQueries.js';
import { watchProgress, type Progress } from './progress.js';
import { bodyWithTerm, storeState, syntheticRows } from './testing.js';

async function failure(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describeStores('registry.importRoster', (stores) => {
  it('imports 3,000 members, creating their groups in order of first appearance after existing ones', async () => {
    const store = await stores.open();
    const { runtime, bodyId, termId } = await bodyWithTerm(store, 'cppcc');
    await execute(runtime, createGroup, { bodyId, kind: 'sector', name: '第2组', sortOrder: 7 }, CLI);
    const events: PlenumEvent[] = [];
    runtime.events.subscribe((e) => events.push(e));
    const rows = syntheticRows(3000, 30);

    const result = await execute(runtime, importRoster, { termId, rows }, CLI);

    expect(result).toEqual({ bodyId, termId, created: 3000, updated: 0, unchanged: 0, groupsCreated: 29, total: 3000, dryRun: false });
    const state = await storeState(store);
    expect([state.people, state.memberships, state.groups]).toEqual([3000, 3000, 30]);
    const groups = await store.db.selectFrom('groups').select(['name', 'kind', 'sort_order']).orderBy('sort_order').execute();
    expect(groups.slice(0, 3)).toEqual([
      { name: '第2组', kind: 'sector', sort_order: 7 },
      { name: '第1组', kind: 'sector', sort_order: 8 },
      { name: '第3组', kind: 'sector', sort_order: 9 },
    ]);
    expect(groups.at(-1)).toEqual({ name: '第30组', kind: 'sector', sort_order: 36 });

    const members = await loadMembers(store.db, termId);
    const m = members.find((x) => x.key === 'A0031')!;
    expect(m).toMatchObject({ name: '成员0031', gender: '女', ethnicity: '汉族', birth: '1990-07', groupName: '第1组', title: '云州市某单位职务31', phone: '13900000030', idNumber: rows[30]!.idNumber, role: 'member', status: 'active', startDate: null, endDate: null });

    const audit = await store.db.selectFrom('audit_log').select(['operation', 'payload', 'body_id']).orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(audit.operation).toBe('registry.importRoster');
    expect(audit.body_id).toBe(bodyId);
    const payload = JSON.parse(audit.payload);
    expect(payload).toEqual({ created: 3000, dryRun: false, groupsCreated: 29, rowsDigest: expect.stringMatching(/^[0-9a-f]{64}$/), termId, total: 3000, unchanged: 0, updated: 0 });
    expect(audit.payload).not.toContain('139');
    expect((await verifyChain(store.db)).ok).toBe(true);
    expect(events).toEqual([{ type: 'roster.imported', bodyId, data: { termId, created: 3000, updated: 0, total: 3000 } }]);
  });

  it('updates on re-import by roster key and never duplicates', async () => {
    const store = await stores.open();
    const { runtime, termId } = await bodyWithTerm(store, 'people-congress');
    const rows = syntheticRows(600, 10);
    await execute(runtime, importRoster, { termId, rows }, CLI);
    const again = syntheticRows(601, 10);
    again[5] = { ...again[5]!, name: '成员改名', phone: null };
    again[9] = { ...again[9]!, group: '新设代表团', status: 'resigned' };
    delete again[12]!.title; // a field left out keeps what is stored

    const result = await execute(runtime, importRoster, { termId, rows: again }, CLI);

    expect(result).toMatchObject({ created: 1, updated: 2, unchanged: 598, groupsCreated: 1, total: 601 });
    const state = await storeState(store);
    expect([state.people, state.memberships, state.groups]).toEqual([601, 601, 11]);
    const byKey = new Map((await loadMembers(store.db, termId)).map((m) => [m.key, m]));
    expect(byKey.get('A0006')).toMatchObject({ name: '成员改名', phone: null });
    expect(byKey.get('A0010')).toMatchObject({ groupName: '新设代表团', status: 'resigned' });
    expect(byKey.get('A0013')!.title).toBe('云州市某单位职务13');
    const kinds = await store.db.selectFrom('groups').select('kind').distinct().execute();
    expect(kinds).toEqual([{ kind: 'delegation' }]);
  });

  it('stores nothing when row 2,999 of 3,000 is wrong, and lists the problem', async () => {
    const store = await stores.open();
    const { runtime, termId } = await bodyWithTerm(store);
    await execute(runtime, importRoster, { termId, rows: syntheticRows(10) }, CLI);
    const before = await storeState(store);
    const rows = syntheticRows(3000);
    rows[2998] = { ...rows[2998]!, key: 'A0001' };

    const error = await failure(execute(runtime, importRoster, { termId, rows }, CLI));

    expect(error.status).toBe(422);
    expect(error.id).toBe('roster_invalid');
    expect(error.messages['zh-CN']).toBe('名册有 1 行有误，未导入任何数据。第 2999 行“编号”：编号“A0001”重复：第 1 行和第 2999 行');
    expect(error.messages.en).toBe('1 row of the roster is wrong; nothing was imported. row 2999, 编号: 编号 "A0001" appears twice: rows 1 and 2999');
    expect(error.details).toEqual([{ row: 2999, column: '编号', reason: '编号“A0001”重复：第 1 行和第 2999 行', reasonEn: '编号 "A0001" appears twice: rows 1 and 2999' }]);
    expect(await storeState(store)).toEqual(before);
  });

  it('lists the first five problems in the message and all of them in details', async () => {
    const store = await stores.open();
    const { runtime, termId } = await bodyWithTerm(store);
    const rows = syntheticRows(20).map((r, i) => (i % 3 === 1 ? { ...r, name: ' ' } : r));
    const error = await failure(execute(runtime, importRoster, { termId, rows }, CLI));
    expect(error.messages['zh-CN']).toBe(
      '名册有 7 行有误，未导入任何数据。第 2 行“姓名”：姓名为空；第 5 行“姓名”：姓名为空；第 8 行“姓名”：姓名为空；第 11 行“姓名”：姓名为空；第 14 行“姓名”：姓名为空；另有 2 处问题见 details',
    );
    expect(error.messages.en).toBe(
      '7 rows of the roster are wrong; nothing was imported. row 2, 姓名: name is empty; row 5, 姓名: name is empty; row 8, 姓名: name is empty; row 11, 姓名: name is empty; row 14, 姓名: name is empty; 2 more in details',
    );
    expect(error.details).toHaveLength(7);
  });

  it('a dry run counts what would change and stores no member', async () => {
    const store = await stores.open();
    const { runtime, termId } = await bodyWithTerm(store);
    await execute(runtime, importRoster, { termId, rows: syntheticRows(5, 1) }, CLI);
    const before = await storeState(store);
    const rows = syntheticRows(8, 1);
    rows[0] = { ...rows[0]!, title: '新职务' };
    rows[6] = { ...rows[6]!, group: '新组甲' };
    rows[7] = { ...rows[7]!, group: '新组乙' };

    const result = await execute(runtime, importRoster, { termId, rows, dryRun: true }, CLI);

    expect(result).toMatchObject({ created: 3, updated: 1, unchanged: 4, groupsCreated: 2, total: 8, dryRun: true });
    const after = await storeState(store);
    expect([after.people, after.memberships, after.groups]).toEqual([before.people, before.memberships, before.groups]);
    expect(after.auditSeq).toBe(before.auditSeq + 1);
    const audit = await store.db.selectFrom('audit_log').select('payload').orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(JSON.parse(audit.payload)).toMatchObject({ dryRun: true, created: 3, updated: 1 });
  });

  it('reports the progress of its writes to whoever watches', async () => {
    const store = await stores.open();
    const { runtime, termId } = await bodyWithTerm(store);
    const seen: Progress[] = [];
    await watchProgress((p) => seen.push(p), () => execute(runtime, importRoster, { termId, rows: syntheticRows(1200) }, CLI));
    expect(seen).toEqual([
      { phase: 'write', done: 500, total: 1200 },
      { phase: 'write', done: 1000, total: 1200 },
      { phase: 'write', done: 1200, total: 1200 },
    ]);
  });

  it('refuses a term that does not exist', async () => {
    const store = await stores.open();
    const { runtime } = await bodyWithTerm(store);
    const error = await failure(execute(runtime, importRoster, { termId: 99, rows: syntheticRows(1) }, CLI));
    expect([error.status, error.id, error.messages.en]).toEqual([404, 'term_not_found', 'Term 99 does not exist']);
  });
});
