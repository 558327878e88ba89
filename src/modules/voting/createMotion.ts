import Type from 'typebox';
import { defineOperation } from '../../server/operation.js';
import { loadMeeting } from '../attendance/queries.js';
import { defaultThreshold } from './rules/threshold.js';
import { Id, MotionFields } from './inputs.js';
import { motionSettings } from './settings.js';
import { loadMotion, checkAgendaItem } from './queries.js';
import { presentMotion } from './presenters.js';
import { MotionStatus } from './states.js';

export const CreateMotionInput = Type.Object({ meetingId: Id, ...MotionFields }, { additionalProperties: false });

/**
 * A motion of a meeting, as a draft: its title, recorded or secret, the labels of its options,
 * whether a member may change their vote, and what it needs to pass (by default the body kind's
 * rule for its class; staff may set another, with its citation).
 */
export const createMotion = defineOperation({
  name: 'voting.createMotion',
  input: CreateMotionInput,
  permission: 'voting.manage',
  async run({ tx, dialect, now }, input) {
    const meeting = await loadMeeting(tx, input.meetingId, now);
    await checkAgendaItem(tx, meeting.id, input.agendaItemId);
    const motionClass = input.motionClass ?? 'ordinary';
    const settings = motionSettings(input, defaultThreshold(meeting.bodyKind, motionClass));
    const row = await tx
      .insertInto('motions')
      .values({
        body_id: meeting.bodyId,
        meeting_id: meeting.id,
        agenda_item_id: input.agendaItemId ?? null,
        title: input.title,
        kind: input.kind,
        motion_class: motionClass,
        status: MotionStatus.Draft,
        created_at: now.toISOString(),
        opened_at: null,
        closed_at: null,
        result: null,
        ...settings,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return presentMotion(await loadMotion(tx, dialect, row.id));
  },
  audit: (_input, m) => ({ bodyId: m.bodyId, payload: { motionId: m.id, meetingId: m.meetingId, title: m.title, kind: m.kind, motionClass: m.motionClass, threshold: m.threshold, allowChange: m.allowChange } }),
});
