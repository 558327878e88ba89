import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../main.js';
import { openStore } from '../../store/store.js';
import { bodyWithTerm, csvOf, storeState, syntheticRows, tableOf, xlsxOf } from '../../modules/registry/roster/testing.js';
import { loadMembers } from '../../modules/registry/roster/rosterQueries.js';

let dir: string;
let out: string[];
let err: string[];

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  out = [];
  err = [];
  const code = await main(argv);
  return { code, out: out.join('\n'), err: err.join('') };
}

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'plenum-cli-roster-'));
  const store = await openStore({ dataDir: dir });
  await bodyWithTerm(store);
  await store.close();
  vi.stubEnv('LANG', 'en_US.UTF-8');
  vi.stubEnv('LC_ALL', '');
  vi.stubEnv('LC_MESSAGES', '');
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(`${a.join(' ')}\n`));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    err.push(String(chunk));
    return true;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

async function withStore<T>(f: (store: Awaited<ReturnType<typeof openStore>>) => Promise<T>): Promise<T> {
  const store = await openStore({ dataDir: dir });
  try {
    return await f(store);
  } finally {
    await store.close();
  }
}

describe('plenum import roster / export roster', () => {
  it('imports an .xlsx with progress lines and a one-line summary', async () => {
    const file = path.join(dir, 'roster.xlsx');
    writeFileSync(file, await xlsxOf(tableOf(syntheticRows(1200, 12))));
    const r = await run('import', 'roster', file, '--term', '1', '--data', dir);
    expect(r.code).toBe(0);
    expect(r.err).toBe('read the file\nchecked 1200 rows\nstored 500/1200 rows\nstored 1000/1200 rows\nstored 1200/1200 rows\n');
    expect(r.out).toMatch(/^Imported 1200 rows into term 1: 1200 created, 0 updated, 0 unchanged, 12 groups created \(\d+\.\d\d s\)\.$/);
    expect((await withStore(storeState)).memberships).toBe(1200);
  });

  it('a dry run stores nothing and says so', async () => {
    const file = path.join(dir, 'roster.csv');
    writeFileSync(file, csvOf(tableOf(syntheticRows(3))));
    const r = await run('import', 'roster', file, '--term', '1', '--dry-run', '--data', dir);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Dry run, nothing stored: 3 rows for term 1 would give 3 created, 0 updated, 0 unchanged, 3 groups created \(\d+\.\d\d s\)\.$/);
    expect((await withStore(storeState)).memberships).toBe(0);
  });

  it('prints every wrong row, imports nothing and exits 1', async () => {
    const table = tableOf(syntheticRows(5));
    table[2]![2] = '?';
    table[4]![1] = '';
    const file = path.join(dir, 'roster.csv');
    writeFileSync(file, csvOf(table));
    const before = await withStore(storeState);
    const r = await run('import', 'roster', file, '--term', '1', '--data', dir);
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      'read the file\nchecked 5 rows\n' +
        '  row 3, 性别: gender must be 男 or 女 (M/F, male/female), not "?"\n' +
        '  row 5, 姓名: name is empty\n' +
        'Nothing was imported: 2 rows are wrong.\n',
    );
    expect(r.out).toBe('');
    expect(await withStore(storeState)).toEqual(before);
  });

  it('speaks Chinese when the locale does', async () => {
    vi.stubEnv('LANG', 'zh_CN.UTF-8');
    const file = path.join(dir, 'roster.csv');
    writeFileSync(file, '编号,姓名,备注\n1,张三,x\n1,李四,y\n');
    const r = await run('import', 'roster', file, '--term', '1', '--data', dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain('warning: 未识别的列“备注”，已忽略\n  第 3 行“编号”：编号“1”重复：第 2 行和第 3 行\n名册有 1 行有误，未导入任何数据。\n');
  });

  it('refuses bad arguments with a clear message and a non-zero exit', async () => {
    const csv = path.join(dir, 'roster.csv');
    writeFileSync(csv, csvOf(tableOf(syntheticRows(2))));
    const cases: Array<[string[], number, string]> = [
      [['import', 'roster', csv, '--data', dir], 2, 'plenum import roster: missing --term ID (the id of the term whose roster this is)\n'],
      [['import', 'roster', csv, '--term', 'abc', '--data', dir], 2, 'plenum import roster: --term must be a term id (a positive whole number), not "abc"\n'],
      [['import', 'roster', path.join(dir, 'roster.txt'), '--term', '1'], 2, 'plenum import roster: cannot tell the format of "roster.txt": the file name must end in .xlsx or .csv\n'],
      [['import', 'roster', path.join(dir, 'missing.xlsx'), '--term', '1', '--data', dir], 1, `plenum import roster: no such file: ${path.join(dir, 'missing.xlsx')}\n`],
      [['import', 'roster', '--term', '1'], 2, 'plenum import roster: missing argument\n'],
      [['import', 'roster', csv, '--term', '9', '--data', dir], 1, 'plenum import roster: Term 9 does not exist [term_not_found]\n'],
      [['export', 'roster', path.join(dir, 'out.csv'), '--term', '1', '--data', dir], 2, 'plenum export roster: the roster is exported as .xlsx; "out.csv" must end in .xlsx\n'],
      [['export', 'roster', path.join(dir, 'out.xlsx'), '--data', dir], 2, 'plenum export roster: missing --term ID (the id of the term whose roster this is)\n'],
    ];
    for (const [argv, code, message] of cases) {
      const r = await run(...argv);
      expect([r.code, r.err.split('Usage:')[0]]).toEqual([code, message]);
    }
    const garbage = path.join(dir, 'garbage.xlsx');
    writeFileSync(garbage, 'not a workbook');
    const r = await run('import', 'roster', garbage, '--term', '1', '--data', dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain('plenum import roster: The roster file cannot be read: the file is not an .xlsx workbook (save an old .xls as .xlsx first) [roster_unreadable]\n');
  });

  it('--help explains each command', async () => {
    const r = await run('import', 'roster', '--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Usage: plenum import roster FILE --term ID [--dry-run] [--data DIR] [--database-url URL]');
    expect(r.out).toContain('--dry-run             check every row and count what would change; store nothing');
    const e = await run('export', 'roster', '-h');
    expect(e.code).toBe(0);
    expect(e.out).toContain('Usage: plenum export roster FILE --term ID [--force] [--data DIR] [--database-url URL]');
  });

  it('exports a roster that imports back unchanged, and will not overwrite without --force', async () => {
    const csv = path.join(dir, 'roster.csv');
    writeFileSync(csv, csvOf(tableOf(syntheticRows(25, 5))));
    expect((await run('import', 'roster', csv, '--term', '1', '--data', dir)).code).toBe(0);
    const before = await withStore((s) => loadMembers(s.db, 1));
    const xlsx = path.join(dir, 'export.xlsx');
    const e = await run('export', 'roster', xlsx, '--term', '1', '--data', dir);
    expect([e.code, e.out]).toEqual([0, `Exported 25 members of term 1 to ${xlsx}.`]);
    expect(existsSync(xlsx)).toBe(true);
    const again = await run('export', 'roster', xlsx, '--term', '1', '--data', dir);
    expect([again.code, again.err.split('\n')[0]]).toEqual([2, `plenum export roster: ${xlsx} already exists; add --force to overwrite it`]);
    expect((await run('export', 'roster', xlsx, '--term', '1', '--force', '--data', dir)).code).toBe(0);
    const back = await run('import', 'roster', xlsx, '--term', '1', '--data', dir);
    expect(back.out).toMatch(/^Imported 25 rows into term 1: 0 created, 0 updated, 25 unchanged, 0 groups created/);
    expect(await withStore((s) => loadMembers(s.db, 1))).toEqual(before);
  });
});
