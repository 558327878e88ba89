import Type from 'typebox';
import { defineOperation } from '../../server/operation.js';
import { errors } from '../../server/errors.js';
import { can } from '../../server/permissions.js';
import { findMember, loadMeeting } from './queries.js';
import { refusals } from './refusals.js';
import { AttendanceLimits, AttendanceState, LeaveStatus } from './states.js';

export const RequestLeaveInput = Type.Object(
  {
    meetingId: Type.Integer({ minimum: 1, maximum: 2147483647 }),
    membershipId: Type.Optional(Type.Integer({ minimum: 1, maximum: 2147483647, description: 'The member; a member asking for themselves may leave it out' })),
    reason: Type.String({ minLength: 1, maxLength: AttendanceLimits.reasonLength, description: '因公出差' }),
  },
  { additionalProperties: false },
);

/**
 * Asks for leave from a meeting (请假): a member for themselves on the pad, or staff for any member.
 * The request waits for the secretariat's decision; only an approved one puts the member on leave.
 */
export const requestLeave = defineOperation({
  name: 'attendance.requestLeave',
  input: RequestLeaveInput,
  // The floor: a member for themselves. Asking for someone else needs attendance.manage.
  permission: 'attendance.self',
  async run({ tx, dialect, actor, now }, input) {
    const meeting = await loadMeeting(tx, input.meetingId, now);
    const staff = can(actor.role, 'attendance.manage');
    if (staff && input.membershipId === undefined) throw refusals.staffNameTheMember();
    const member = await findMember(tx, dialect, meeting, staff ? { membershipId: input.membershipId! } : { personId: actor.personId }, now);
    if (!staff && input.membershipId !== undefined && input.membershipId !== member.id) throw errors.forbidden('attendance.manage', actor.role);

    const row = member.attendance;
    if (row?.state === AttendanceState.Present) throw refusals.alreadyPresent(member, meeting.id, row.at);
    const open = await tx
      .selectFrom('leave_requests')
      .select(['id', 'status'])
      .where('meeting_id', '=', meeting.id)
      .where('membership_id', '=', member.id)
      .where('status', 'in', [LeaveStatus.Pending, LeaveStatus.Approved])
      .executeTakeFirst();
    if (open?.status === LeaveStatus.Pending) throw refusals.leavePending(member, open.id);
    if (open) throw refusals.leaveApproved(member, open.id);

    const created = await tx
      .insertInto('leave_requests')
      .values({ body_id: meeting.bodyId, meeting_id: meeting.id, membership_id: member.id, reason: input.reason, status: LeaveStatus.Pending, requested_by: actor.label, requested_at: now.toISOString(), decided_by: null, decided_at: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { id: created.id, bodyId: meeting.bodyId, meetingId: meeting.id, membershipId: member.id, name: member.name, reason: input.reason, status: LeaveStatus.Pending, requestedAt: now.toISOString() };
  },
  audit: (_input, r) => ({ bodyId: r.bodyId, payload: { leaveRequestId: r.id, meetingId: r.meetingId, membershipId: r.membershipId, reason: r.reason } }),
  events: (_input, r) => [{ type: 'attendance.leaveRequested', bodyId: r.bodyId, meetingId: r.meetingId, data: { leaveRequestId: r.id, membershipId: r.membershipId } }],
});
