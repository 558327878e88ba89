/** Reads for seating: the rostrum's names from the presiding roles, a meeting's groups and members, layouts. */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../store/schema.js';
import { errors } from '../../server/errors.js';
import { getMeeting, listPresiding } from '../meetings/queries.js';
import { getSession } from '../registry/queries.js';
import { PresidingRoles } from '../meetings/kinds.js';
import type { HallGroup, HallLayout, ReservedSeat } from './rules/hallFill.js';

type Db = Kysely<Database> | Transaction<Database>;

const ROLE_ORDER: string[] = [PresidingRoles.presider, PresidingRoles.executiveChair, PresidingRoles.standingChair];

/**
 * The meeting's rostrum in protocol order: who presides, then the executive chairs in their rank,
 * then the standing chair; roles for the whole meeting (not one stage); a person once.
 */
export async function rostrumNames(db: Db, meetingId: number): Promise<Array<{ name: string; groupName: string | null }>> {
  const rows = (await listPresiding(db, meetingId)).filter((r) => r.stage_id === null);
  rows.sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || a.rank - b.rank);
  const seen = new Set<number>();
  return rows.filter((r) => !seen.has(r.membership_id) && seen.add(r.membership_id)).map((r) => ({ name: r.name, groupName: r.group_name }));
}

/** The ungrouped members of a term, seated after every group. */
export const UNGROUPED = { id: 0, name: '其他' } as const;

/** The active members of the meeting's term by group, groups in protocol order (sort order, then id). */
export async function meetingGroups(db: Db, meetingId: number): Promise<HallGroup[]> {
  const meeting = await getMeeting(db, meetingId);
  const session = await getSession(db, meeting.session_id);
  const groups = await db.selectFrom('groups').select(['id', 'name']).where('body_id', '=', meeting.body_id).orderBy('sort_order').orderBy('id').execute();
  const members = await db
    .selectFrom('memberships')
    .innerJoin('people', 'people.id', 'memberships.person_id')
    .select(['memberships.id', 'memberships.group_id', 'people.name'])
    .where('memberships.term_id', '=', session.term_id)
    .where('memberships.status', '=', 'active')
    .orderBy('memberships.id')
    .execute();
  const byGroup = new Map<number, HallGroup>();
  for (const g of groups) byGroup.set(g.id, { id: g.id, name: g.name, members: [] });
  const ungrouped: HallGroup = { ...UNGROUPED, members: [] };
  for (const m of members) (m.group_id === null ? ungrouped : byGroup.get(m.group_id) ?? ungrouped).members.push({ id: m.id, name: m.name });
  return [...byGroup.values(), ungrouped].filter((g) => g.members.length > 0);
}

export function layoutOf(row: { name: string; layout: string }): HallLayout {
  const parsed = JSON.parse(row.layout) as Omit<HallLayout, 'name'>;
  return { name: row.name, blocks: parsed.blocks, order: parsed.order };
}

export async function getHallLayout(db: Db, id: number) {
  const row = await db.selectFrom('hall_layouts').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw errors.notFound('hall_layout', id);
  return row;
}

export async function listHallLayouts(db: Db, bodyId: number) {
  return db.selectFrom('hall_layouts').selectAll().where('body_id', '=', bodyId).orderBy('id').execute();
}

/** The meeting's stored layout and reserved seats, or null when none was set. */
export async function meetingHall(db: Db, meetingId: number): Promise<{ layout: HallLayout; layoutId: number; reserved: ReservedSeat[] } | null> {
  const row = await db
    .selectFrom('hall_assignments')
    .innerJoin('hall_layouts', 'hall_layouts.id', 'hall_assignments.layout_id')
    .select(['hall_layouts.id as layout_id', 'hall_layouts.name', 'hall_layouts.layout', 'hall_assignments.reserved'])
    .where('hall_assignments.meeting_id', '=', meetingId)
    .executeTakeFirst();
  if (!row) return null;
  return { layout: layoutOf(row), layoutId: row.layout_id, reserved: JSON.parse(row.reserved) as ReservedSeat[] };
}
