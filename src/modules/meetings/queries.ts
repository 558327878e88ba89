import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../store/schema.js';
import type { Dialect } from '../../store/dialect.js';
import { errors } from '../../server/errors.js';
import { notInMeeting } from './refusals.js';
import { countMembersOn } from '../attendance/counts.js';

type Db = Kysely<Database> | Transaction<Database>;

export async function getMeeting(db: Db, id: number) {
  const row = await db.selectFrom('meetings').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw errors.notFound('meeting', id);
  return row;
}

/** The ordinal a new meeting of the session takes when none is given: one past the highest. */
export async function nextMeetingOrdinal(db: Db, sessionId: number): Promise<number> {
  const row = await db
    .selectFrom('meetings')
    .select((eb) => eb.fn.max<number | null>('ordinal').as('top'))
    .where('session_id', '=', sessionId)
    .executeTakeFirst();
  return Number(row?.top ?? 0) + 1;
}

export async function getMeetingByOrdinal(db: Db, sessionId: number, ordinal: number) {
  return db.selectFrom('meetings').selectAll().where('session_id', '=', sessionId).where('ordinal', '=', ordinal).executeTakeFirst();
}

/** The meeting, locked against concurrent changes to its parts until the transaction ends (PostgreSQL; SQLite writes one at a time). */
export async function lockMeeting(tx: Transaction<Database>, dialect: Dialect, id: number) {
  let q = tx.selectFrom('meetings').selectAll().where('id', '=', id);
  if (dialect === 'postgres') q = q.forUpdate();
  const row = await q.executeTakeFirst();
  if (!row) throw errors.notFound('meeting', id);
  return row;
}

/** A stage of the meeting: 404 when there is no such stage, 422 when it is another meeting's. */
export async function stageOfMeeting(db: Db, meetingId: number, stageId: number) {
  const row = await db.selectFrom('stages').selectAll().where('id', '=', stageId).executeTakeFirst();
  if (!row) throw errors.notFound('stage', stageId);
  if (row.meeting_id !== meetingId) throw notInMeeting('stage', stageId, meetingId, row.meeting_id);
  return row;
}

export async function listStages(db: Db, meetingId: number) {
  return db.selectFrom('stages').selectAll().where('meeting_id', '=', meetingId).orderBy('ordinal').execute();
}

export async function listAgenda(db: Db, meetingId: number) {
  return db.selectFrom('agenda_items').selectAll().where('meeting_id', '=', meetingId).orderBy('ordinal').execute();
}

/** Presiding roles with the member's name, office and group, in scope then role then protocol order. */
export async function listPresiding(db: Db, meetingId: number): Promise<PresidingRow[]> {
  return db
    .selectFrom('meeting_roles')
    .innerJoin('memberships', 'memberships.id', 'meeting_roles.membership_id')
    .innerJoin('people', 'people.id', 'memberships.person_id')
    .leftJoin('groups', 'groups.id', 'memberships.group_id')
    .select([
      'meeting_roles.stage_id',
      'meeting_roles.role',
      'meeting_roles.rank',
      'memberships.id as membership_id',
      'memberships.person_id',
      'memberships.title',
      'memberships.group_id',
      'people.name',
      'groups.name as group_name',
    ])
    .where('meeting_roles.meeting_id', '=', meetingId)
    .orderBy('meeting_roles.rank')
    .orderBy('meeting_roles.id')
    .execute();
}

export type PresidingRow = {
  stage_id: number | null;
  role: string;
  rank: number;
  membership_id: number;
  person_id: number;
  title: string | null;
  group_id: number | null;
  name: string;
  group_name: string | null;
};

/** An attendee line with what it refers to: the group's or term's body, the group's name, the term's ordinal. */
export async function listAttendees(db: Db, meetingId: number) {
  return db
    .selectFrom('attendees')
    .leftJoin('groups', 'groups.id', 'attendees.group_id')
    .leftJoin('terms', 'terms.id', 'attendees.term_id')
    .leftJoin('bodies as group_body', 'group_body.id', 'groups.body_id')
    .leftJoin('bodies as term_body', 'term_body.id', 'terms.body_id')
    .selectAll('attendees')
    .select(['groups.name as group_name', 'terms.ordinal as term_ordinal', 'group_body.id as group_body_id', 'group_body.name as group_body_name', 'term_body.id as term_body_id', 'term_body.name as term_body_name'])
    .where('attendees.meeting_id', '=', meetingId)
    .orderBy((eb) => eb.case().when('attendees.stage_id', 'is', null).then(0).else(1).end())
    .orderBy('attendees.stage_id')
    .orderBy('attendees.id')
    .execute();
}

export type AttendeeRow = Awaited<ReturnType<typeof listAttendees>>[number];

/** The head count of an attendee line: its own count for a person line, else the members counting on the day. */
export async function attendeeCount(db: Db, a: { kind: string; count: number; group_id: number | null; term_id: number | null }, day: string): Promise<number> {
  if (a.kind === 'group' && a.group_id !== null) return countMembersOn(db, { groupId: a.group_id }, day);
  if (a.kind === 'term' && a.term_id !== null) return countMembersOn(db, { termId: a.term_id }, day);
  return a.count;
}

/** The day (YYYY-MM-DD) a meeting or one of its stages is held: its start's date, else the meeting's, else today. */
export function dayOf(startsAt: string | null, meetingStartsAt: string | null, now: Date): string {
  return (startsAt ?? meetingStartsAt ?? now.toISOString()).slice(0, 10);
}

/** The rostrum's seats, front row first, each row in protocol order; a member with their name, office, group and body. */
export async function listRostrum(db: Db, meetingId: number) {
  return db
    .selectFrom('rostrum_seats')
    .leftJoin('memberships', 'memberships.id', 'rostrum_seats.membership_id')
    .leftJoin('people', 'people.id', 'memberships.person_id')
    .leftJoin('groups', 'groups.id', 'memberships.group_id')
    .leftJoin('bodies', 'bodies.id', 'memberships.body_id')
    .select([
      'rostrum_seats.row',
      'rostrum_seats.place',
      'rostrum_seats.membership_id',
      'rostrum_seats.name as given_name',
      'rostrum_seats.title as given_title',
      'people.name as member_name',
      'memberships.title as member_title',
      'groups.name as group_name',
      'bodies.name as body_name',
    ])
    .where('rostrum_seats.meeting_id', '=', meetingId)
    .orderBy('rostrum_seats.row')
    .orderBy('rostrum_seats.place')
    .execute();
}

export type RostrumRow = Awaited<ReturnType<typeof listRostrum>>[number];
