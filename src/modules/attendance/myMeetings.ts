/**
 * The signed-in member's sittings for the pad: the meetings of every session of the terms they are
 * a member of, each with whether the pad may check in, and the member's own state there (present,
 * leave, absent) and latest leave request.
 */
import Type, { type Static } from 'typebox';
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.js';

export const MyMeetingView = Type.Object({
  id: Type.Integer(),
  sessionId: Type.Integer(),
  bodyId: Type.Integer({ description: "The session's body: its proposal categories, for instance" }),
  membershipId: Type.Integer(),
  title: Type.String(),
  startsAt: Type.Union([Type.String(), Type.Null()]),
  padCheckIn: Type.Boolean(),
  state: Type.Union([Type.Literal('present'), Type.Literal('leave'), Type.Literal('absent')]),
  leaveRequest: Type.Union([Type.String(), Type.Null()]),
});
export type MyMeeting = Static<typeof MyMeetingView>;

export async function myMeetings(db: Kysely<Database>, personId: number): Promise<MyMeeting[]> {
  const rows = await db
    .selectFrom('memberships as ms')
    .innerJoin('sessions as s', 's.term_id', 'ms.term_id')
    .innerJoin('meetings as m', 'm.session_id', 's.id')
    .leftJoin('attendance as a', (j) => j.onRef('a.meeting_id', '=', 'm.id').onRef('a.membership_id', '=', 'ms.id'))
    .select(['m.id', 'm.session_id', 's.body_id', 'ms.id as membership_id', 'm.title', 'm.starts_at', 'm.pad_check_in', 'a.state'])
    .where('ms.person_id', '=', personId)
    .orderBy('s.ordinal')
    .orderBy('m.ordinal')
    .execute();
  const out: MyMeeting[] = [];
  for (const r of rows) {
    const leave = await db
      .selectFrom('leave_requests')
      .select('status')
      .where('meeting_id', '=', r.id)
      .where('membership_id', '=', r.membership_id)
      .orderBy('id', 'desc')
      .executeTakeFirst();
    out.push({
      id: r.id,
      sessionId: r.session_id,
      bodyId: r.body_id,
      membershipId: r.membership_id,
      title: r.title,
      startsAt: r.starts_at,
      padCheckIn: r.pad_check_in === 1,
      state: r.state === 'present' || r.state === 'leave' ? r.state : 'absent',
      leaveRequest: leave?.status ?? null,
    });
  }
  return out;
}
