/**
 * How far an open motion's vote has got: how many members have voted so far, beside how many are
 * present. Never what they chose: the rows counted are the recorded votes or, for a secret motion,
 * the participations (that a member voted), and only their number leaves.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../store/schema.js';
import type { Dialect } from '../../store/dialect.js';
import { meetingTotals } from '../attendance/counts.js';
import { loadMotion } from './queries.js';
import { MotionKind } from './states.js';

type Db = Kysely<Database> | Transaction<Database>;

export interface MotionProgress {
  motionId: number;
  /** Members who have voted (已表决). */
  cast: number;
  /** Members present at the meeting now (实到). */
  present: number;
}

/** Members who have voted on a motion: one row each, whatever they chose. */
export async function castCount(db: Db, motion: { id: number; kind: string }): Promise<number> {
  const table = motion.kind === MotionKind.Secret ? 'motion_participations' : 'motion_votes';
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('motion_id', '=', motion.id)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The motion's votes cast so far and the meeting's present now (`motion_not_found` for an unknown motion). */
export async function motionProgress(db: Db, dialect: Dialect, motionId: number): Promise<MotionProgress> {
  const motion = await loadMotion(db, dialect, motionId);
  const cast = await castCount(db, motion);
  const { present } = await meetingTotals(db, motion.meetingId);
  return { motionId: motion.id, cast, present };
}
