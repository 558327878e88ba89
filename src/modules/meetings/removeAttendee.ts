import Type from 'typebox';
import { defineOperation } from '../../server/operation.js';
import { errors } from '../../server/errors.js';
import { lockMeeting } from './queries.js';
import { notInMeeting } from './refusals.js';

export const RemoveAttendeeInput = Type.Object(
  {
    meetingId: Type.Integer({ minimum: 1 }),
    attendeeId: Type.Integer({ minimum: 1 }),
  },
  { additionalProperties: false },
);

/** Removes a non-voting attendance line from a meeting; the audit entry keeps what it said. */
export const removeAttendee = defineOperation({
  name: 'meetings.removeAttendee',
  input: RemoveAttendeeInput,
  permission: 'meeting.manage',
  async run({ tx, dialect }, input) {
    const meeting = await lockMeeting(tx, dialect, input.meetingId);
    const row = await tx.selectFrom('attendees').selectAll().where('id', '=', input.attendeeId).executeTakeFirst();
    if (!row) throw errors.notFound('attendee', input.attendeeId);
    if (row.meeting_id !== meeting.id) throw notInMeeting('attendee', row.id, meeting.id, row.meeting_id);
    await tx.deleteFrom('attendees').where('id', '=', row.id).execute();
    return {
      bodyId: meeting.body_id,
      meetingId: meeting.id,
      attendeeId: row.id,
      removed: { stageId: row.stage_id, role: row.role, kind: row.kind, name: row.name, title: row.title, groupId: row.group_id, termId: row.term_id, count: row.count },
    };
  },
  audit: (input, result) => ({ bodyId: result.bodyId, payload: { ...input, removed: result.removed } }),
  events: (_input, result) => [{ type: 'meeting.attendeeRemoved', bodyId: result.bodyId, meetingId: result.meetingId, data: { meetingId: result.meetingId, attendeeId: result.attendeeId } }],
});
