/**
 * The figures of a motion from its stored votes: recorded votes from `motion_votes`, secret ones
 * from `motion_ballots` (whose rows name no one). Closing and the recount both count here.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../store/schema.js';
import type { BodyKind } from '../registry/kinds.js';
import { meetingTotals } from '../attendance/counts.js';
import { AttendanceState } from '../attendance/states.js';
import { tally, type Tally } from './rules/threshold.js';
import type { Motion } from './queries.js';
import { MotionKind, type Choice } from './states.js';

type Db = Kysely<Database> | Transaction<Database>;

export type Votes = Record<Choice, number>;

/** Yes, no and abstain as stored. */
export async function storedVotes(db: Db, motion: Pick<Motion, 'id' | 'kind'>): Promise<Votes> {
  const table = motion.kind === MotionKind.Secret ? 'motion_ballots' : 'motion_votes';
  const rows = await db
    .selectFrom(table)
    .select(['choice', (eb) => eb.fn.countAll<number>().as('n')])
    .where('motion_id', '=', motion.id)
    .groupBy('choice')
    .execute();
  const votes: Votes = { yes: 0, no: 0, abstain: 0 };
  for (const r of rows) {
    if (r.choice in votes) votes[r.choice as Choice] = Number(r.n);
    // A choice that is none of the three was never cast through Plenum: count it where it shows.
    else throw new RangeError(`motion ${motion.id} holds a vote for "${r.choice}", which is not a choice`);
  }
  return votes;
}

/**
 * Members who voted but are not present now (their check-in undone after they voted): they were
 * present when they voted, so they count as present for the motion.
 */
async function votersNotPresent(db: Db, motion: Pick<Motion, 'id' | 'kind' | 'meetingId'>): Promise<number> {
  const table = motion.kind === MotionKind.Secret ? 'motion_participations' : 'motion_votes';
  const row = await db
    .selectFrom(`${table} as v` as 'motion_votes as v')
    .leftJoin('attendance as a', (j) => j.onRef('a.membership_id', '=', 'v.membership_id').on('a.meeting_id', '=', motion.meetingId).on('a.state', '=', AttendanceState.Present))
    .select(sql<number>`count(*)`.as('n'))
    .where('v.motion_id', '=', motion.id)
    .where('a.id', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function bodyKindOf(db: Db, bodyId: number): Promise<BodyKind> {
  const body = await db.selectFrom('bodies').select('kind').where('id', '=', bodyId).executeTakeFirstOrThrow();
  return body.kind as BodyKind;
}

/** The result of a motion now: its stored votes against the meeting's figures and the motion's threshold. */
export async function resultNow(db: Db, motion: Motion): Promise<Tally> {
  // One after another: inside a transaction the queries share one connection anyway.
  const votes = await storedVotes(db, motion);
  const counts = await meetingTotals(db, motion.meetingId);
  const extra = await votersNotPresent(db, motion);
  const kind = await bodyKindOf(db, motion.bodyId);
  return tally(kind, { expected: counts.expected, present: counts.present + extra, ...votes }, motion.threshold);
}
