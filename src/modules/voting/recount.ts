/**
 * Counts a closed motion again from its stored votes (recorded) or ballots (secret) and compares
 * the figures with the result stored at its close. The meeting's expected and present are taken
 * from the stored result: attendance may have changed since, the votes may not. For a secret
 * motion, the number of ballots must also equal the number of members who took part.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.js';
import type { Dialect } from '../../store/dialect.js';
import { tally } from './rules/threshold.js';
import { bodyKindOf, storedVotes } from './count.js';
import { loadMotion } from './queries.js';
import { refusals } from './refusals.js';
import { MotionKind, MotionStatus } from './states.js';

/** The figures compared. */
export const RECOUNTED = ['yes', 'no', 'abstain', 'notVoted', 'required', 'passed', 'sentence'] as const;
type Field = (typeof RECOUNTED)[number];
export type Figures = { [K in Field]: number | boolean | string } & { voters: number };

export interface Recount {
  motionId: number;
  title: string;
  equal: boolean;
  stored: Figures;
  /** Null when the stored votes cannot be counted at all (more votes than members present). */
  recounted: Figures | null;
  differences: string[];
}

function pick(t: Record<Field, number | boolean | string>, voters: number): Figures {
  return { yes: t.yes, no: t.no, abstain: t.abstain, notVoted: t.notVoted, required: t.required, passed: t.passed, sentence: t.sentence, voters };
}

export async function recount(db: Kysely<Database>, dialect: Dialect, motionId: number): Promise<Recount> {
  const motion = await loadMotion(db, dialect, motionId);
  if (motion.status !== MotionStatus.Closed || !motion.result) throw refusals.notClosed(motion.id);
  const stored = motion.result;
  const votes = await storedVotes(db, motion);
  const cast = votes.yes + votes.no + votes.abstain;
  // Who took part, as the other half records it: participations (secret) or the vote rows themselves.
  const voters =
    motion.kind === MotionKind.Secret
      ? Number((await db.selectFrom('motion_participations').select((eb) => eb.fn.countAll<number>().as('n')).where('motion_id', '=', motion.id).executeTakeFirstOrThrow()).n)
      : cast;
  const storedFigures = pick(stored, stored.yes + stored.no + stored.abstain);
  let recounted: Figures | null = null;
  const differences: string[] = [];
  try {
    recounted = pick(tally(await bodyKindOf(db, motion.bodyId), { expected: stored.expected, present: stored.present, ...votes }, motion.threshold), voters);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    differences.push(`the stored votes cannot be counted: ${error.message}`);
  }
  if (recounted) {
    for (const field of RECOUNTED) {
      if (recounted[field] !== storedFigures[field]) differences.push(`${field}: stored ${String(storedFigures[field])}, recounted ${String(recounted[field])}`);
    }
  }
  if (voters !== cast) differences.push(`voters: ${voters} took part, ${cast} ballots counted`);
  return { motionId: motion.id, title: motion.title, equal: differences.length === 0, stored: storedFigures, recounted, differences };
}
