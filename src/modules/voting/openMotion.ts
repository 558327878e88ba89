import Type from 'typebox';
import { defineOperation } from '../../server/operation.js';
import { refusals } from './refusals.js';
import { Id } from './inputs.js';
import { loadMotion } from './queries.js';
import { presentMotion } from './presenters.js';
import { MOTION_OPENED, MotionStatus } from './states.js';

export const OpenMotionInput = Type.Object({ motionId: Id }, { additionalProperties: false });

/** Opens a draft motion for voting; the meeting's stream announces it (`motion.opened`). */
export const openMotion = defineOperation({
  name: 'voting.openMotion',
  input: OpenMotionInput,
  permission: 'voting.manage',
  async run({ tx, dialect, now }, input) {
    const motion = await loadMotion(tx, dialect, input.motionId, 'update');
    if (motion.status === MotionStatus.Open) throw refusals.alreadyOpen(motion.id);
    if (motion.status !== MotionStatus.Draft) throw refusals.closed(motion.id, motion.closedAt);
    await tx.updateTable('motions').set({ status: MotionStatus.Open, opened_at: now.toISOString() }).where('id', '=', motion.id).execute();
    return presentMotion(await loadMotion(tx, dialect, motion.id));
  },
  audit: (_input, m) => ({ bodyId: m.bodyId, payload: { motionId: m.id, meetingId: m.meetingId, openedAt: m.openedAt } }),
  events: (_input, m) => [{ type: MOTION_OPENED, bodyId: m.bodyId, meetingId: m.meetingId, data: m }],
});

