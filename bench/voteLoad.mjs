/**
 * A vote burst through the real server: `plenum serve` (dist/) on 127.0.0.1 in a process of its
 * own, on a fresh SQLite store holding a generated sitting of 3,000 (then 30,000) members, every
 * one checked in and holding a pad credential. 1,000 hall-screen watchers hold the meeting's
 * Server-Sent Events stream open; a motion is opened and 200 concurrent clients cast every
 * member's vote, each with the member's own token; then the motion is closed.
 *
 * Measured: votes per second and their latency (request to 2xx acknowledgement, which the server
 * gives only once the vote is committed), the time from the close request to its answer and to
 * the result (`motion.closed`) reaching each watcher, and the server's peak resident memory.
 * Checked: no vote lost or doubled (stored rows, read from the SQLite file read-only, equal the
 * acknowledged votes; the closed result's yes + no + abstain equals them too). Baseline: a bare
 * Fastify server with one trivial JSON POST (bench/fixtures/bareServer.mjs), same client, same run.
 *
 * The crash part: on the first burst's store, a second motion and a second burst, and SIGKILL of
 * the server once half of it is acknowledged; restarted on the same store, every acknowledged
 * vote must be stored, and nothing else but votes still in flight at the kill.
 *
 * The motion routes (POST /api/meetings/:id/motions, /api/motions/:id/{open,close,votes}) come
 * from the voting module; until they are in the tree the run says so and measures the rest.
 *
 * Standalone: npm run build && node bench/voteLoad.mjs [--voters 3000,30000] [--watchers 1000]
 *   [--concurrency 200] [--kinds recorded,secret] [--idempotency on|off] [--crash on|off] [--runs 3]
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { performance } from 'node:perf_hooks';
import { setTimeout } from 'node:timers';
import { parseArgs } from 'node:util';
import SQLite from 'better-sqlite3';
import { SQLITE_FILE } from '../dist/store/store.js';
import { ROOT, percentile, resultOf, round, runIfMain } from './lib.mjs';
import { load, memoryOf, openWatchers, request, runsBesideBare, startPlenum, stop, waitFor } from './http.mjs';
import { PASSWORD, prepareSitting } from './sitting.mjs';

const DEFAULTS = { voters: '3000,30000', watchers: 1000, concurrency: 200, runs: 3, kinds: 'recorded,secret', idempotency: 'on', crash: 'on' };
/** Votes of the untimed motion of each kind before the watchers connect, which warms the vote path as the bare server is warmed. */
const WARM_UP_VOTES = 400;
/**
 * How long the server's token cache keeps a token (TokenCache's default, src/modules/accounts/
 * tokenCache.ts). Each burst starts this long after the last use of the members' tokens, so every
 * vote's token is new to the cache, as on a pad's first request, whichever burst it is in.
 */
const TOKEN_CACHE_MS = 5_000;
/** The crash burst's server is killed once this share of its votes is acknowledged. */
const KILL_AT = 0.5;

/** Member i's choice: mostly yes, some no and abstain, as a passing motion looks. */
const choiceOf = (i) => (i % 10 === 0 ? 'no' : i % 10 === 1 ? 'abstain' : 'yes');

/**
 * A stream frame worth keeping: the first counts frame (the watcher is connected) and the motion
 * events, with their motion's id. Counts frames are not parsed.
 */
function pickMotionEvents(block) {
  if (block.includes('event: counts')) return { event: 'counts' };
  const event = /^event: (motion\.\w+)$/m.exec(block)?.[1];
  if (!event) return undefined;
  const data = JSON.parse(/^data: (.*)$/m.exec(block)[1]);
  return { event, motionId: data.id ?? data.motionId ?? data.motion?.id };
}

/** Whether a watcher has seen `event` for the motion. */
const seen = (w, event, motionId) => w.frames.some((f) => f.event === event && f.motionId === motionId);

/** Whether the server has the vote route: an anonymous POST to it is anything but "no such endpoint". */
async function hasVoteRoute(port) {
  const res = await request(undefined, port, 'POST', '/api/motions/1/votes', { body: {} });
  return !(res.status === 404 && res.body?.error === 'route_not_found');
}

/** A staff request that must succeed; its answer's body. */
async function staff(port, token, method, url, body) {
  const res = await request(undefined, port, method, url, { token, body });
  if (res.status >= 300) throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** A new open motion of the meeting. */
async function openMotion(port, deskToken, meetingId, kind, title) {
  const motion = await staff(port, deskToken, 'POST', `/api/meetings/${meetingId}/motions`, { title, kind });
  await staff(port, deskToken, 'POST', `/api/motions/${motion.id}/open`, {});
  return motion.id;
}

/**
 * The stored votes of a motion, read from the SQLite file read-only (as another process would,
 * while the server runs): the voters' membership ids (recorded votes, or a secret motion's
 * participations) and the count of each choice (votes, or a secret motion's ballots).
 */
function storedVotes(dataDir, motionId, kind) {
  const db = new SQLite(path.join(dataDir, SQLITE_FILE), { readonly: true, fileMustExist: true });
  try {
    const voters = db.prepare(`select membership_id as id from ${kind === 'secret' ? 'motion_participations' : 'motion_votes'} where motion_id = ?`).all(motionId).map((r) => r.id);
    const choices = { yes: 0, no: 0, abstain: 0 };
    for (const r of db.prepare(`select choice, count(*) as n from ${kind === 'secret' ? 'motion_ballots' : 'motion_votes'} where motion_id = ? group by choice`).all(motionId)) choices[r.choice] = r.n;
    return { voters, choices, total: choices.yes + choices.no + choices.abstain };
  } finally {
    db.close();
  }
}

/** What a burst's requests look like: voter i's vote, with their own token and, when asked, an Idempotency-Key. */
function voteRequest(motionId, sitting, options) {
  return (i) => ({
    method: 'POST',
    url: `/api/motions/${motionId}/votes`,
    options: { token: sitting.tokens[i], body: { choice: choiceOf(i) }, headers: options.idempotency ? { 'idempotency-key': `bench-${motionId}-${i}` } : {} },
  });
}

/**
 * The measured burst: every member votes on a new motion of the kind, then it is closed. Returns
 * the figures and throws if a vote was refused, lost or doubled.
 */
async function voteBurst({ port, dataDir, sitting, deskToken, watchers, options, kind }) {
  const voters = sitting.tokens.length;
  const motionId = await openMotion(port, deskToken, sitting.meetingId, kind, `关于云州市国民经济和社会发展计划的决议（草案）（${kind === 'secret' ? '无记名' : '记名'}表决）`);
  if (!(await waitFor(() => watchers.every((w) => seen(w, 'motion.opened', motionId))))) throw new Error('The watchers did not all see the motion open within 10 s');
  await new Promise((r) => setTimeout(r, TOKEN_CACHE_MS + 500));

  const acked = { yes: 0, no: 0, abstain: 0 };
  const ackedVoters = new Set();
  const result = await load(port, voters, options.concurrency, voteRequest(motionId, sitting, options), {
    onAnswer: (i, res) => {
      if (res.status !== 201) return;
      acked[choiceOf(i)]++;
      ackedVoters.add(sitting.membershipIds[i]);
    },
  });
  if (result.refused > 0) throw new Error(`${result.refused} votes were refused`);
  const stored = storedVotes(dataDir, motionId, kind);
  const ackedTotal = result.acks.length;
  const storedVoters = new Set(stored.voters);
  if (stored.total !== ackedTotal || ackedVoters.size !== ackedTotal || stored.voters.length !== ackedTotal || storedVoters.size !== ackedTotal || [...ackedVoters].some((m) => !storedVoters.has(m))) {
    throw new Error(`${ackedTotal} votes acknowledged (${ackedVoters.size} voters), ${stored.total} stored (${stored.voters.length} voters, ${storedVoters.size} distinct, not all of them the acknowledged)`);
  }
  for (const c of Object.keys(acked)) if (stored.choices[c] !== acked[c]) throw new Error(`${acked[c]} "${c}" votes acknowledged, ${stored.choices[c]} stored`);

  const t0 = performance.now();
  const closed = await request(undefined, port, 'POST', `/api/motions/${motionId}/close`, { token: deskToken, body: {} });
  if (closed.status !== 200) throw new Error(`close: ${closed.status} ${JSON.stringify(closed.body)}`);
  const closeMs = closed.at - t0;
  if (!(await waitFor(() => watchers.every((w) => seen(w, 'motion.closed', motionId))))) throw new Error('The watchers did not all see the result within 10 s');
  const published = watchers.map((w) => w.frames.find((f) => f.event === 'motion.closed' && f.motionId === motionId).at - t0).sort((a, b) => a - b);
  const r = closed.body.result;
  if (r.yes + r.no + r.abstain !== ackedTotal || r.yes !== acked.yes || r.no !== acked.no || r.abstain !== acked.abstain) {
    throw new Error(`The result counts ${r.yes}/${r.no}/${r.abstain} (yes/no/abstain), ${acked.yes}/${acked.no}/${acked.abstain} were acknowledged`);
  }
  return {
    voteRps: result.perSecond,
    voteP50: result.p50,
    voteP99: result.p99,
    closeMs,
    publishP50: percentile(published, 50),
    publishP99: percentile(published, 99),
    acknowledged: ackedTotal,
    stored: stored.total,
    counted: r.yes + r.no + r.abstain,
  };
}

/**
 * The crash part on a running server: a new motion, a burst, SIGKILL once KILL_AT of it is
 * acknowledged; then the server restarted on the same store. Returns the counts and the
 * restarted server; throws if an acknowledged vote is missing or a stored one was never sent.
 */
async function crashBurst({ server, dataDir, sitting, deskToken, options, kind }) {
  const { port } = server;
  const motionId = await openMotion(port, deskToken, sitting.meetingId, kind, '关于云州市预算执行情况的决议（草案）');
  const voters = sitting.tokens.length;
  const make = voteRequest(motionId, sitting, options);
  const sent = new Set();
  const answered = new Set();
  const acknowledged = new Set();
  let inFlight = null;
  let killed = false;
  await load(
    port,
    voters,
    options.concurrency,
    (i) => {
      sent.add(sitting.membershipIds[i]);
      return make(i);
    },
    {
      halted: () => killed,
      onAnswer: (i, res) => {
        const id = sitting.membershipIds[i];
        answered.add(id);
        if (res.status === 201) acknowledged.add(id);
        else if (!killed) throw new Error(`A vote was refused before the kill: ${res.status} ${JSON.stringify(res.body)}`);
        if (!killed && acknowledged.size >= voters * KILL_AT) {
          killed = true;
          server.child.kill('SIGKILL');
          inFlight = new Set([...sent].filter((m) => !answered.has(m)));
        }
      },
    },
  );
  await new Promise((r) => (server.child.exitCode !== null || server.child.signalCode !== null ? r() : server.child.once('exit', r)));
  if (!killed) throw new Error('The burst ended before the kill');

  const restarted = await startPlenum(dataDir);
  const stored = storedVotes(dataDir, motionId, kind);
  const storedSet = new Set(stored.voters);
  const lost = [...acknowledged].filter((m) => !storedSet.has(m));
  const unexplained = stored.voters.filter((m) => !acknowledged.has(m) && !inFlight.has(m));
  if (lost.length) throw new Error(`${lost.length} acknowledged votes are not stored after the restart`);
  if (unexplained.length) throw new Error(`${unexplained.length} stored votes were neither acknowledged nor in flight at the kill`);
  if (stored.voters.length !== storedSet.size || stored.total !== storedSet.size) throw new Error(`${stored.voters.length} voters, ${storedSet.size} distinct, ${stored.total} votes stored`);
  // The restarted server closes the motion and counts what the store holds.
  const signIn = (await staff(restarted.port, undefined, 'POST', '/api/auth/sign-in', { username: 'desk', password: PASSWORD })).token;
  const closed = await staff(restarted.port, signIn, 'POST', `/api/motions/${motionId}/close`, {});
  const counted = closed.result.yes + closed.result.no + closed.result.abstain;
  if (counted !== stored.total) throw new Error(`After the restart the result counts ${counted} votes, the store holds ${stored.total}`);
  return { restarted, crash: { acknowledged: acknowledged.size, stored: stored.total, inFlight: inFlight.size, storedUnacknowledged: stored.total - acknowledged.size, counted } };
}

/** One burst size: a fresh store and server, the warm-up, the watchers, the burst, and (when asked) the crash part. */
async function oneSitting(options, voters, withCrash) {
  const parent = path.join(ROOT, '.bench-tmp');
  mkdirSync(parent, { recursive: true });
  const dataDir = mkdtempSync(path.join(parent, 'vote-'));
  const figures = {};
  let server;
  let streams;
  try {
    const sitting = await prepareSitting(dataDir, voters, { memberTokens: true, checkedIn: true });
    server = await startPlenum(dataDir);
    const { port } = server;
    const signIn = async (username) => (await staff(port, undefined, 'POST', '/api/auth/sign-in', { username, password: PASSWORD })).token;
    const deskToken = await signIn('desk');
    const screenToken = await signIn('screen');

    figures.voteRoute = await hasVoteRoute(port);
    if (figures.voteRoute) {
      // An untimed motion of each kind first, so the bursts run warmed-up code, as the baseline does.
      for (const kind of options.kinds) {
        const warmUp = await openMotion(port, deskToken, sitting.meetingId, kind, '关于会议议程的决定（草案）');
        const warm = await load(port, Math.min(WARM_UP_VOTES, voters), options.concurrency, voteRequest(warmUp, sitting, options));
        if (warm.refused > 0) throw new Error(`${warm.refused} warm-up votes were refused`);
        await staff(port, deskToken, 'POST', `/api/motions/${warmUp}/close`, {});
      }
    }

    streams = await openWatchers(port, sitting.meetingId, screenToken, options.watchers, pickMotionEvents);
    figures.connectMs = streams.connectMs;
    await new Promise((r) => setTimeout(r, 500));
    figures.rssStreams = memoryOf(server.child.pid).rss;

    if (figures.voteRoute) {
      figures.kinds = {};
      for (const kind of options.kinds) figures.kinds[kind] = await voteBurst({ port, dataDir, sitting, deskToken, watchers: streams.watchers, options, kind });
    }
    figures.peakRss = memoryOf(server.child.pid).peak;
    streams.close();
    streams = undefined;
    if (figures.voteRoute && withCrash) {
      const { restarted, crash } = await crashBurst({ server, dataDir, sitting, deskToken, options, kind: options.kinds[0] });
      server = restarted;
      figures.crash = crash;
    }
  } finally {
    streams?.close();
    if (server) await stop(server.child);
    rmSync(dataDir, { recursive: true, force: true });
  }
  return figures;
}

/** The bare endpoint's rate for as many requests as the burst, right before it: the baseline. */
async function baselineOf(bare, count, options) {
  const result = await load(bare.port, count, options.concurrency, (i) => ({ method: 'POST', url: '/echo', options: { body: { choice: choiceOf(i) } } }));
  return { baselineRps: result.perSecond, baselineP50: result.p50, baselineP99: result.p99 };
}

async function oneRun(options, bare) {
  // One untimed round against the bare server first, so it runs warmed-up code.
  await load(bare.port, options.concurrency * 2, options.concurrency, () => ({ method: 'POST', url: '/echo', options: { body: { choice: 'yes' } } }));
  const bursts = [];
  for (const [b, voters] of options.voters.entries()) {
    const baseline = await baselineOf(bare, voters, options);
    bursts.push({ ...baseline, ...(await oneSitting(options, voters, options.crash && b === 0)) });
  }
  return { bursts };
}

export async function run(argv = []) {
  const { values } = parseArgs({
    args: argv,
    options: {
      voters: { type: 'string' },
      watchers: { type: 'string' },
      concurrency: { type: 'string' },
      runs: { type: 'string' },
      kinds: { type: 'string' },
      idempotency: { type: 'string' },
      crash: { type: 'string' },
    },
  });
  const options = {
    voters: String(values.voters ?? DEFAULTS.voters).split(',').map(Number),
    watchers: Number(values.watchers ?? DEFAULTS.watchers),
    concurrency: Number(values.concurrency ?? DEFAULTS.concurrency),
    runs: Number(values.runs ?? DEFAULTS.runs),
    kinds: String(values.kinds ?? DEFAULTS.kinds).split(','),
    idempotency: (values.idempotency ?? DEFAULTS.idempotency) === 'on',
    crash: (values.crash ?? DEFAULTS.crash) === 'on',
  };
  if (options.voters.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--voters: burst sizes, e.g. 3000,30000');
  if (options.kinds.some((k) => !['recorded', 'secret'].includes(k))) throw new Error('--kinds: recorded, secret or both (recorded,secret)');
  const runs = await runsBesideBare(options.runs, (bare) => oneRun(options, bare));
  return report(options, runs);
}

const fmt = (n) => n.toLocaleString('en-US');

/** From one profiled run; profile again after changing the vote path, and update this. */
const WHERE_THE_TIME_GOES = [
  'Where the time goes (server CPU profile of a 3,000-vote recorded run plus its 400-vote warm-up, `BENCH_NODE_FLAGS="--cpu-prof --cpu-prof-dir=DIR" node bench/voteLoad.mjs --voters 3000 --kinds recorded --crash off --runs 1`, 2026-11-26, after the token lookup became a prepared query, the motion is read once per queue group and the close counts with `meetingTotals`):',
  'the server was idle about 40% of the run: the clients (200 HTTP clients and 1,000 stream readers in this one process, on the same 2 cores) are as much the limit as the server.',
  'Per vote, the operation takes about 0.3 ms of CPU, of which sealing the idempotency answer (a new AES-256-GCM cipher per vote) is about 0.12 ms and the audit entry 0.08 ms; the group commits (one fsync per group) add about 0.12 ms per vote; socket writes and garbage collection most of the rest.',
  'The close answers once it has counted the motion\'s votes and the meeting\'s members in its transaction, so its time grows with the sitting (rows above); the result then reaches the watchers a few tens of milliseconds after the close\'s own answer, the time for the server to write 1,000 frames and for this benchmark\'s one process to read them.',
].join(' ');

function report(options, runs) {
  const W = fmt(options.watchers);
  const C = options.concurrency;
  const burstCol = (b, k) => runs.map((f) => f.bursts[b][k]);
  const withVotes = runs.every((f) => f.bursts.every((b) => b.voteRoute));
  const results = [];
  for (const [b, voters] of options.voters.entries()) {
    const N = fmt(voters);
    results.push(
      resultOf(`bare Fastify JSON POST (baseline), ${N} requests from ${C} clients · throughput`, 'req/s', burstCol(b, 'baselineRps')),
      resultOf(`bare Fastify JSON POST (baseline), ${N} requests · latency p99`, 'ms', burstCol(b, 'baselineP99')),
    );
    results.push(resultOf(`${N}-member sitting: ${W} stream watchers connected, each with its first counts`, 'ms', burstCol(b, 'connectMs')));
    if (withVotes) {
      for (const kind of options.kinds) {
        const col = (k) => runs.map((f) => f.bursts[b].kinds[kind][k]);
        const V = `${N} ${kind} votes`;
        results.push(
          resultOf(`${V} from ${C} clients, ${W} watchers · throughput`, 'votes/s', col('voteRps')),
          resultOf(`${V} · throughput against the same run's bare endpoint (aim: at least 50%)`, '%', runs.map((f) => (100 * f.bursts[b].kinds[kind].voteRps) / f.bursts[b].baselineRps)),
          resultOf(`${V} · latency p50`, 'ms', col('voteP50')),
          resultOf(`${V} · latency p99`, 'ms', col('voteP99')),
          resultOf(`${V} · close request → its answer`, 'ms', col('closeMs')),
          resultOf(`${V} · close request → result on the watchers, p50`, 'ms', col('publishP50')),
          resultOf(`${V} · close request → result on the watchers, p99 (aim: under 50 ms)`, 'ms', col('publishP99')),
          resultOf(`${V} · acknowledged = stored = counted in the result`, 'votes', col('acknowledged')),
        );
      }
    }
    results.push(resultOf(`${N}-member sitting · server peak resident memory`, 'MiB', burstCol(b, 'peakRss')));
  }
  const crashes = withVotes && options.crash ? runs.map((f) => f.bursts[0].crash) : [];
  if (crashes.length) {
    const k = (key) => crashes.map((c) => c[key]);
    results.push(
      resultOf(`crash burst (${fmt(options.voters[0])} ${options.kinds[0]} votes, SIGKILL at ${KILL_AT * 100}% acknowledged) · acknowledged`, 'votes', k('acknowledged')),
      resultOf('crash burst · stored after the restart', 'votes', k('stored')),
      resultOf('crash burst · in flight at the kill (sent, not answered)', 'votes', k('inFlight')),
      resultOf('crash burst · stored but not acknowledged (committed as the kill landed)', 'votes', k('storedUnacknowledged')),
    );
  }
  const notes = [
    `Plenum runs as \`plenum serve\` (dist/) in a child process on 127.0.0.1 with a fresh SQLite store per burst size and run (under .bench-tmp/): a generated roster in 35 sectors and one plenary meeting, every member checked in and holding a pad credential (inserted directly, as \`accounts.issuePadCredential\` and a desk check-in record them). Median of ${options.runs} runs.`,
    `Each vote is one member's own request, \`POST /api/motions/:id/votes\` with the member's bearer token${options.idempotency ? ' and an Idempotency-Key, as the pad sends them' : ''}, answered once the write queue has committed it (SQLite WAL, synchronous=FULL). Clients are this benchmark's own process on the same 2 cores (kept-alive http.Agent, ${C} concurrent, each sending its next request when the last is answered), so the figures include the clients' cost; each phase opens its connections with one untimed request first. Before the watchers connect, an untimed motion of each kind with ${WARM_UP_VOTES} votes (or as many as there are members) warms the vote path. Every member's token is new to the server's token cache when their vote arrives (each burst starts more than the cache's 5 s after the tokens' last use), as on the pad's first request, so each vote also costs a token lookup. The bare endpoint's rate is measured with as many requests as the burst, just before its sitting is prepared. The ${W} watchers are plain HTTP requests to \`/api/meetings/:id/stream?token=\` (a screen account); the burst starts once every one has seen \`motion.opened\`.`,
    `Each sitting takes one burst per kind (${options.kinds.join(', then ')}), each on a motion of its own, closed before the next opens. A secret vote stores that the member voted and, apart, a ballot with its receipt; the ballots of a queue group go in together, shuffled.`,
    'Checked in every run: the votes stored for the motion (the SQLite file read read-only after the burst) equal the acknowledged ones, voter by voter (a secret motion\'s participations) and choice by choice (its ballots), and the result the close answers with counts the same yes, no and abstain.',
    crashes.length
      ? `Crash part: on the ${fmt(options.voters[0])}-member store after its measured burst, a second motion and burst without watchers; the server gets SIGKILL once ${KILL_AT * 100}% of the votes are acknowledged, and is restarted on the same store. Every acknowledged vote is stored, and every stored vote not acknowledged was in flight at the kill (checked voter by voter); the restarted server closes the motion and its result counts exactly the stored votes.`
      : '',
    'Peak resident memory is the server process\'s VmHWM, read from /proc after the burst; the benchmark\'s own process is listed below separately.',
  ]
    .filter(Boolean)
    .join(' ');
  let against = '';
  if (withVotes) {
    const median = (start) => results.find((r) => r.label.startsWith(start)).median;
    against = `**Against the aim** (vote throughput at least half the bare endpoint's; the result on the watchers within 50 ms of the close): ${options.voters
      .flatMap((v) => {
        const N = fmt(v);
        return options.kinds.map((kind) => {
          const V = `${N} ${kind} votes`;
          return `${V}: ${fmt(median(V))} votes/s, ${fmt(median(`${V} · throughput against`))}% of the bare endpoint's ${fmt(median(`bare Fastify JSON POST (baseline), ${N} requests from`))} req/s; result p99 ${fmt(median(`${V} · close request → result on the watchers, p99`))} ms after the close, whose own answer took ${fmt(median(`${V} · close request → its answer`))} ms`;
        });
      })
      .join('; ')}.`;
    const bursts = options.voters.flatMap((v) => options.kinds.map((kind) => `${fmt(v)} ${kind} votes`));
    const fast = bursts.filter((V) => median(`${V} · throughput against`) >= 50).length;
    const prompt = bursts.filter((V) => median(`${V} · close request → result on the watchers, p99`) <= 50).length;
    against += ` In medians, the throughput aim is met by ${fast} of the ${bursts.length} bursts and the result aim by ${prompt}. ${WHERE_THE_TIME_GOES}`;
  }
  const sizes = options.voters.map(fmt).join(' and ');
  return {
    name: 'voteLoad',
    title: withVotes
      ? `Vote load: bursts of ${sizes} ${options.kinds.join(' and ')} votes from ${C} clients with ${W} screens watching${crashes.length ? ', and a SIGKILL mid-burst' : ''}`
      : `Vote load (motion routes not yet in the tree): ${W} screens watching sittings of ${sizes} members, and the baseline`,
    command: 'npm run build && node bench/voteLoad.mjs',
    stores: ['sqlite'],
    results: results.map((r) => ({ ...r, median: round(r.median) })),
    notes: withVotes
      ? `${notes}\n\n${against}`
      : `${notes}\n\nThe motion routes (POST /api/meetings/:id/motions, POST /api/motions/:id/{open,votes,close}) are not in this tree yet, so vote throughput, latency, the result's publication and the crash part are not measured; the run detects the routes by itself.`,
  };
}

await runIfMain(import.meta.url, () => run(process.argv.slice(2)));
