import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, expect, it, vi } from 'vitest';
import { runCliCalls } from '../testing.js';
import { openStore, SQLITE_FILE } from '../../store/store.js';
import { EventBus } from '../../server/events.js';
import { execute, SYSTEM, type Actor, type Runtime } from '../../server/operation.js';
import { seedSitting } from '../../modules/live/testing.js';
import { markPresent } from '../../modules/voting/testing.js';
import { createMotion } from '../../modules/voting/createMotion.js';
import { openMotion } from '../../modules/voting/openMotion.js';
import { closeMotion } from '../../modules/voting/closeMotion.js';
import { castVote } from '../../modules/voting/castVote.js';

const dirs: string[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Runs `plenum …` in-process; returns the exit code and what it printed, a call per line. */
const plenum = (...argv: string[]) => runCliCalls({}, ...argv);

/** A store with five members, four present, and one closed motion of each kind: 3 yes and 1 no in each. */
async function storeWithClosedMotions(): Promise<{ dir: string; recorded: number; secret: number; draft: number }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'plenum-cli-'));
  dirs.push(dir);
  const store = await openStore({ dataDir: dir });
  const runtime: Runtime = { store, events: new EventBus() };
  const s = await seedSitting(runtime, 5);
  await markPresent(runtime, s, s.membershipIds.slice(0, 4));
  const people = await store.db.selectFrom('memberships').select(['id', 'person_id']).orderBy('id').execute();
  const member = (i: number): Actor => ({ label: `member ${i}`, role: 'member', accountId: null, personId: people[i]!.person_id, bodyId: s.bodyId });
  const ids: number[] = [];
  for (const kind of ['recorded', 'secret'] as const) {
    const motion = await execute(runtime, createMotion, { meetingId: s.meetingId, title: kind === 'recorded' ? '关于工作报告的决议' : '关于人事任免的决定', kind }, SYSTEM);
    await execute(runtime, openMotion, { motionId: motion.id }, SYSTEM);
    for (const [i, choice] of (['yes', 'yes', 'yes', 'no'] as const).entries()) await execute(runtime, castVote, { motionId: motion.id, choice }, member(i));
    await execute(runtime, closeMotion, { motionId: motion.id }, SYSTEM);
    ids.push(motion.id);
  }
  const draft = await execute(runtime, createMotion, { meetingId: s.meetingId, title: '草案', kind: 'recorded' }, SYSTEM);
  await store.close();
  return { dir, recorded: ids[0]!, secret: ids[1]!, draft: draft.id };
}

const SENTENCE = '赞成3票，反对1票，弃权0票，未按表决器0人，通过。';

it('plenum recount: exit 0 when the stored votes give the stored result, in words and as JSON', async () => {
  const { dir, recorded, secret } = await storeWithClosedMotions();
  expect(await plenum('recount', '--motion', String(recorded), '--data', dir)).toEqual({
    code: 0,
    out: [`Motion ${recorded} (关于工作报告的决议)`, `  stored:    ${SENTENCE}`, `  recounted: ${SENTENCE}`, 'Recount matches the stored result.'],
    err: [],
  });
  const json = await plenum('recount', '--motion', String(secret), '--json', '--data', dir);
  expect(json.code).toBe(0);
  const figures = { yes: 3, no: 1, abstain: 0, notVoted: 0, required: 3, passed: true, sentence: SENTENCE, voters: 4 };
  expect(JSON.parse(json.out[0]!)).toEqual({ motionId: secret, title: '关于人事任免的决定', equal: true, stored: figures, recounted: figures, differences: [] });
});

it('plenum recount: exit 1 naming each difference when a stored vote or ballot was changed behind Plenum\'s back', async () => {
  const { dir, recorded, secret } = await storeWithClosedMotions();
  const db = new SQLite(path.join(dir, SQLITE_FILE));
  db.prepare("update motion_votes set choice = 'no' where id = (select min(id) from motion_votes where motion_id = ?)").run(recorded);
  db.prepare("delete from motion_ballots where motion_id = ? and receipt = (select min(receipt) from motion_ballots where motion_id = ? and choice = 'no')").run(secret, secret);
  db.close();

  expect(await plenum('recount', '--motion', String(recorded), '--data', dir)).toEqual({
    code: 1,
    out: [
      `Motion ${recorded} (关于工作报告的决议)`,
      `  stored:    ${SENTENCE}`,
      '  recounted: 赞成2票，反对2票，弃权0票，未按表决器0人，未通过。',
      `Recount DIFFERS from the stored result: yes: stored 3, recounted 2; no: stored 1, recounted 2; passed: stored true, recounted false; sentence: stored ${SENTENCE}, recounted 赞成2票，反对2票，弃权0票，未按表决器0人，未通过。`,
    ],
    err: [],
  });
  const json = await plenum('recount', '--motion', String(secret), '--json', '--data', dir);
  expect(json.code).toBe(1);
  expect(JSON.parse(json.out[0]!).differences).toEqual([
    'no: stored 1, recounted 0',
    'notVoted: stored 0, recounted 1',
    `sentence: stored ${SENTENCE}, recounted 赞成3票，反对0票，弃权0票，未按表决器1人，通过。`,
    'voters: 4 took part, 3 ballots counted',
  ]);
});

it('plenum recount: exit 2 for a motion not closed, an unknown one, or a bad id', async () => {
  const { dir, draft } = await storeWithClosedMotions();
  expect(await plenum('recount', '--motion', String(draft), '--data', dir)).toEqual({
    code: 2,
    out: [],
    err: [`plenum recount: Motion ${draft} is not closed; its result and receipts are published once it closes [motion_not_closed]`],
  });
  expect((await plenum('recount', '--motion', '999', '--data', dir)).err).toEqual(['plenum recount: Motion 999 does not exist [motion_not_found]']);
  expect(await plenum('recount', '--motion', 'x1', '--data', dir)).toEqual({
    code: 2,
    out: [],
    err: ['plenum recount: --motion must be a motion id, not "x1"', 'Usage: plenum recount --motion ID [--json] [--data DIR] [--database-url URL]'],
  });
});
