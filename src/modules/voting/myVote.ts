/**
 * The signed-in member's own vote on a motion, for the pad after a reload: whether they voted, and
 * on a recorded motion what (and how often they changed it). A secret motion says only that they
 * took part: the ballot is not linked to them, so neither is its choice nor its receipt.
 */
import Type, { type Static } from 'typebox';
import type { Kysely } from 'kysely';
import type { Dialect } from '../../store/dialect.js';
import type { Database } from '../../store/schema.js';
import type { Actor } from '../../server/operation.js';
import { loadMeeting } from '../attendance/queries.js';
import { memberOfMotion } from './castVote.js';
import { Nullable } from '../../server/schemaTypes.js';
import { OneOf } from '../registry/kinds.js';
import { loadMotion } from './queries.js';
import { Choices, MotionKind, type Choice } from './states.js';

export const MyVoteView = Type.Object({
  motionId: Type.Integer(),
  voted: Type.Boolean(),
  /** The recorded choice; null when not voted, and always on a secret motion. */
  choice: Nullable(OneOf(Choices)),
  changes: Type.Integer({ description: 'How often a recorded vote was changed' }),
});
export type MyVote = Static<typeof MyVoteView>;

export async function myVote(db: Kysely<Database>, dialect: Dialect, actor: Actor, motionId: number, now = new Date()): Promise<MyVote> {
  const motion = await loadMotion(db, dialect, motionId);
  const meeting = await loadMeeting(db, motion.meetingId, now);
  const member = await memberOfMotion(db, dialect, meeting, motion, actor.personId, now);
  if (motion.kind === MotionKind.Secret) {
    const took = await db.selectFrom('motion_participations').select('motion_id').where('motion_id', '=', motion.id).where('membership_id', '=', member.id).executeTakeFirst();
    return { motionId: motion.id, voted: took !== undefined, choice: null, changes: 0 };
  }
  const vote = await db.selectFrom('motion_votes').select(['choice', 'changes']).where('motion_id', '=', motion.id).where('membership_id', '=', member.id).executeTakeFirst();
  return { motionId: motion.id, voted: vote !== undefined, choice: (vote?.choice as Choice | undefined) ?? null, changes: vote?.changes ?? 0 };
}
