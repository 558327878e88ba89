import Type from 'typebox';
import { defineOperation } from '../../server/operation.js';
import { errors } from '../../server/errors.js';
import { getMeeting } from '../meetings/queries.js';
import { seatHall } from './charts.js';
import { ReservedSeats } from './inputs.js';
import { presentAssignment } from './presenters.js';
import { getHallLayout, layoutOf, meetingGroups } from './queries.js';

export const SetHallAssignmentInput = Type.Object(
  {
    meetingId: Type.Integer({ minimum: 1 }),
    layoutId: Type.Integer({ minimum: 1, maximum: 2147483647, description: 'A hall layout of the meeting’s body' }),
    reserved: Type.Optional(ReservedSeats),
  },
  { additionalProperties: false },
);

/**
 * Seats a meeting's members in a hall layout of its body: groups in protocol order, members within
 * each group in stroke order, the reserved seats kept free. Stores the layout and reserved seats
 * for the meeting (the charts and the workbook draw from them) and answers the assignment.
 */
export const setHallAssignment = defineOperation({
  name: 'seating.setHallAssignment',
  input: SetHallAssignmentInput,
  permission: 'meeting.manage',
  async run({ tx, actor, now }, input) {
    const meeting = await getMeeting(tx, input.meetingId);
    const row = await getHallLayout(tx, input.layoutId);
    if (row.body_id !== meeting.body_id) {
      throw errors.unprocessable('hall_layout_of_other_body', {
        'zh-CN': `会场布局 ${row.id} 属于机构 ${row.body_id}，会次 ${meeting.id} 属于机构 ${meeting.body_id}`,
        en: `Hall layout ${row.id} belongs to body ${row.body_id}, meeting ${meeting.id} to body ${meeting.body_id}`,
      });
    }
    const reserved = input.reserved ?? [];
    const assignment = seatHall(layoutOf(row), await meetingGroups(tx, meeting.id), reserved);
    const values = { layout_id: row.id, reserved: JSON.stringify(reserved), updated_at: now.toISOString(), updated_by: actor.label };
    const existing = await tx.selectFrom('hall_assignments').select('id').where('meeting_id', '=', meeting.id).executeTakeFirst();
    if (existing) await tx.updateTable('hall_assignments').set(values).where('id', '=', existing.id).execute();
    else await tx.insertInto('hall_assignments').values({ ...values, body_id: meeting.body_id, meeting_id: meeting.id }).execute();
    return presentAssignment(meeting.id, row.id, assignment);
  },
});
