import Type from 'typebox';
import { sql } from 'kysely';
import { defineOperation } from '../../server/operation.js';
import { refusals } from './refusals.js';
import { Id } from './inputs.js';
import { loadMotion } from './queries.js';
import { resultNow } from './count.js';
import { presentMotion } from './presenters.js';
import { MOTION_CLOSED, MotionKind, MotionStatus } from './states.js';

export const CloseMotionInput = Type.Object({ motionId: Id }, { additionalProperties: false });

/**
 * Closes an open motion and counts it: the stored votes against the meeting's figures at this
 * moment and the motion's threshold. The result is stored on the motion and published at once on
 * the meeting's stream (`motion.closed`). On PostgreSQL the row lock waits for any group of votes
 * still committing, so every accepted vote is counted; after a secret motion its ballots are
 * rewritten by the close's transaction (their xmin no longer matches their voters' participations)
 * and the table in key order (CLUSTER), so its heap no longer shows the order ballots came in.
 */
export const closeMotion = defineOperation({
  name: 'voting.closeMotion',
  input: CloseMotionInput,
  permission: 'voting.manage',
  async run({ tx, dialect, now }, input) {
    const motion = await loadMotion(tx, dialect, input.motionId, 'update');
    if (motion.status !== MotionStatus.Open) throw refusals.notOpenToClose(motion.id, motion.status);
    const result = await resultNow(tx, motion);
    await tx
      .updateTable('motions')
      .set({ status: MotionStatus.Closed, closed_at: now.toISOString(), result: JSON.stringify(result) })
      .where('id', '=', motion.id)
      .execute();
    if (dialect === 'postgres' && motion.kind === MotionKind.Secret) {
      // Each row's xmin names the transaction that wrote it, the same as its voter's participation:
      // rewritten here, every ballot of the motion carries the close's. Then the heap goes in key order.
      await sql`update motion_ballots set choice = choice where motion_id = ${motion.id}`.execute(tx);
      await sql`cluster motion_ballots using motion_ballots_pkey`.execute(tx);
    }
    return presentMotion(await loadMotion(tx, dialect, motion.id));
  },
  audit: (_input, m) => ({ bodyId: m.bodyId, payload: { motionId: m.id, meetingId: m.meetingId, closedAt: m.closedAt, result: m.result } }),
  events: (_input, m) => [{ type: MOTION_CLOSED, bodyId: m.bodyId, meetingId: m.meetingId, data: m }],
});
