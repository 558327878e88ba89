/** Reads of the voting module: a motion, a meeting's motions, the latest result, the receipts. */
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database, MotionTable } from '../../store/schema.js';
import type { Dialect } from '../../store/dialect.js';
import { prepared } from '../../store/prepared.js';
import type { Tally, Threshold, ThresholdBase, MotionClass } from './rules/threshold.js';
import { refusals } from './refusals.js';
import { MotionStatus, type Choice, type MotionKindName, type MotionStatusName } from './states.js';

type Db = Kysely<Database> | Transaction<Database>;
export type MotionRow = Selectable<MotionTable>;

/** A motion as the module works with it. */
export interface Motion {
  id: number;
  bodyId: number;
  meetingId: number;
  agendaItemId: number | null;
  title: string;
  kind: MotionKindName;
  options: Record<Choice, string>;
  allowChange: boolean;
  motionClass: MotionClass;
  threshold: Threshold;
  status: MotionStatusName;
  createdAt: string;
  openedAt: string | null;
  closedAt: string | null;
  result: Tally | null;
}

export function motionOf(row: MotionRow): Motion {
  return {
    id: row.id,
    bodyId: row.body_id,
    meetingId: row.meeting_id,
    agendaItemId: row.agenda_item_id,
    title: row.title,
    kind: row.kind as MotionKindName,
    options: { yes: row.label_yes, no: row.label_no, abstain: row.label_abstain },
    allowChange: row.allow_change === 1,
    motionClass: row.motion_class as MotionClass,
    threshold: {
      base: row.threshold_base as ThresholdBase,
      num: row.threshold_num,
      den: row.threshold_den,
      inclusive: row.threshold_inclusive === 1,
      citation: row.threshold_citation,
    },
    status: row.status as MotionStatusName,
    createdAt: row.created_at,
    openedAt: row.opened_at,
    closedAt: row.closed_at,
    result: row.result === null ? null : (JSON.parse(row.result) as Tally),
  };
}

// A vote reads its motion: compiled once. On PostgreSQL the vote holds the row FOR SHARE, so a
// close (FOR UPDATE) waits for the group that is casting and counts its ballots.
const motionById = prepared((db, p: { id: number }) => db.selectFrom('motions').selectAll().where('id', '=', p.id));
const motionByIdShared = prepared((db, p: { id: number }) => db.selectFrom('motions').selectAll().where('id', '=', p.id).forShare());

/** The motion, or `motion_not_found`. `lock`: on PostgreSQL, share (votes) or update (close). */
export async function loadMotion(db: Db, dialect: Dialect, id: number, lock: 'share' | 'update' | null = null): Promise<Motion> {
  let row: MotionRow | undefined;
  if (dialect === 'postgres' && lock === 'update') row = await db.selectFrom('motions').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  else if (dialect === 'postgres' && lock === 'share') row = await motionByIdShared.first(db, dialect, { id });
  else row = await motionById.first(db, dialect, { id });
  if (!row) throw refusals.motionNotFound(id);
  return motionOf(row);
}

/** Refuses (`agenda_item_not_found`) an agenda item that is not the meeting's; motions and elections both name one. */
export async function checkAgendaItem(db: Db, meetingId: number, agendaItemId: number | undefined): Promise<void> {
  if (agendaItemId === undefined) return;
  const item = await db.selectFrom('agenda_items').select('id').where('id', '=', agendaItemId).where('meeting_id', '=', meetingId).executeTakeFirst();
  if (!item) throw refusals.agendaItemNotInMeeting(agendaItemId, meetingId);
}

export async function listMotions(db: Db, meetingId: number): Promise<Motion[]> {
  const rows = await db.selectFrom('motions').selectAll().where('meeting_id', '=', meetingId).orderBy('id').execute();
  return rows.map(motionOf);
}

/** The meeting's most recently closed motion, for the board. */
export async function latestClosedMotion(db: Db, meetingId: number): Promise<Motion | null> {
  const row = await db
    .selectFrom('motions')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .where('status', '=', MotionStatus.Closed)
    .orderBy('closed_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? motionOf(row) : null;
}

/** The receipts of a secret motion's ballots, sorted. */
export async function receiptsOf(db: Db, motionId: number): Promise<string[]> {
  const rows = await db.selectFrom('motion_ballots').select('receipt').where('motion_id', '=', motionId).orderBy('receipt').execute();
  return rows.map((r) => r.receipt);
}
