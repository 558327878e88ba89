/**
 * The write path: N audited writes from C concurrent submitters, (a) one transaction per write
 * through `execute`, (b) through the WriteQueue's group commit. Each write inserts a row and
 * appends its hash-chained audit entry; each is durable (SQLite WAL with synchronous=FULL,
 * PostgreSQL with its own fsync settings) before its caller hears back.
 *
 * Standalone: npm run build && node bench/writePath.mjs [--writes 3000] [--concurrency 200] [--runs 3]
 * PostgreSQL too when PLENUM_BENCH_DATABASE_URL (or PLENUM_TEST_DATABASE_URL) is set.
 */
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { parseArgs } from 'node:util';
import Type from 'typebox';
import { EventBus } from '../dist/server/events.js';
import { CLI, defineOperation, execute } from '../dist/server/operation.js';
import { WriteQueue } from '../dist/server/writeQueue.js';
import { createBody } from '../dist/modules/registry/createBody.js';
import { benchDialects, openBenchStore, percentile, resultOf, round, runIfMain } from './lib.mjs';

const DEFAULTS = { writes: 3000, concurrency: 200, runs: 3, warmup: 100 };
const STORE_NAMES = { sqlite: 'SQLite', postgres: 'PostgreSQL' };

/** A small audited write: one row, one audit entry. */
const addGroup = defineOperation({
  name: 'bench.addGroup',
  input: Type.Object({ bodyId: Type.Integer({ minimum: 1 }), name: Type.String({ minLength: 1, maxLength: 100 }) }, { additionalProperties: false }),
  permission: 'registry.manage',
  async run({ tx }, input) {
    const row = await tx.insertInto('groups').values({ body_id: input.bodyId, kind: 'other', name: input.name, sort_order: 0 }).returning('id').executeTakeFirstOrThrow();
    return { id: row.id, bodyId: input.bodyId };
  },
});

const MODES = {
  execute: { label: 'execute, one transaction per write', make: (runtime) => ({ write: (input) => execute(runtime, addGroup, input, CLI), transactions: null }) },
  queue: {
    label: 'WriteQueue, group commit',
    make: (runtime) => {
      const queue = new WriteQueue(runtime);
      return { write: (input) => queue.submit(addGroup, input, CLI), transactions: () => queue.batches };
    },
  },
};

/** `count` writes from `concurrency` submitters, each waiting for its acknowledgement before the next. */
async function burst(write, bodyId, prefix, count, concurrency) {
  const latencies = new Array(count);
  let next = 0;
  const submitter = async () => {
    while (next < count) {
      const i = next++;
      const t0 = performance.now();
      await write({ bodyId, name: `${prefix}${i}` });
      latencies[i] = performance.now() - t0;
    }
  };
  const start = performance.now();
  const cpu0 = process.cpuUsage();
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, submitter));
  const cpu = process.cpuUsage(cpu0);
  return { seconds: (performance.now() - start) / 1000, latencies, cpuMicros: cpu.user + cpu.system };
}

async function measure(dialect, mode, options) {
  const { store, dispose } = await openBenchStore(dialect);
  try {
    const runtime = { store, events: new EventBus() };
    const { bodyId } = await execute(runtime, createBody, { kind: 'generic', level: 'city', name: 'Bench', nameEn: 'Bench', region: 'R', regionEn: 'R' }, CLI);
    const { write, transactions } = MODES[mode].make(runtime);
    await burst(write, bodyId, 'warm', options.warmup, options.concurrency);
    const before = transactions ? transactions() : 0;
    const { seconds, latencies, cpuMicros } = await burst(write, bodyId, 'w', options.writes, options.concurrency);
    const count = transactions ? transactions() - before : options.writes;
    return {
      perSecond: options.writes / seconds,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      transactions: count,
      cpuPerWrite: cpuMicros / options.writes,
    };
  } finally {
    await dispose();
  }
}

export async function run(overrides = {}) {
  const options = { ...DEFAULTS, ...overrides };
  const results = [];
  const dialects = benchDialects();
  for (const dialect of dialects) {
    const samples = { execute: [], queue: [] };
    // One untimed round first, so the first timed run does not pay for the JIT and cold caches.
    for (const mode of Object.keys(MODES)) await measure(dialect, mode, { ...options, writes: Math.min(options.writes, 500) });
    for (let r = 0; r < options.runs; r++) {
      // The modes alternate within each run, so the machine's noise falls on both alike.
      for (const mode of Object.keys(MODES)) {
        const s = await measure(dialect, mode, options);
        samples[mode].push(s);
        process.stderr.write(`writePath ${dialect} ${mode} run ${r + 1}/${options.runs}: ${Math.round(s.perSecond)} writes/s, p50 ${round(s.p50)} ms, p99 ${round(s.p99)} ms, ${s.transactions} transactions\n`);
      }
    }
    for (const mode of Object.keys(MODES)) {
      const label = `${STORE_NAMES[dialect]} · ${MODES[mode].label}`;
      const runs = samples[mode];
      results.push(
        resultOf(`${label} · throughput`, 'writes/s', runs.map((s) => s.perSecond)),
        resultOf(`${label} · latency p50`, 'ms', runs.map((s) => s.p50)),
        resultOf(`${label} · latency p99`, 'ms', runs.map((s) => s.p99)),
        resultOf(`${label} · transactions committed`, `for ${options.writes} writes`, runs.map((s) => s.transactions)),
        resultOf(`${label} · Node CPU per write`, 'µs', runs.map((s) => s.cpuPerWrite)),
      );
    }
  }
  return {
    name: 'writePath',
    title: `Write path: ${options.writes} audited writes from ${options.concurrency} concurrent submitters`,
    command: 'npm run build && node bench/writePath.mjs',
    stores: dialects,
    results,
    notes: [
      `Each write inserts one row and appends its hash-chained audit entry, and is acknowledged only once committed durably.`,
      `Median of ${options.runs} runs after one untimed round per store; each run is a fresh store with ${options.warmup} untimed warm-up writes.`,
      `Latency is from submit to acknowledgement, as a caller sees it, so it includes the time spent waiting behind the other ${options.concurrency - 1} submitters.`,
      `Node CPU per write is this process's user+system time over the burst (not PostgreSQL's); it is less disturbed than wall-clock figures by other load on the machine.`,
      `The SQLite file lives under .bench-tmp/ on the project's disk${dialects.includes('postgres') ? `; PostgreSQL runs each in a schema of its own (pool of 10 connections)` : ''}.`,
    ].join(' '),
  };
}

function cliOptions() {
  const { values } = parseArgs({ options: { writes: { type: 'string' }, concurrency: { type: 'string' }, runs: { type: 'string' } }, allowPositionals: true });
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, Number(v)]));
}

await runIfMain(import.meta.url, () => run(cliOptions()));
