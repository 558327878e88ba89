/**
 * What the load benchmarks (bench/checkinLoad.mjs, bench/voteLoad.mjs) share: starting a server
 * in a child process and stopping it, reading its memory, HTTP requests and a load of them from
 * concurrent clients, and stream watchers. Everything talks to 127.0.0.1 only; every child server
 * is killed when the benchmark exits and after SERVER_LIMIT_MS in any case.
 */
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import http from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { performance } from 'node:perf_hooks';
import { clearTimeout, setTimeout } from 'node:timers';
import { ROOT, percentile } from './lib.mjs';

export const PLENUM = path.join(ROOT, 'dist/cli/plenum.js');
export const BARE = path.join(ROOT, 'bench/fixtures/bareServer.mjs');
/** What `plenum serve` prints once it listens, with the port. */
export const PLENUM_LISTENING = /listening on http:\/\/127\.0\.0\.1:(\d+)/;
/** Every child server is stopped after this long even if the benchmark is not done. */
export const SERVER_LIMIT_MS = 10 * 60_000;
const children = new Set();
process.on('exit', () => children.forEach((c) => c.kill('SIGKILL')));

/** Starts a server script and resolves with its port once it says where it listens. */
export function startChild(args, pattern) {
  return new Promise((resolve, reject) => {
    // BENCH_NODE_FLAGS (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`) goes to the server processes only, for profiling.
    const flags = process.env.BENCH_NODE_FLAGS?.split(' ').filter(Boolean) ?? [];
    const child = spawn(process.execPath, [...flags, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PLENUM_DATABASE_URL: '' } });
    children.add(child);
    const limit = setTimeout(() => child.kill('SIGKILL'), SERVER_LIMIT_MS);
    limit.unref();
    child.on('exit', () => {
      clearTimeout(limit);
      children.delete(child);
    });
    let out = '';
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (c) => (err += c));
    child.stdout.setEncoding('utf8').on('data', (c) => {
      out += c;
      const port = pattern.exec(out)?.[1];
      if (port) resolve({ child, port: Number(port) });
    });
    child.on('exit', (code) => reject(new Error(`${args.join(' ')} ended (${code}) before listening:\n${out}${err}`)));
  });
}

/** `plenum serve` (dist/) on 127.0.0.1, a free port and the data folder `dataDir`. */
export function startPlenum(dataDir) {
  return startChild([PLENUM, 'serve', '--host', '127.0.0.1', '--port', '0', '--no-demo', '--data', dataDir], PLENUM_LISTENING);
}

/** Stops a child with SIGTERM and resolves once it has exited. */
/** Runs `oneRun(options, bare)` `runs` times against one bare Fastify baseline server, stopped afterwards. */
export async function runsBesideBare(runs, oneRun) {
  const bare = await startChild([BARE, String(SERVER_LIMIT_MS)], /listening (\d+)/);
  const results = [];
  try {
    for (let r = 0; r < runs; r++) results.push(await oneRun(bare));
  } finally {
    await stop(bare.child);
  }
  return results;
}

export const stop = (child) =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });

/** Resident memory of a process now and at its peak, in MiB (Linux /proc). */
export function memoryOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (key) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 };
}

/** One HTTP request; resolves with its status, parsed body and when its answer arrived. */
export function request(agent, port, method, url, { token, body, headers = {} } = {}) {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request(
      {
        agent,
        host: '127.0.0.1',
        port,
        method,
        path: url,
        headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}), ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (text += c));
        res.on('end', () => {
          const at = performance.now();
          let parsed;
          try {
            parsed = text ? JSON.parse(text) : undefined;
          } catch {
            parsed = undefined;
          }
          resolve({ status: res.statusCode, body: parsed, at });
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/**
 * `count` requests from `concurrency` clients over kept-alive connections, opened beforehand, each
 * client sending its next request once the last is answered. `make(i)` gives request i's method,
 * url and options; `onAnswer(i, res)`, when given, sees every answer as it comes. Once `halted()`
 * is true no more requests are sent, and a request failing from then on (its server was killed)
 * is counted in `failed` instead of failing the load.
 */
export async function load(port, count, concurrency, make, { onAnswer, halted = () => false } = {}) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies = [];
  const acks = [];
  let next = 0;
  let refused = 0;
  let failed = 0;
  const client = async () => {
    while (next < count && !halted()) {
      const i = next++;
      const { method, url, options } = make(i);
      const t0 = performance.now();
      let res;
      try {
        res = await request(agent, port, method, url, options);
      } catch (error) {
        if (!halted()) throw error;
        failed++;
        continue;
      }
      latencies.push(res.at - t0);
      if (res.status >= 200 && res.status < 300) acks.push(res.at);
      else refused++;
      onAnswer?.(i, res);
    }
  };
  // Desks hold their connections open: each client's connection is opened (one untimed GET /)
  // before the clock starts, so the first requests do not measure 200 connections being set up.
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, () => request(agent, port, 'GET', '/')));
  const start = performance.now();
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, client));
  const seconds = (performance.now() - start) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { perSecond: latencies.length / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99), acks, refused, failed };
}

/**
 * `n` watchers of the meeting's stream. `pick(block)` reads one SSE frame (its text, without the
 * blank line ending it) and returns what to keep of it, or undefined to skip it; each watcher
 * keeps `frames` of { at, ...picked } and counts as connected at its first kept frame.
 * Reading frames by `pick` rather than parsing each one keeps the watchers' own cost, which
 * shares the server's 2 cores, low.
 */
export async function openWatchers(port, meetingId, token, n, pick) {
  const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
  const watchers = [];
  const start = performance.now();
  await Promise.all(
    Array.from({ length: n }, () =>
      new Promise((resolve, reject) => {
        const w = { frames: [], req: null };
        w.req = http.get({ agent, host: '127.0.0.1', port, path: `/api/meetings/${meetingId}/stream?token=${token}` }, (res) => {
          if (res.statusCode !== 200) return reject(new Error(`stream answered ${res.statusCode}`));
          res.setEncoding('utf8');
          let buffer = '';
          res.on('data', (chunk) => {
            const at = performance.now();
            const blocks = (buffer + chunk).split('\n\n');
            buffer = blocks.pop();
            for (const block of blocks) {
              const picked = pick(block);
              if (picked === undefined) continue;
              w.frames.push({ at, ...picked });
              if (w.frames.length === 1) resolve();
            }
          });
          res.on('error', () => undefined);
        });
        w.req.on('error', reject);
        watchers.push(w);
      }),
    ),
  );
  return { watchers, connectMs: performance.now() - start, close: () => watchers.forEach((w) => w.req.destroy()) };
}

/** Resolves true once `done()` holds, checking every 20 ms, or false after `limitMs`. */
export async function waitFor(done, limitMs = 10_000) {
  const until = performance.now() + limitMs;
  while (performance.now() < until) {
    if (done()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return false;
}
