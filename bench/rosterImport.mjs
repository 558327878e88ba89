/**
 * Roster import benchmark: a 3,000-row .xlsx roster parsed and imported into a fresh store, on
 * SQLite and (when PLENUM_BENCH_DATABASE_URL or PLENUM_TEST_DATABASE_URL is set) PostgreSQL.
 * Runs against the built dist/ (npm run build first). Standalone: `node bench/rosterImport.mjs`;
 * bench/run.mjs imports `run()` and writes the medians into BENCHMARKS.md.
 */
import { performance } from 'node:perf_hooks';
import { Buffer } from 'node:buffer';
import ExcelJS from 'exceljs';
import { benchDialects, openBenchStore, resultOf, runIfMain } from './lib.mjs';
import { EventBus } from '../dist/server/events.js';
import { CLI, execute } from '../dist/server/operation.js';
import { createBody } from '../dist/modules/registry/createBody.js';
import { createTerm } from '../dist/modules/registry/createTerm.js';
import { parseRoster } from '../dist/modules/registry/roster/parseRoster.js';
import { importRoster } from '../dist/modules/registry/roster/importRoster.js';
import { idCheckDigit } from '../dist/modules/registry/roster/idNumber.js';

const ROWS = 3000;
const RUNS = 5;

/** A synthetic roster: 3,000 members in 35 sectors, every column filled. */
async function rosterXlsx(rows, suffix = '') {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('名册');
  sheet.addRow(['编号', '姓名', '性别', '民族', '出生年月', '界别', '职务', '手机', '身份证号']);
  for (let i = 0; i < rows; i++) {
    const first17 = `530102${1950 + (i % 45)}0${1 + (i % 9)}1${i % 10}${String(i % 1000).padStart(3, '0')}`;
    sheet.addRow([
      `W${String(i + 1).padStart(4, '0')}`,
      `委员${String(i + 1).padStart(4, '0')}`,
      i % 3 === 0 ? '女' : '男',
      i % 9 === 0 ? '回族' : '汉族',
      `${1950 + (i % 45)}.${String(1 + (i % 12)).padStart(2, '0')}`,
      `第${(i % 35) + 1}界别`,
      `云州市某单位职务${i + 1}${suffix}`,
      `139${String(i).padStart(8, '0')}`,
      first17 + idCheckDigit(first17),
    ]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function termIn(runtime) {
  const body = await execute(runtime, createBody, { kind: 'cppcc', level: 'city', name: '中国人民政治协商会议云州市委员会', nameEn: 'Yunzhou CPPCC', region: '云州市', regionEn: 'Yunzhou' }, CLI);
  return (await execute(runtime, createTerm, { bodyId: body.bodyId, ordinal: 13 }, CLI)).id;
}

async function measure(dialect, file, changedFile) {
  const parse = [];
  const imported = [];
  const total = [];
  const reimport = [];
  for (let run = 0; run < RUNS; run++) {
    const { store, dispose } = await openBenchStore(dialect, { poolSize: 4 });
    try {
      const runtime = { store, events: new EventBus() };
      const termId = await termIn(runtime);
      const t0 = performance.now();
      const parsed = await parseRoster(file, 'xlsx');
      const t1 = performance.now();
      if (parsed.problems.length) throw new Error(`bench roster has problems: ${JSON.stringify(parsed.problems.slice(0, 3))}`);
      const result = await execute(runtime, importRoster, { termId, rows: parsed.rows }, CLI);
      const t2 = performance.now();
      if (result.created !== ROWS) throw new Error(`expected ${ROWS} created, got ${result.created}`);
      const changed = await parseRoster(changedFile, 'xlsx');
      const t3 = performance.now();
      const again = await execute(runtime, importRoster, { termId, rows: changed.rows }, CLI);
      const t4 = performance.now();
      if (again.updated !== ROWS) throw new Error(`expected ${ROWS} updated, got ${again.updated}`);
      parse.push(t1 - t0);
      imported.push(t2 - t1);
      total.push(t2 - t0);
      reimport.push(t4 - t3);
    } finally {
      await dispose();
    }
  }
  const results = [
    resultOf(`parse + import ${ROWS} rows (.xlsx) into an empty term, ${dialect}`, 'ms', total),
    resultOf(`import alone (the operation, one transaction), ${dialect}`, 'ms', imported),
    resultOf(`re-import ${ROWS} rows, every row changed (operation), ${dialect}`, 'ms', reimport),
  ];
  return { results, parse };
}

export async function run() {
  const file = await rosterXlsx(ROWS);
  const changedFile = await rosterXlsx(ROWS, '（兼）');
  const dialects = benchDialects();
  const results = [];
  const parseTimes = [];
  for (const dialect of dialects) {
    const m = await measure(dialect, file, changedFile);
    results.push(...m.results);
    parseTimes.push(...m.parse);
  }
  results.unshift(resultOf(`parse ${ROWS}-row .xlsx roster (${(file.length / 1024).toFixed(0)} KiB) and check every row`, 'ms', parseTimes));
  return {
    name: 'rosterImport',
    title: `Roster import: ${ROWS} rows from .xlsx (aim: under 2 s)`,
    command: 'npm run build && node bench/rosterImport.mjs',
    stores: dialects,
    results,
  };
}

await runIfMain(import.meta.url, run);
