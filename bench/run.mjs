/**
 * Runs the benchmarks and rewrites BENCHMARKS.md with their figures.
 *
 *   npm run bench                  every benchmark (builds first)
 *   npm run bench -- writePath     only those whose file name contains a word given
 *
 * A benchmark is any bench/*.mjs exporting `run()` (see bench/lib.mjs); other files are helpers.
 * Each runs in a process of its own, one after another, so its peak resident memory is its own
 * and the next one starts on a quiet heap. A benchmark not run this time keeps its section of
 * BENCHMARKS.md as it was.
 */
import { fork } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ROOT, describeMachine, machineInfo, peakRssMiB, resultsTable, resultsText } from './lib.mjs';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const SELF = path.basename(fileURLToPath(import.meta.url));
const HELPERS = new Set([SELF, 'lib.mjs', 'http.mjs', 'sitting.mjs']);
const REPORT = path.join(ROOT, 'BENCHMARKS.md');

if (process.argv[2] === '--child') {
  await child(process.argv[3]);
} else {
  process.exitCode = await parent(process.argv.slice(2));
}

/** In the child: imports one file, runs it if it is a benchmark, and sends back its figures. */
async function child(file) {
  const module = await import(pathToFileURL(file).href);
  if (typeof module.run !== 'function') {
    process.send({ kind: 'helper' });
    return;
  }
  const result = await module.run();
  process.send({ kind: 'result', result, peakRssMiB: peakRssMiB() });
}

async function parent(filters) {
  const candidates = readdirSync(BENCH_DIR)
    .filter((f) => f.endsWith('.mjs') && !HELPERS.has(f))
    .sort();
  const chosen = filters.length ? candidates.filter((f) => filters.some((w) => f.toLowerCase().includes(w.toLowerCase()))) : candidates;
  if (chosen.length === 0) {
    console.error(`No benchmark matches ${filters.map((w) => `"${w}"`).join(' ')}. Files: ${candidates.join(', ') || '(none)'}`);
    return 2;
  }

  const machine = await machineInfo();
  const sections = readSections();
  let failed = 0;
  for (const file of chosen) {
    const load = os.loadavg()[0];
    const started = new Date();
    console.log(`\n▶ ${file}`);
    let message;
    try {
      message = await runChild(path.join(BENCH_DIR, file));
    } catch (error) {
      failed++;
      console.error(`✗ ${file}: ${error.message}`);
      continue;
    }
    if (message.kind === 'helper') {
      console.log(`  (no run() export: a helper, skipped)`);
      continue;
    }
    const { result } = message;
    console.log(`\n${result.title ?? result.name}\n${resultsText(result.results)}\n  peak resident memory ${message.peakRssMiB} MiB`);
    sections.set(result.name, section(result, { machine, started, load, peakRssMiB: message.peakRssMiB }));
  }
  writeReport(sections);
  console.log(`\nWrote ${path.relative(process.cwd(), REPORT) || REPORT}.`);
  return failed ? 1 : 0;
}

function runChild(file) {
  return new Promise((resolve, reject) => {
    const proc = fork(fileURLToPath(import.meta.url), ['--child', file], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let message;
    proc.on('message', (m) => (message = m));
    proc.on('error', reject);
    proc.on('exit', (code, signal) => {
      if (message && code === 0) resolve(message);
      else reject(new Error(signal ? `killed by ${signal}` : `exited with code ${code}${message ? '' : ' before reporting its figures'}`));
    });
  });
}

function section(result, { machine, started, load, peakRssMiB }) {
  const name = result.name;
  const usedPostgres = result.stores ? result.stores.includes('postgres') : Boolean(machine.postgres);
  const lines = [
    `<!-- bench:${name} -->`,
    `## ${name}${result.title ? ` — ${result.title}` : ''}`,
    '',
    `- Reproduce: \`npm run bench -- ${name}\`, or on its own: \`${result.command}\``,
    `- Measured: ${started.toISOString().replace(/\.\d+Z$/, 'Z')} on ${describeMachine(machine, { postgres: usedPostgres })}`,
    `- Load average (1 min) when it started: ${load.toFixed(2)} on ${machine.cores} cores${load > machine.cores * 0.75 ? ' — the machine was busy with other work; wall-clock figures are noisy' : ''}`,
    `- Peak resident memory of the benchmark's process: ${peakRssMiB} MiB`,
    '',
    resultsTable(result.results),
    ...(result.notes ? ['', result.notes] : []),
    `<!-- /bench:${name} -->`,
  ];
  return lines.join('\n');
}

function readSections() {
  const sections = new Map();
  if (!existsSync(REPORT)) return sections;
  const text = readFileSync(REPORT, 'utf8');
  for (const m of text.matchAll(/<!-- bench:([\w.-]+) -->[\s\S]*?<!-- \/bench:\1 -->/g)) sections.set(m[1], m[0]);
  return sections;
}

function writeReport(sections) {
  const body = [...sections.keys()].sort().map((k) => sections.get(k));
  const text = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (bench/run.mjs); do not edit by hand. Each section is rewritten when its',
    'benchmark runs (`npm run bench -- NAME` runs one) and keeps its own machine, date and figures.',
    'Figures are medians over several runs; "each run" lists every run so the spread shows.',
    '',
    ...body.flatMap((s) => [s, '']),
  ].join('\n');
  writeFileSync(REPORT, text);
}
