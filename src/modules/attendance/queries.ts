/** Reads of the attendance module: a meeting with its term and day, a member of it, the desk's search. */
import { type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../store/schema.js';
import { errors } from '../../server/errors.js';
import type { BodyKind } from '../registry/kinds.js';
import { memberMatches } from '../registry/memberSearch.js';
import { hashToken } from '../accounts/secrets.js';
import { TokenKind } from '../accounts/limits.js';
import type { Dialect } from '../../store/dialect.js';
import { prepared } from '../../store/prepared.js';
import { dayOf, expectedMemberships } from './counts.js';
import { refusals, type Who } from './refusals.js';
import { AttendanceState, type AttendanceStateName } from './states.js';

type Db = Kysely<Database> | Transaction<Database>;

/** A meeting as attendance sees it: its body, term, day and whether the pad may check in. */
export interface MeetingContext {
  id: number;
  bodyId: number;
  bodyKind: BodyKind;
  termId: number;
  day: string;
  padCheckIn: boolean;
}

export async function loadMeeting(db: Db, meetingId: number, now = new Date()): Promise<MeetingContext> {
  const row = await db
    .selectFrom('meetings')
    .innerJoin('sessions', 'sessions.id', 'meetings.session_id')
    .innerJoin('bodies', 'bodies.id', 'meetings.body_id')
    .select(['meetings.id', 'meetings.body_id', 'meetings.starts_at', 'meetings.pad_check_in', 'sessions.term_id', 'bodies.kind'])
    .where('meetings.id', '=', meetingId)
    .executeTakeFirst();
  if (!row) throw errors.notFound('meeting', meetingId);
  return { id: row.id, bodyId: row.body_id, bodyKind: row.kind as BodyKind, termId: row.term_id, day: dayOf(row.starts_at, now), padCheckIn: row.pad_check_in === 1 };
}

/** How a request names a member. */
export type MemberRef = { credential: string } | { key: string } | { membershipId: number } | { personId: number | null };

export interface MeetingMember {
  id: number;
  personId: number;
  key: string;
  name: string;
  groupName: string | null;
  status: string;
  /** The member's attendance row at this meeting, if any. */
  attendance: AttendanceRow | null;
}

export interface AttendanceRow {
  id: number;
  state: AttendanceStateName;
  method: string;
  at: string;
  actor: string;
}

function whoOf(ref: MemberRef): Who {
  if ('credential' in ref) return { zh: '该凭证的持有人', en: 'The holder of this credential' };
  if ('key' in ref) return { zh: `编号“${ref.key}”的人员`, en: `Whoever has key "${ref.key}"` };
  if ('membershipId' in ref) return { zh: `成员资格 ${ref.membershipId}`, en: `Membership ${ref.membershipId}` };
  return { zh: '您', en: 'You' };
}

/**
 * The member of the meeting's term a request names, counted on the meeting's day, with their
 * attendance row at the meeting, in one query; refused with `credential_invalid`,
 * `membership_not_found`, `not_a_member` or `membership_not_active`.
 */
/** The member row with their serving check and attendance row; the variants below add the where. */
function memberSelect(db: Db, p: { meetingId: number; termId: number; day: string }) {
  return db
    .selectFrom('memberships as m')
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .leftJoin('groups as g', 'g.id', 'm.group_id')
    .leftJoin('attendance as a', (join) => join.onRef('a.membership_id', '=', 'm.id').on('a.meeting_id', '=', p.meetingId))
    .select(['m.id', 'm.person_id as personId', 'm.key', 'p.name', 'g.name as groupName', 'm.status', 'm.term_id as termId'])
    .select(['a.id as attendanceId', 'a.state', 'a.method', 'a.at', 'a.actor'])
    .select((eb) => eb.exists(expectedMemberships(db, p.termId, p.day).select('memberships.id').where('memberships.id', '=', eb.ref('m.id'))).as('counted'));
}

type MemberParams = { meetingId: number; termId: number; day: string };

// Compiled once each: a check-in runs one of these, and building it afresh cost more than running it.
const memberBy = {
  person: prepared((db, p: MemberParams & { personId: number }) => memberSelect(db, p).where('m.person_id', '=', p.personId).where('m.term_id', '=', p.termId)),
  key: prepared((db, p: MemberParams & { key: string }) => memberSelect(db, p).where('m.key', '=', p.key).where('m.term_id', '=', p.termId)),
  membership: prepared((db, p: MemberParams & { membershipId: number }) => memberSelect(db, p).where('m.id', '=', p.membershipId)),
};

const credentialHolder = prepared((db, p: { tokenHash: string; kind: string }) =>
  db
    .selectFrom('tokens')
    .innerJoin('accounts', 'accounts.id', 'tokens.account_id')
    .select(['accounts.person_id', 'tokens.expires_at', 'tokens.revoked_at', 'accounts.disabled'])
    .where('tokens.token_hash', '=', p.tokenHash)
    .where('tokens.kind', '=', p.kind),
);

export async function findMember(db: Db, dialect: Dialect, meeting: MeetingContext, ref: MemberRef, now = new Date()): Promise<MeetingMember> {
  const on = { meetingId: meeting.id, termId: meeting.termId, day: meeting.day };
  let query: Promise<Awaited<ReturnType<typeof memberBy.key.first>>>;
  if ('credential' in ref) {
    const holder = await credentialHolder.first(db, dialect, { tokenHash: hashToken(ref.credential), kind: TokenKind.Pad });
    if (!holder || holder.revoked_at || holder.disabled || holder.expires_at <= now.toISOString() || holder.person_id === null) throw refusals.credentialInvalid();
    query = memberBy.person.first(db, dialect, { ...on, personId: holder.person_id });
  } else if ('key' in ref) {
    query = memberBy.key.first(db, dialect, { ...on, key: ref.key });
  } else if ('membershipId' in ref) {
    query = memberBy.membership.first(db, dialect, { ...on, membershipId: ref.membershipId });
  } else {
    if (ref.personId === null) throw refusals.notAMember(whoOf(ref), meeting.id);
    query = memberBy.person.first(db, dialect, { ...on, personId: ref.personId });
  }
  const found = await query;
  if (!found) {
    if ('membershipId' in ref) throw errors.notFound('membership', ref.membershipId);
    throw refusals.notAMember(whoOf(ref), meeting.id);
  }
  if (found.termId !== meeting.termId) throw refusals.notAMember(whoOf(ref), meeting.id);
  // SQLite answers 1/0, PostgreSQL true/false.
  if (!Number(found.counted)) throw refusals.notServing(found, meeting.day);
  const attendance = found.attendanceId === null ? null : { id: found.attendanceId, state: found.state as AttendanceStateName, method: found.method!, at: found.at!, actor: found.actor! };
  return { id: found.id, personId: found.personId, key: found.key, name: found.name, groupName: found.groupName, status: found.status, attendance };
}

export async function attendanceRow(db: Db, meetingId: number, membershipId: number) {
  return db.selectFrom('attendance').selectAll().where('meeting_id', '=', meetingId).where('membership_id', '=', membershipId).executeTakeFirst();
}

export interface RosterQuery {
  q?: string;
  limit?: number;
  offset?: number;
}

/**
 * The check-in desk's search among the members counted on the meeting's day: a name containing
 * `q`, a key starting with it (any case), or pinyin initials starting with it (`wx` finds 王小明).
 * Each member comes with their attendance state. Roster order: group by group, then key.
 */
export async function searchRoster(db: Db, meeting: MeetingContext, query: RosterQuery) {
  let q = expectedMemberships(db, meeting.termId, meeting.day)
    .innerJoin('people', 'people.id', 'memberships.person_id')
    .leftJoin('groups', 'groups.id', 'memberships.group_id')
    .leftJoin('attendance', (join) => join.onRef('attendance.membership_id', '=', 'memberships.id').on('attendance.meeting_id', '=', meeting.id));
  const match = memberMatches(query.q);
  if (match) q = q.where(match);
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .select(['memberships.id', 'memberships.key', 'people.name', 'people.initials', 'groups.name as groupName', 'memberships.title', 'attendance.state', 'attendance.at', 'attendance.method'])
    .orderBy((eb) => eb.case().when('groups.sort_order', 'is', null).then(1).else(0).end())
    .orderBy('groups.sort_order')
    .orderBy('memberships.group_id')
    .orderBy('memberships.key')
    .limit(query.limit ?? 20)
    .offset(query.offset ?? 0)
    .execute();
  return {
    total: Number(total.n),
    members: rows.map((r) => ({
      membershipId: r.id,
      key: r.key,
      name: r.name,
      initials: r.initials,
      groupName: r.groupName,
      title: r.title,
      state: (r.state ?? AttendanceState.Absent) as AttendanceStateName,
      method: r.method,
      at: r.at,
    })),
  };
}

/** A meeting's leave requests in the order they came, optionally of one status. */
export async function listLeaveRequests(db: Db, meetingId: number, status?: string) {
  let q = db
    .selectFrom('leave_requests as l')
    .innerJoin('memberships as m', 'm.id', 'l.membership_id')
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .select(['l.id', 'l.meeting_id', 'l.membership_id', 'm.key', 'p.name', 'l.reason', 'l.status', 'l.requested_by', 'l.requested_at', 'l.decided_by', 'l.decided_at'])
    .where('l.meeting_id', '=', meetingId)
    .orderBy('l.id');
  if (status !== undefined) q = q.where('l.status', '=', status);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    meetingId: r.meeting_id,
    membershipId: r.membership_id,
    key: r.key,
    name: r.name,
    reason: r.reason,
    status: r.status as 'pending' | 'approved' | 'rejected',
    requestedBy: r.requested_by,
    requestedAt: r.requested_at,
    decidedBy: r.decided_by,
    decidedAt: r.decided_at,
  }));
}
