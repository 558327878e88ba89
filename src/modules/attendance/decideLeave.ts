import Type from 'typebox';
import { defineOperation } from '../../server/operation.js';
import { OneOf } from '../registry/kinds.js';
import { attendanceRow, loadMeeting } from './queries.js';
import { refusals } from './refusals.js';
import { ATTENDANCE_CHANGED, AttendanceState, CheckInMethod, LeaveStatus } from './states.js';

export const DecideLeaveInput = Type.Object(
  {
    leaveRequestId: Type.Integer({ minimum: 1, maximum: 2147483647 }),
    decision: OneOf(['approve', 'reject'] as const),
  },
  { additionalProperties: false },
);

/**
 * Approves or rejects a pending leave request. Approval puts the member on leave (请假) for the
 * meeting, unless they have checked in meanwhile: being in the hall wins.
 */
export const decideLeave = defineOperation({
  name: 'attendance.decideLeave',
  input: DecideLeaveInput,
  permission: 'attendance.manage',
  async run({ tx, actor, now }, input) {
    const request = await tx.selectFrom('leave_requests').selectAll().where('id', '=', input.leaveRequestId).executeTakeFirst();
    if (!request) throw refusals.leaveRequestNotFound(input.leaveRequestId);
    if (request.status !== LeaveStatus.Pending) throw refusals.leaveDecided(request.id, request.status, request.decided_at);
    const meeting = await loadMeeting(tx, request.meeting_id, now);
    const status = input.decision === 'approve' ? LeaveStatus.Approved : LeaveStatus.Rejected;
    const at = now.toISOString();
    await tx.updateTable('leave_requests').set({ status, decided_by: actor.label, decided_at: at }).where('id', '=', request.id).execute();

    const row = await attendanceRow(tx, meeting.id, request.membership_id);
    let changed = false;
    if (status === LeaveStatus.Approved && !row) {
      await tx
        .insertInto('attendance')
        .values({ body_id: meeting.bodyId, meeting_id: meeting.id, membership_id: request.membership_id, state: AttendanceState.Leave, method: CheckInMethod.Staff, at, actor: actor.label })
        .execute();
      changed = true;
    }
    const state = changed ? AttendanceState.Leave : (row?.state ?? AttendanceState.Absent);
    return { id: request.id, bodyId: meeting.bodyId, meetingId: meeting.id, membershipId: request.membership_id, status, decidedAt: at, state, changed };
  },
  audit: (input, r) => ({ bodyId: r.bodyId, payload: { leaveRequestId: r.id, meetingId: r.meetingId, membershipId: r.membershipId, decision: input.decision, state: r.state } }),
  events: (_input, r) => [
    { type: 'attendance.leaveDecided', bodyId: r.bodyId, meetingId: r.meetingId, data: { leaveRequestId: r.id, membershipId: r.membershipId, status: r.status } },
    ...(r.changed ? [{ type: ATTENDANCE_CHANGED, bodyId: r.bodyId, meetingId: r.meetingId, data: { membershipId: r.membershipId, state: r.state } }] : []),
  ],
});
