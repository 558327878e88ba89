/**
 * Stroke collation benchmark: 100,000 synthetic names (the demo's seeded generator) sorted by
 * surname strokes (GB13000.1 笔画序, `sortNames`), against a baseline measured in the same run:
 * `Array.prototype.sort` with `localeCompare(…, 'zh')` on the same names (ICU's pinyin order: a
 * different order, shown only for what a comparable sort costs here). Median of several runs.
 * Runs against the built dist/ (npm run build first). Standalone: `node bench/protocolSort.mjs`;
 * bench/run.mjs imports `run()` and writes the medians into BENCHMARKS.md.
 */
import { performance } from 'node:perf_hooks';
import { resultOf, runIfMain } from './lib.mjs';
import { sortNames } from '../dist/modules/protocol/rules/collation.js';
import { drawName } from '../dist/demo/names.js';
import { mulberry32 } from '../dist/demo/prng.js';

const COUNT = 100_000;
const RUNS = 7;

/** Synthetic names only: the demo's generator, seeded, duplicates allowed as in a large roster. */
function syntheticNames(count, seed) {
  const rng = mulberry32(seed);
  const none = new Set();
  const names = [];
  for (let i = 0; i < count; i++) names.push(drawName(rng, rng.chance(0.5) ? '男' : '女', none).name);
  return names;
}

function timed(runs, fn) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn();
    times.push(performance.now() - started);
  }
  return times;
}

export async function run() {
  const names = syntheticNames(COUNT, 20260301);
  const congress = names.slice(0, 3000);
  sortNames(names); // warm up the table and the JIT
  const strokes = timed(RUNS, () => sortNames(names));
  const singleFirstOff = timed(RUNS, () => sortNames(names, { singleFirst: false }));
  const baseline = timed(RUNS, () => [...names].sort((a, b) => a.localeCompare(b, 'zh')));
  const collator = new Intl.Collator('zh');
  const baselineCollator = timed(RUNS, () => [...names].sort(collator.compare));
  const small = timed(RUNS, () => sortNames(congress));
  return {
    name: 'protocolSort',
    title: `Stroke collation: ${COUNT.toLocaleString('en')} synthetic names by surname strokes (aim: under 200 ms)`,
    command: 'npm run build && node bench/protocolSort.mjs',
    results: [
      resultOf(`sortNames, ${COUNT} names, GB13000.1 stroke order (one-character given names first)`, 'ms', strokes),
      resultOf(`sortNames, ${COUNT} names, singleFirst off`, 'ms', singleFirstOff),
      resultOf(`baseline: Array.prototype.sort with localeCompare(…, 'zh'), ${COUNT} names`, 'ms', baseline),
      resultOf(`baseline: Array.prototype.sort with one Intl.Collator('zh'), ${COUNT} names`, 'ms', baselineCollator),
      resultOf(`sortNames, 3000 names (a national congress)`, 'ms', small),
    ],
    notes: `Names from src/demo/names.ts (mulberry32 seed 20260301), synthetic only. sortNames turns each name into key units (each character's rank in the compiled stroke table, and the one-character-given-name marker) and sorts the first four units by a stable radix sort over typed arrays, longer keys tie-broken by the whole key; the baselines sort the same names in ICU's order, which is not the stroke order.`,
  };
}

await runIfMain(import.meta.url, run);
