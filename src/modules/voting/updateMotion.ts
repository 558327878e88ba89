import Type from 'typebox';
import { defineOperation } from '../../server/operation.js';
import { loadMeeting } from '../attendance/queries.js';
import { defaultThreshold } from './rules/threshold.js';
import { refusals } from './refusals.js';
import { Id, MotionFields } from './inputs.js';
import { motionSettings } from './settings.js';
import { loadMotion, checkAgendaItem } from './queries.js';
import { presentMotion } from './presenters.js';
import { MotionStatus } from './states.js';

export const UpdateMotionInput = Type.Object(
  {
    motionId: Id,
    title: Type.Optional(MotionFields.title),
    kind: Type.Optional(MotionFields.kind),
    agendaItemId: Type.Optional(Id),
    clearAgendaItem: Type.Optional(Type.Literal(true, { description: 'Detach the motion from its agenda item' })),
    options: MotionFields.options,
    allowChange: MotionFields.allowChange,
    motionClass: MotionFields.motionClass,
    threshold: MotionFields.threshold,
  },
  { additionalProperties: false },
);

/**
 * Changes a draft motion; what the input leaves out stays. A new class without a threshold takes
 * that class's default rule; a threshold given replaces the rule. Refused once the motion is open.
 */
export const updateMotion = defineOperation({
  name: 'voting.updateMotion',
  input: UpdateMotionInput,
  permission: 'voting.manage',
  async run({ tx, dialect, now }, input) {
    const motion = await loadMotion(tx, dialect, input.motionId, 'update');
    if (motion.status !== MotionStatus.Draft) throw refusals.notDraft(motion.id, motion.status);
    const meeting = await loadMeeting(tx, motion.meetingId, now);
    if (input.agendaItemId !== undefined && input.clearAgendaItem) throw refusals.agendaItemOrClear();
    await checkAgendaItem(tx, meeting.id, input.agendaItemId);
    const motionClass = input.motionClass ?? motion.motionClass;
    const fallback = input.motionClass !== undefined ? defaultThreshold(meeting.bodyKind, motionClass) : motion.threshold;
    const settings = motionSettings(
      { kind: input.kind ?? motion.kind, options: input.options, allowChange: input.allowChange ?? motion.allowChange, threshold: input.threshold },
      fallback,
      motion.options,
    );
    await tx
      .updateTable('motions')
      .set({
        title: input.title ?? motion.title,
        kind: input.kind ?? motion.kind,
        agenda_item_id: input.clearAgendaItem ? null : (input.agendaItemId ?? motion.agendaItemId),
        motion_class: motionClass,
        ...settings,
      })
      .where('id', '=', motion.id)
      .execute();
    return presentMotion(await loadMotion(tx, dialect, motion.id));
  },
  audit: (input, m) => ({ bodyId: m.bodyId, payload: input }),
});
