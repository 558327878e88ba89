import Type from 'typebox';
import { defineOperation, type WriteContext } from '../../server/operation.js';
import { errors } from '../../server/errors.js';
import { can } from '../../server/permissions.js';
import { prepared } from '../../store/prepared.js';
import { attendanceRow, findMember, loadMeeting, type MemberRef } from './queries.js';
import { refusals } from './refusals.js';
import { ATTENDANCE_CHANGED, AttendanceState, CheckInMethod, type CheckInMethodName } from './states.js';

const Id = Type.Integer({ minimum: 1, maximum: 2147483647 });

export const CheckInInput = Type.Object(
  {
    meetingId: Id,
    credential: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: "The token printed as a QR code on the member's card" })),
    key: Type.Optional(Type.String({ minLength: 1, maxLength: 50, description: 'The card number (编号), the roster key' })),
    membershipId: Type.Optional({ ...Id, description: 'The member found by a desk search' }),
  },
  { additionalProperties: false },
);

export interface CheckInResult {
  bodyId: number;
  meetingId: number;
  membershipId: number;
  key: string;
  name: string;
  groupName: string | null;
  state: 'present';
  method: string;
  at: string;
  /** True when the member was already checked in: nothing changed, `at` is the first check-in. */
  alreadyCheckedIn: boolean;
  /** The state before: `leave` for a member on leave who came after all, else `absent`/`present`. */
  previousState: 'absent' | 'leave' | 'present';
}

// The one insert of every check-in: compiled once.
const insertPresent = prepared((db, p: { bodyId: number; meetingId: number; membershipId: number; method: string; at: string; actor: string }) =>
  db
    .insertInto('attendance')
    .values({ body_id: p.bodyId, meeting_id: p.meetingId, membership_id: p.membershipId, state: AttendanceState.Present, method: p.method, at: p.at, actor: p.actor })
    .onConflict((oc) => oc.columns(['meeting_id', 'membership_id']).doNothing())
    .returning('id'),
);

/** How the input names the member, and the method that records: self on the pad when it names no one. */
function refOf(ctx: WriteContext, input: { credential?: string; key?: string; membershipId?: number }): { ref: MemberRef; method: CheckInMethodName } {
  const named = [input.credential, input.key, input.membershipId].filter((v) => v !== undefined).length;
  if (named > 1) throw refusals.nameTheMember();
  const staff = can(ctx.actor.role, 'attendance.manage');
  if (named === 0) {
    if (staff) throw refusals.nameTheMember();
    return { ref: { personId: ctx.actor.personId }, method: CheckInMethod.Pad };
  }
  // A member checks in only themselves: naming anyone else is the desk's work.
  if (!staff) throw errors.forbidden('attendance.manage', ctx.actor.role);
  if (input.credential !== undefined) return { ref: { credential: input.credential }, method: CheckInMethod.Credential };
  if (input.key !== undefined) return { ref: { key: input.key }, method: CheckInMethod.Card };
  return { ref: { membershipId: input.membershipId! }, method: CheckInMethod.Desk };
}

/**
 * Checks a member in to a meeting: at the desk by the QR credential on their card, by card number,
 * or after a search; or the member themselves on the pad, when the meeting allows it. Checking in
 * twice changes nothing and says so; a member on leave who comes after all becomes present.
 * Submitted through the write queue: acknowledged once committed.
 */
export const checkIn = defineOperation({
  name: 'attendance.checkIn',
  input: CheckInInput,
  // The floor: a member on the pad. Naming another member needs attendance.manage (refOf).
  permission: 'attendance.self',
  async run(ctx, input): Promise<CheckInResult> {
    const { tx, actor, now } = ctx;
    // Check-ins never change a meeting: a queue group reads each meeting once.
    const meeting = await ctx.once(`meeting:${input.meetingId}`, () => loadMeeting(tx, input.meetingId, now));
    const { ref, method } = refOf(ctx, input);
    if (method === CheckInMethod.Pad && !meeting.padCheckIn) throw refusals.padCheckInOff(meeting.id);
    const member = await findMember(tx, ctx.dialect, meeting, ref, now);
    const base = { bodyId: meeting.bodyId, meetingId: meeting.id, membershipId: member.id, key: member.key, name: member.name, groupName: member.groupName, state: AttendanceState.Present };
    const at = now.toISOString();

    const before = member.attendance;
    if (before?.state === AttendanceState.Present) {
      return { ...base, method: before.method, at: before.at, alreadyCheckedIn: true, previousState: 'present' };
    }
    if (before?.state === AttendanceState.Leave) {
      await tx.updateTable('attendance').set({ state: AttendanceState.Present, method, at, actor: actor.label }).where('id', '=', before.id).execute();
      return { ...base, method, at, alreadyCheckedIn: false, previousState: 'leave' };
    }
    // Another process may check the same member in at the same moment: the unique row decides.
    const inserted = await insertPresent.first(tx, ctx.dialect, { bodyId: meeting.bodyId, meetingId: meeting.id, membershipId: member.id, method, at, actor: actor.label });
    if (!inserted) {
      const winner = (await attendanceRow(tx, meeting.id, member.id))!;
      return { ...base, method: winner.method, at: winner.at, alreadyCheckedIn: true, previousState: 'present' };
    }
    return { ...base, method, at, alreadyCheckedIn: false, previousState: 'absent' };
  },
  // Never the credential: it is a bearer token.
  audit: (_input, r) => ({
    bodyId: r.bodyId,
    payload: { meetingId: r.meetingId, membershipId: r.membershipId, method: r.method, at: r.at, alreadyCheckedIn: r.alreadyCheckedIn, previousState: r.previousState },
  }),
  events: (_input, r) => (r.alreadyCheckedIn ? [] : [{ type: ATTENDANCE_CHANGED, bodyId: r.bodyId, meetingId: r.meetingId, data: { membershipId: r.membershipId, state: r.state } }]),
});
