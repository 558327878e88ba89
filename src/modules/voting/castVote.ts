import Type from 'typebox';
import { AppError, defineOperation, type WriteContext } from '../../server/operation.js';
import { prepared } from '../../store/prepared.js';
import { findMember, loadMeeting, type MeetingContext, type MeetingMember } from '../attendance/queries.js';
import type { Dialect } from '../../store/dialect.js';
import { AttendanceState } from '../attendance/states.js';
import { OneOf } from '../registry/kinds.js';
import { IdempotentReplay, lookupOf, seal, unseal, type Answer } from './idempotency.js';
import { Id } from './inputs.js';
import { loadMotion, type Motion } from './queries.js';
import { newReceipt } from './receipt.js';
import { refusals } from './refusals.js';
import { Choices, MotionKind, MotionStatus, VOTE_CAST, VotingLimits, type Choice } from './states.js';

export const CastVoteInput = Type.Object(
  {
    motionId: Id,
    choice: OneOf(Choices),
    idempotencyKey: Type.Optional(
      Type.String({ minLength: 1, maxLength: VotingLimits.idempotencyKeyLength, pattern: '^[\\x21-\\x7e]+$', description: 'From the Idempotency-Key header: a retry with the same key gets the first answer' }),
    ),
  },
  { additionalProperties: false },
);

/** What the voter is told: a recorded vote as stored, or a secret ballot's receipt. */
export type VoteAnswer = { motionId: number; membershipId: number; choice: Choice; changed: boolean } | { motionId: number; receipt: string };

export interface CastVoteResult {
  /** 201 for a new vote, 200 when it replaced an earlier one. */
  status: 200 | 201;
  answer: VoteAnswer;
  bodyId: number;
  meetingId: number;
  membershipId: number;
  kind: Motion['kind'];
  choice: Choice;
  changed: boolean;
}

// The vote path's queries, compiled once.
const voteOf = prepared((db, p: { motionId: number; membershipId: number }) =>
  db.selectFrom('motion_votes').select(['id', 'choice']).where('motion_id', '=', p.motionId).where('membership_id', '=', p.membershipId),
);
const insertVote = prepared((db, p: { bodyId: number; motionId: number; membershipId: number; choice: string; at: string }) =>
  db
    .insertInto('motion_votes')
    .values({ body_id: p.bodyId, motion_id: p.motionId, membership_id: p.membershipId, choice: p.choice, at: p.at })
    .onConflict((oc) => oc.columns(['motion_id', 'membership_id']).doNothing())
    .returning('id'),
);
const changeVote = prepared((db, p: { id: number; choice: string; at: string }) =>
  db
    .updateTable('motion_votes')
    .set((eb) => ({ choice: p.choice, at: p.at, changes: eb('changes', '+', 1) }))
    .where('id', '=', p.id),
);
const insertParticipation = prepared((db, p: { motionId: number; membershipId: number; bodyId: number }) =>
  db
    .insertInto('motion_participations')
    .values({ motion_id: p.motionId, membership_id: p.membershipId, body_id: p.bodyId })
    .onConflict((oc) => oc.columns(['motion_id', 'membership_id']).doNothing())
    .returning('motion_id'),
);
const answerOf = prepared((db, p: { lookup: string }) => db.selectFrom('idempotency').select('sealed').where('lookup', '=', p.lookup));
const insertAnswer = prepared((db, p: { lookup: string; sealed: string }) => db.insertInto('idempotency').values({ lookup: p.lookup, sealed: p.sealed }));

/**
 * The member of the motion's meeting's term `personId` is, serving on the meeting's day; anyone else
 * (not of the term, not serving that day) is refused as no voting member. Shared by the vote and
 * the member's own read of it.
 */
export async function memberOfMotion(db: Parameters<typeof findMember>[0], dialect: Dialect, meeting: MeetingContext, motion: Motion, personId: number | null, now: Date): Promise<MeetingMember> {
  try {
    return await findMember(db, dialect, meeting, { personId }, now);
  } catch (error) {
    if (error instanceof AppError && (error.id === 'not_a_member' || error.id === 'membership_not_active')) throw refusals.notAMember(motion.id, motion.meetingId);
    throw error;
  }
}

/** The voter: the member of the meeting's term the actor is, present at the meeting. */
async function voterOf(ctx: WriteContext, motion: Motion): Promise<MeetingMember> {
  const { tx, dialect, actor, now } = ctx;
  // Votes never change a meeting: a queue group reads each meeting once (check-ins share the read).
  const meeting = await ctx.once(`meeting:${motion.meetingId}`, () => loadMeeting(tx, motion.meetingId, now));
  const member = await memberOfMotion(tx, dialect, meeting, motion, actor.personId, now);
  if (member.attendance?.state !== AttendanceState.Present) throw refusals.notPresent(member, motion.id, motion.meetingId);
  return member;
}

/**
 * A member casts their own vote on an open motion: only a voting member of the meeting's term who
 * is checked in, once, or again to change it when the motion allows. A recorded vote is stored with
 * its member; a secret one as a participation (that the member voted) and, apart from it, a ballot
 * under a random receipt handed to the transaction's shuffled batch, so neither row, nor their
 * order, nor the audit entry links the two. Submitted through the write queue: acknowledged once
 * durable. With an idempotency key, a retry gets the first answer again and casts nothing.
 */
export const castVote = defineOperation({
  name: 'voting.castVote',
  input: CastVoteInput,
  permission: 'voting.cast',
  async run(ctx, input): Promise<CastVoteResult> {
    const { tx, dialect, actor, now } = ctx;
    const key = input.idempotencyKey;
    const lookup = key === undefined ? null : lookupOf(actor, key);
    if (key !== undefined && lookup !== null) {
      const stored = await answerOf.first(tx, dialect, { lookup });
      if (stored) throw new IdempotentReplay(unseal(key, stored.sealed));
    }
    // SQLite has one writer: no open or close can come between the votes of a queue group, which
    // read the motion once. On PostgreSQL each vote holds the motion FOR SHARE in its own savepoint
    // (a lock taken in a savepoint that rolls back is released), so a close waits for the group.
    const motion =
      dialect === 'sqlite' ? await ctx.once(`motion:${input.motionId}`, () => loadMotion(tx, dialect, input.motionId)) : await loadMotion(tx, dialect, input.motionId, 'share');
    if (motion.status === MotionStatus.Draft) throw refusals.notOpen(motion.id);
    if (motion.status === MotionStatus.Closed) throw refusals.closed(motion.id, motion.closedAt);
    const member = await voterOf(ctx, motion);
    const base = { bodyId: motion.bodyId, meetingId: motion.meetingId, membershipId: member.id, kind: motion.kind, choice: input.choice };

    let result: CastVoteResult;
    if (motion.kind === MotionKind.Secret) {
      const took = await insertParticipation.first(tx, dialect, { motionId: motion.id, membershipId: member.id, bodyId: motion.bodyId });
      if (!took) throw refusals.alreadyVoted(member, motion.id);
      const receipt = newReceipt();
      ctx.batch('motion_ballots', { motion_id: motion.id, receipt, choice: input.choice });
      result = { ...base, status: 201, changed: false, answer: { motionId: motion.id, receipt } };
    } else {
      const at = now.toISOString();
      const before = await voteOf.first(tx, dialect, { motionId: motion.id, membershipId: member.id });
      let changed = false;
      if (before) {
        if (!motion.allowChange) throw refusals.alreadyVoted(member, motion.id);
        await changeVote.run(tx, dialect, { id: before.id, choice: input.choice, at });
        changed = true;
      } else {
        // Another process may take the same member's first vote at the same moment: the unique row decides.
        const inserted = await insertVote.first(tx, dialect, { bodyId: motion.bodyId, motionId: motion.id, membershipId: member.id, choice: input.choice, at });
        if (!inserted) throw refusals.alreadyVoted(member, motion.id);
      }
      result = { ...base, status: changed ? 200 : 201, changed, answer: { motionId: motion.id, membershipId: member.id, choice: input.choice, changed } };
    }
    if (key !== undefined && lookup !== null) {
      const answer: Answer = { status: result.status, body: result.answer };
      await insertAnswer.run(tx, dialect, { lookup, sealed: seal(key, answer) });
    }
    return result;
  },
  // A secret vote's entry says who took part, never what they chose nor their receipt.
  audit: (input, r) => ({
    bodyId: r.bodyId,
    payload: r.kind === MotionKind.Secret ? { motionId: input.motionId, membershipId: r.membershipId } : { motionId: input.motionId, membershipId: r.membershipId, choice: r.choice, changed: r.changed },
  }),
  // That one more member voted, for the staff's live count: the motion only, never who nor what.
  // A change of vote adds no one.
  events: (input, r) => (r.changed ? [] : [{ type: VOTE_CAST, bodyId: r.bodyId, meetingId: r.meetingId, data: { motionId: input.motionId } }]),
});
