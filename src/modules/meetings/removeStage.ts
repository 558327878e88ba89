import Type from 'typebox';
import { sql } from 'kysely';
import { defineOperation } from '../../server/operation.js';
import { errors } from '../../server/errors.js';
import { lockMeeting, stageOfMeeting } from './queries.js';

export const RemoveStageInput = Type.Object(
  {
    meetingId: Type.Integer({ minimum: 1 }),
    stageId: Type.Integer({ minimum: 1 }),
  },
  { additionalProperties: false },
);

/**
 * Removes a stage no agenda item, presiding role or attendee refers to any more; the stages after
 * it move down one, so they stay numbered 1..n.
 */
export const removeStage = defineOperation({
  name: 'meetings.removeStage',
  input: RemoveStageInput,
  permission: 'meeting.manage',
  async run({ tx, dialect }, input) {
    const meeting = await lockMeeting(tx, dialect, input.meetingId);
    const stage = await stageOfMeeting(tx, meeting.id, input.stageId);
    const uses = await Promise.all(
      (['agenda_items', 'meeting_roles', 'attendees'] as const).map(async (table) => {
        const r = await tx.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).where('stage_id', '=', stage.id).executeTakeFirstOrThrow();
        return Number(r.n);
      }),
    );
    const [items, roles, attendees] = uses as [number, number, number];
    if (items + roles + attendees > 0) {
      throw errors.conflict(
        'stage_in_use',
        {
          'zh-CN': `阶段 ${stage.id}“${stage.title}”仍有 ${items} 个议程项、${roles} 个主持职务、${attendees} 条列席安排，请先移走或删除`,
          en: `Stage ${stage.id} "${stage.title}" still has ${items} agenda item(s), ${roles} presiding role(s) and ${attendees} attendee line(s); move or remove them first`,
        },
        { agendaItems: items, presidingRoles: roles, attendees },
      );
    }
    await tx.deleteFrom('stages').where('id', '=', stage.id).execute();
    await tx.updateTable('stages').set({ ordinal: sql`-(ordinal - 1)` }).where('meeting_id', '=', meeting.id).where('ordinal', '>', stage.ordinal).execute();
    await tx.updateTable('stages').set({ ordinal: sql`-ordinal` }).where('meeting_id', '=', meeting.id).where('ordinal', '<', 0).execute();
    return { bodyId: meeting.body_id, meetingId: meeting.id, stageId: stage.id, ordinal: stage.ordinal, title: stage.title };
  },
  audit: (input, result) => ({ bodyId: result.bodyId, payload: { ...input, ordinal: result.ordinal, title: result.title } }),
  events: (_input, result) => [{ type: 'meeting.stageRemoved', bodyId: result.bodyId, meetingId: result.meetingId, data: result }],
});
