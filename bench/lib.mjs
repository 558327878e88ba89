/**
 * Helpers every benchmark shares: statistics, the machine it ran on, a throw-away store, and
 * running a benchmark file on its own. Benchmarks import the compiled code from dist/ (build
 * first: `npm run build`).
 *
 * A benchmark is a file bench/NAME.mjs exporting `run(options?)` that resolves to
 *   { name, title?, command, stores?, results: [{ label, median, unit, runs }], notes? }
 * where `runs` holds the figure of each run and `median` their median. bench/run.mjs finds it.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';
import SQLite from 'better-sqlite3';
import { openStore } from '../dist/store/store.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Median of numbers (mean of the middle two for an even count); NaN for none. */
export function median(values) {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** The p-th percentile (0–100) by nearest rank: the smallest value with p% of values at or below it. */
export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * s.length);
  return s[Math.min(s.length, Math.max(1, rank)) - 1];
}

/** Rounds for display: 3 significant digits below 100, whole numbers above. */
export function round(value) {
  if (!Number.isFinite(value)) return value;
  return Math.abs(value) >= 100 ? Math.round(value) : Number(value.toPrecision(3));
}

/** One result row from the figure of each run. */
export function resultOf(label, unit, runs) {
  return { label, median: round(median(runs)), unit, runs: runs.map(round) };
}

/** The PostgreSQL to benchmark: PLENUM_BENCH_DATABASE_URL, else PLENUM_TEST_DATABASE_URL, else none. */
export function benchDatabaseUrl() {
  return process.env.PLENUM_BENCH_DATABASE_URL || process.env.PLENUM_TEST_DATABASE_URL || undefined;
}

/** The stores to benchmark: SQLite always, PostgreSQL when a URL is set. */
export function benchDialects() {
  return benchDatabaseUrl() ? ['sqlite', 'postgres'] : ['sqlite'];
}

/**
 * A new, migrated, empty store for one run: SQLite in a folder under .bench-tmp/ (on the
 * project's disk, so fsync costs what it costs there, not a tmpfs's nothing), or PostgreSQL in a
 * schema of its own. `dispose()` closes it and removes the folder or drops the schema.
 */
export async function openBenchStore(dialect, { poolSize = 10 } = {}) {
  if (dialect === 'sqlite') {
    const parent = path.join(ROOT, '.bench-tmp');
    mkdirSync(parent, { recursive: true });
    const dir = mkdtempSync(path.join(parent, 'store-'));
    const store = await openStore({ dataDir: dir });
    return {
      store,
      dispose: async () => {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const url = benchDatabaseUrl();
  if (!url) throw new Error('No PostgreSQL to benchmark: set PLENUM_BENCH_DATABASE_URL');
  const schema = `bench_${randomBytes(6).toString('hex')}`;
  // Migrations shared, drops exclusive (SCHEMA_LOCK), so another benchmark sharing this database
  // cannot drop a schema while a migration looks over them all. (Test runs no longer use schemas
  // here: each test has a database of its own, see src/store/testTemplates.ts.)
  const drop = () => withPg(url, async (c) => {
    await c.query('select pg_advisory_lock($1)', [SCHEMA_LOCK]);
    await c.query(`drop schema if exists "${schema}" cascade`);
  });
  let store;
  try {
    store = await withPg(url, async (c) => {
      await c.query('select pg_advisory_lock_shared($1)', [SCHEMA_LOCK]);
      return openStore({ databaseUrl: url, pgSchema: schema, poolSize });
    });
  } catch (error) {
    await drop();
    throw error;
  }
  return {
    store,
    dispose: async () => {
      await store.close();
      await drop();
    },
  };
}

const SCHEMA_LOCK = 7_346_201_905;

async function withPg(url, fn) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * What the figures were measured on. `postgres` is the server's version and durability settings,
 * when a URL is set; `null` otherwise.
 */
export async function machineInfo() {
  const cpuinfo = safeRead('/proc/cpuinfo');
  const cpu = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? os.cpus()[0]?.model ?? 'unknown';
  const memory = new SQLite(':memory:');
  const sqlite = memory.prepare('select sqlite_version() as v').get().v;
  memory.close();
  let postgres = null;
  const url = benchDatabaseUrl();
  if (url) {
    try {
      postgres = await withPg(url, async (c) => {
        const setting = async (name) => (await c.query(`show ${name}`)).rows[0][name];
        return { version: await setting('server_version'), fsync: await setting('fsync'), synchronousCommit: await setting('synchronous_commit') };
      });
    } catch (error) {
      postgres = { version: `unreachable (${error.message})`, fsync: '?', synchronousCommit: '?' };
    }
  }
  return {
    cpu,
    cores: os.availableParallelism?.() ?? os.cpus().length,
    memoryGiB: Number((os.totalmem() / 2 ** 30).toFixed(1)),
    node: process.version,
    sqlite,
    postgres,
    os: `${os.type()} ${os.release()}`,
  };
}

/** The machine in one line, naming PostgreSQL only when the benchmark used it. */
export function describeMachine(m, { postgres = true } = {}) {
  const parts = [`${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB`, `${m.os}`, `Node ${m.node}`, `SQLite ${m.sqlite} (WAL, synchronous=FULL)`];
  if (postgres && m.postgres) parts.push(`PostgreSQL ${m.postgres.version} (fsync ${m.postgres.fsync}, synchronous_commit ${m.postgres.synchronousCommit})`);
  return parts.join(' · ');
}

/** The figures as a Markdown table. */
export function resultsTable(results) {
  const rows = results.map((r) => `| ${r.label} | ${fmt(r.median)} | ${r.unit} | ${r.runs.map(fmt).join(', ')} |`);
  return ['| measure | median | unit | each run |', '|---|--:|---|---|', ...rows].join('\n');
}

/** The figures as aligned plain text, for the terminal. */
export function resultsText(results) {
  const width = Math.max(...results.map((r) => r.label.length));
  return results.map((r) => `  ${r.label.padEnd(width)}  ${String(fmt(r.median)).padStart(10)} ${r.unit}   (runs: ${r.runs.map(fmt).join(', ')})`).join('\n');
}

function fmt(v) {
  return typeof v === 'number' && Number.isFinite(v) ? v.toLocaleString('en-US', { maximumFractionDigits: 3 }) : String(v);
}

/** Mebibytes of peak resident memory of this process so far. */
export function peakRssMiB() {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/**
 * Makes a benchmark file runnable on its own: when `metaUrl` is the script node was started
 * with, runs it and prints its figures. `node bench/NAME.mjs`.
 */
export async function runIfMain(metaUrl, run) {
  if (!process.argv[1] || metaUrl !== pathToFileURL(path.resolve(process.argv[1])).href) return;
  const result = await run();
  console.log(`\n${result.title ?? result.name}`);
  console.log(resultsText(result.results));
  if (result.notes) console.log(`\n${result.notes}`);
  console.log(`\npeak resident memory ${peakRssMiB()} MiB`);
}

function safeRead(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
