/**
 * The figures of a sitting, derived from committed rows only (never from a process's memory):
 * expected (memberships active on the meeting's day), present, on leave, absent, per group, and
 * the non-voting attendees on their own line. With them, the quorum verdict.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../store/schema.js';
import { errors } from '../../server/errors.js';
import type { BodyKind } from '../registry/kinds.js';
import { quorumVerdict, ruleFor, type QuorumVerdict } from './rules/quorum.js';

type Db = Kysely<Database> | Transaction<Database>;

export interface GroupCounts {
  groupId: number | null;
  name: string | null;
  expected: number;
  present: number;
  leave: number;
  absent: number;
}

export interface AttendeeCounts {
  nonvoting: number;
  invited: number;
  observer: number;
  total: number;
}

export interface MeetingCounts {
  meetingId: number;
  stageId: number | null;
  bodyId: number;
  day: string;
  expected: number;
  present: number;
  leave: number;
  absent: number;
  groups: GroupCounts[];
  attendees: AttendeeCounts;
  quorum: QuorumVerdict;
}

/** The meeting's day (YYYY-MM-DD): the date of its start, else today. */
export function dayOf(startsAt: string | null, now: Date): string {
  return (startsAt ?? now.toISOString()).slice(0, 10);
}

/**
 * Memberships (of a term, or of a group of any body) that count on a day: started by then, and
 * active, or since ended but only after that day (a member who resigned next week still counted
 * this week). The one definition of "expected"; the meeting's attendee head counts use it too.
 */
export function membershipsOn(db: Db, of: { termId: number } | { groupId: number }, day: string) {
  const q = db.selectFrom('memberships');
  return ('termId' in of ? q.where('memberships.term_id', '=', of.termId) : q.where('memberships.group_id', '=', of.groupId))
    .where((eb) => eb.or([eb('memberships.start_date', 'is', null), eb('memberships.start_date', '<=', day)]))
    .where((eb) =>
      eb.or([
        eb.and([eb('memberships.status', '=', 'active'), eb.or([eb('memberships.end_date', 'is', null), eb('memberships.end_date', '>=', day)])]),
        eb.and([eb('memberships.status', '!=', 'active'), eb('memberships.end_date', '>=', day)]),
      ]),
    );
}

/** A term's members who count on a day: the sitting's expected. */
export function expectedMemberships(db: Db, termId: number, day: string) {
  return membershipsOn(db, { termId }, day);
}

/** How many members a group or a term has on a day. */
export async function countMembersOn(db: Db, of: { termId: number } | { groupId: number }, day: string): Promise<number> {
  const row = await membershipsOn(db, of, day).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Expected and present at a meeting, without the per-group lines, non-voting attendees or verdict:
 * what closing a vote or an election round needs, in two counts (a third of the time of
 * `meetingCounts` for a 30,000-member body). The same definitions as `meetingCounts`.
 */
export async function meetingTotals(db: Db, meetingId: number, now = new Date()): Promise<{ expected: number; present: number }> {
  const meeting = await db
    .selectFrom('meetings')
    .innerJoin('sessions', 'sessions.id', 'meetings.session_id')
    .select(['sessions.term_id', 'meetings.starts_at'])
    .where('meetings.id', '=', meetingId)
    .executeTakeFirst();
  if (!meeting) throw errors.notFound('meeting', meetingId);
  const day = dayOf(meeting.starts_at, now);
  const expected = await countMembersOn(db, { termId: meeting.term_id }, day);
  const present = await membershipsOn(db, { termId: meeting.term_id }, day)
    .innerJoin('attendance', (join) => join.onRef('attendance.membership_id', '=', 'memberships.id').on('attendance.meeting_id', '=', meetingId).on('attendance.state', '=', 'present'))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return { expected, present: Number(present.n) };
}

export async function meetingCounts(db: Db, meetingId: number, stageId: number | null = null, now = new Date()): Promise<MeetingCounts> {
  const meeting = await db
    .selectFrom('meetings')
    .innerJoin('sessions', 'sessions.id', 'meetings.session_id')
    .innerJoin('bodies', 'bodies.id', 'meetings.body_id')
    .select([
      'meetings.id',
      'meetings.body_id',
      'meetings.starts_at',
      'sessions.term_id',
      'bodies.kind',
      'meetings.quorum_base as m_base',
      'meetings.quorum_num as m_num',
      'meetings.quorum_den as m_den',
      'meetings.quorum_inclusive as m_inclusive',
      'meetings.quorum_fixed as m_fixed',
      'meetings.quorum_citation as m_citation',
      'bodies.quorum_base as b_base',
      'bodies.quorum_num as b_num',
      'bodies.quorum_den as b_den',
      'bodies.quorum_inclusive as b_inclusive',
      'bodies.quorum_fixed as b_fixed',
      'bodies.quorum_citation as b_citation',
    ])
    .where('meetings.id', '=', meetingId)
    .executeTakeFirst();
  if (!meeting) throw errors.notFound('meeting', meetingId);
  const day = dayOf(meeting.starts_at, now);

  const rows = await expectedMemberships(db, meeting.term_id, day)
    .leftJoin('attendance', (join) => join.onRef('attendance.membership_id', '=', 'memberships.id').on('attendance.meeting_id', '=', meetingId))
    .leftJoin('groups', 'groups.id', 'memberships.group_id')
    .select([
      'memberships.group_id',
      'groups.name',
      'groups.sort_order',
      (eb) => eb.fn.countAll<number>().as('expected'),
      (eb) => eb.fn.count<number>(eb.case().when('attendance.state', '=', 'present').then(1).end()).as('present'),
      (eb) => eb.fn.count<number>(eb.case().when('attendance.state', '=', 'leave').then(1).end()).as('leave'),
    ])
    .groupBy(['memberships.group_id', 'groups.name', 'groups.sort_order'])
    .orderBy(sql`case when groups.sort_order is null then 1 else 0 end`)
    .orderBy('groups.sort_order')
    .orderBy('memberships.group_id')
    .execute();

  const groups: GroupCounts[] = rows.map((r) => {
    const expected = Number(r.expected);
    const present = Number(r.present);
    const leave = Number(r.leave);
    return { groupId: r.group_id, name: r.name, expected, present, leave, absent: expected - present - leave };
  });
  const sum = (k: 'expected' | 'present' | 'leave') => groups.reduce((n, g) => n + g[k], 0);
  const expected = sum('expected');
  const present = sum('present');
  const leave = sum('leave');

  const attendees = await attendeeCounts(db, meetingId, stageId, day);
  const rule = ruleFor(
    meeting.kind as BodyKind,
    overrideOf(meeting, 'm'),
    overrideOf(meeting, 'b'),
  );
  return {
    meetingId,
    stageId,
    bodyId: meeting.body_id,
    day,
    expected,
    present,
    leave,
    absent: expected - present - leave,
    groups,
    attendees,
    quorum: quorumVerdict(meeting.kind as BodyKind, expected, present, rule),
  };
}

function overrideOf(row: Record<string, unknown>, p: 'm' | 'b') {
  return {
    quorum_base: row[`${p}_base`] as string | null,
    quorum_num: row[`${p}_num`] as number | null,
    quorum_den: row[`${p}_den`] as number | null,
    quorum_inclusive: row[`${p}_inclusive`] as number | null,
    quorum_fixed: row[`${p}_fixed`] as number | null,
    quorum_citation: row[`${p}_citation`] as string | null,
  };
}

/** Non-voting attendees of the meeting (and of the stage, when one is named), never in `present`. */
async function attendeeCounts(db: Db, meetingId: number, stageId: number | null, day: string): Promise<AttendeeCounts> {
  let q = db.selectFrom('attendees').selectAll().where('meeting_id', '=', meetingId);
  q = stageId === null ? q.where('stage_id', 'is', null) : q.where((eb) => eb.or([eb('stage_id', 'is', null), eb('stage_id', '=', stageId)]));
  const rows = await q.execute();
  const counts: AttendeeCounts = { nonvoting: 0, invited: 0, observer: 0, total: 0 };
  for (const a of rows) {
    const n =
      a.kind === 'group' && a.group_id !== null
        ? await countMembersOn(db, { groupId: a.group_id }, day)
        : a.kind === 'term' && a.term_id !== null
          ? await countMembersOn(db, { termId: a.term_id }, day)
          : a.count;
    if (a.role === 'nonvoting' || a.role === 'invited' || a.role === 'observer') counts[a.role] += n;
    counts.total += n;
  }
  return counts;
}
