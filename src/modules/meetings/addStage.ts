import Type from 'typebox';
import { defineOperation } from '../../server/operation.js';
import { errors } from '../../server/errors.js';
import { IsoDateTime } from './createMeeting.js';
import { Limits } from './kinds.js';
import { listStages, lockMeeting } from './queries.js';
import { presentStage } from './presenters.js';
import { sql } from 'kysely';

export const AddStageInput = Type.Object(
  {
    meetingId: Type.Integer({ minimum: 1 }),
    ordinal: Type.Optional(Type.Integer({ minimum: 1, maximum: Limits.stagesPerMeeting, description: 'Place among the stages; after the last when omitted. Later stages move up one.' })),
    title: Type.String({ minLength: 1, maxLength: 50, description: '第二阶段' }),
    startsAt: Type.Optional(IsoDateTime),
  },
  { additionalProperties: false },
);

/**
 * Adds a stage (第一阶段, 第二阶段) to a meeting. Stages are numbered 1..n: a stage put at a taken
 * place moves that one and those after it up by one.
 */
export const addStage = defineOperation({
  name: 'meetings.addStage',
  input: AddStageInput,
  permission: 'meeting.manage',
  async run({ tx, dialect }, input) {
    const meeting = await lockMeeting(tx, dialect, input.meetingId);
    const stages = await listStages(tx, meeting.id);
    const last = stages.length + 1;
    if (last > Limits.stagesPerMeeting) {
      throw errors.unprocessable('too_many_stages', {
        'zh-CN': `会次 ${meeting.id} 已有 ${stages.length} 个阶段，不能再增加`,
        en: `Meeting ${meeting.id} already has ${stages.length} stages, the most it may have`,
      });
    }
    const ordinal = input.ordinal ?? last;
    if (ordinal > last) {
      throw errors.unprocessable('stage_ordinal_out_of_range', {
        'zh-CN': `会次 ${meeting.id} 有 ${stages.length} 个阶段，新阶段只能排在第 1 至第 ${last} 位，不能排在第 ${ordinal} 位`,
        en: `Meeting ${meeting.id} has ${stages.length} stage${stages.length === 1 ? '' : 's'}; a new stage takes place 1 to ${last}, not ${ordinal}`,
      });
    }
    // Two steps, as a unique (meeting, ordinal) is checked row by row: out of the way, then into place.
    await tx.updateTable('stages').set({ ordinal: sql`-(ordinal + 1)` }).where('meeting_id', '=', meeting.id).where('ordinal', '>=', ordinal).execute();
    await tx.updateTable('stages').set({ ordinal: sql`-ordinal` }).where('meeting_id', '=', meeting.id).where('ordinal', '<', 0).execute();
    const row = await tx
      .insertInto('stages')
      .values({ body_id: meeting.body_id, meeting_id: meeting.id, ordinal, title: input.title, starts_at: input.startsAt ?? null })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { bodyId: meeting.body_id, meetingId: meeting.id, ...presentStage(row) };
  },
  audit: (input, result) => ({ bodyId: result.bodyId, payload: { ...input, stageId: result.id, ordinal: result.ordinal } }),
  events: (_input, result) => [{ type: 'meeting.stageAdded', bodyId: result.bodyId, meetingId: result.meetingId, data: result }],
});
