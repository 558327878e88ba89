import Type from 'typebox';
import { defineOperation } from '../../server/operation.js';
import { findMember, loadMeeting } from './queries.js';
import { refusals } from './refusals.js';
import { ATTENDANCE_CHANGED, AttendanceLimits, AttendanceState, CheckInMethod, LeaveStatus } from './states.js';

export const UndoCheckInInput = Type.Object(
  {
    meetingId: Type.Integer({ minimum: 1, maximum: 2147483647 }),
    membershipId: Type.Integer({ minimum: 1, maximum: 2147483647 }),
    reason: Type.String({ minLength: 1, maxLength: AttendanceLimits.reasonLength, description: '误签（checked in the wrong member）' }),
  },
  { additionalProperties: false },
);

/**
 * Undoes a check-in made in error. The row goes (the audit log keeps who, when and why); a member
 * whose leave was approved is on leave again rather than absent.
 */
export const undoCheckIn = defineOperation({
  name: 'attendance.undoCheckIn',
  input: UndoCheckInInput,
  permission: 'attendance.manage',
  async run({ tx, dialect, now }, input) {
    const meeting = await loadMeeting(tx, input.meetingId, now);
    const member = await findMember(tx, dialect, meeting, { membershipId: input.membershipId }, now);
    const row = member.attendance;
    if (row?.state !== AttendanceState.Present) throw refusals.notCheckedIn(member, meeting.id);
    const leave = await tx
      .selectFrom('leave_requests')
      .select(['id', 'decided_by', 'decided_at'])
      .where('meeting_id', '=', meeting.id)
      .where('membership_id', '=', member.id)
      .where('status', '=', LeaveStatus.Approved)
      .executeTakeFirst();
    if (leave) {
      await tx.updateTable('attendance').set({ state: AttendanceState.Leave, method: CheckInMethod.Staff, at: leave.decided_at!, actor: leave.decided_by! }).where('id', '=', row.id).execute();
    } else {
      await tx.deleteFrom('attendance').where('id', '=', row.id).execute();
    }
    return {
      bodyId: meeting.bodyId,
      meetingId: meeting.id,
      membershipId: member.id,
      name: member.name,
      state: leave ? AttendanceState.Leave : AttendanceState.Absent,
      undone: { method: row.method, at: row.at, actor: row.actor },
    };
  },
  audit: (input, r) => ({ bodyId: r.bodyId, payload: { meetingId: r.meetingId, membershipId: r.membershipId, reason: input.reason, undone: r.undone, state: r.state } }),
  events: (_input, r) => [{ type: ATTENDANCE_CHANGED, bodyId: r.bodyId, meetingId: r.meetingId, data: { membershipId: r.membershipId, state: r.state } }],
});
