/** Reads of elections: an election with its rule data parsed, its candidates, rounds and entries. */
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database, ElectionRoundTable, ElectionTable } from '../../../store/schema.js';
import type { Dialect } from '../../../store/dialect.js';
import type { Threshold } from '../rules/threshold.js';
import type { MarginRule, RoundKind, RoundVerdict } from './rules/election.js';
import { refusals } from './refusals.js';
import type { ElectionStateName, EntryKindName, RoundStateName } from './states.js';

type Db = Kysely<Database> | Transaction<Database>;

export interface ElectionRow {
  id: number;
  bodyId: number;
  meetingId: number;
  agendaItemId: number | null;
  office: string;
  seats: number;
  threshold: Threshold;
  margin: MarginRule | null;
  state: ElectionStateName;
  createdAt: string;
}

export interface CandidateRow {
  id: number;
  ordinal: number;
  name: string;
  membershipId: number | null;
  source: string;
}

export interface RoundRow {
  id: number;
  bodyId: number;
  electionId: number;
  ordinal: number;
  kind: RoundKind;
  seats: number;
  candidateIds: number[];
  state: RoundStateName;
  openedAt: string;
  closedAt: string | null;
  verdict: RoundVerdict | null;
  announcement: { zh: string; en: string } | null;
}

/** A figures entry: ballots issued and returned (one box, or the whole hall). */
export interface FiguresData {
  issued: number;
  returned: number;
}
/** One ballot as read: candidates marked and names written in; `valid` by the rule at entry. */
export interface BallotData {
  marks: number[];
  writeIns: string[];
  valid: boolean;
}
/** A batch as counted by a team. */
export interface BatchData {
  ballots: number;
  void: number;
  marks: Array<{ candidateId: number; votes: number }>;
  writeIns: Array<{ name: string; votes: number }>;
}

export type EntryRow = {
  id: number;
  roundId: number;
  team: string | null;
  enteredAt: string;
  enteredBy: string;
  withdrawnAt: string | null;
  withdrawnBy: string | null;
  withdrawReason: string | null;
} & ({ kind: 'figures'; data: FiguresData } | { kind: 'ballot'; data: BallotData } | { kind: 'batch'; data: BatchData });

export async function loadElection(db: Db, id: number): Promise<ElectionRow> {
  const row = await db.selectFrom('elections').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw refusals.electionNotFound(id);
  return electionOf(row);
}

function electionOf(row: Selectable<ElectionTable>): ElectionRow {
  return {
    id: row.id,
    bodyId: row.body_id,
    meetingId: row.meeting_id,
    agendaItemId: row.agenda_item_id,
    office: row.office,
    seats: row.seats,
    threshold: JSON.parse(row.threshold) as Threshold,
    margin: row.margin === null ? null : (JSON.parse(row.margin) as MarginRule),
    state: row.state as ElectionStateName,
    createdAt: row.created_at,
  };
}

export async function listElections(db: Db, meetingId: number): Promise<ElectionRow[]> {
  const rows = await db.selectFrom('elections').selectAll().where('meeting_id', '=', meetingId).orderBy('id').execute();
  return rows.map(electionOf);
}

export async function candidatesOf(db: Db, electionId: number): Promise<CandidateRow[]> {
  const rows = await db.selectFrom('election_candidates').selectAll().where('election_id', '=', electionId).orderBy('ordinal').execute();
  return rows.map((r) => ({ id: r.id, ordinal: r.ordinal, name: r.name, membershipId: r.membership_id, source: r.source }));
}

function roundOf(r: Selectable<ElectionRoundTable>): RoundRow {
  return {
    id: r.id,
    bodyId: r.body_id,
    electionId: r.election_id,
    ordinal: r.ordinal,
    kind: r.kind as RoundKind,
    seats: r.seats,
    candidateIds: JSON.parse(r.candidate_ids) as number[],
    state: r.state as RoundStateName,
    openedAt: r.opened_at,
    closedAt: r.closed_at,
    verdict: r.verdict === null ? null : (JSON.parse(r.verdict) as RoundVerdict),
    announcement: r.announcement === null ? null : { zh: r.announcement, en: r.announcement_en ?? '' },
  };
}

/**
 * A round by id. On PostgreSQL an electronic ballot holds the round FOR SHARE and the close FOR
 * UPDATE, so the close waits for ballots still committing and counts every accepted one (SQLite
 * has one writer at a time).
 */
export async function loadRound(db: Db, id: number, lock: { dialect: Dialect; mode: 'share' | 'update' } | null = null): Promise<RoundRow> {
  let q = db.selectFrom('election_rounds').selectAll().where('id', '=', id);
  if (lock?.dialect === 'postgres') q = lock.mode === 'update' ? q.forUpdate() : q.forShare();
  const row = await q.executeTakeFirst();
  if (!row) throw refusals.roundNotFound(id);
  return roundOf(row);
}

export async function roundsOf(db: Db, electionId: number): Promise<RoundRow[]> {
  const rows = await db.selectFrom('election_rounds').selectAll().where('election_id', '=', electionId).orderBy('ordinal').execute();
  return rows.map(roundOf);
}

/** A round's entries in the order entered, withdrawn ones included (with when, who and why). */
export async function entriesOf(db: Db, roundId: number): Promise<EntryRow[]> {
  const rows = await db.selectFrom('election_entries').selectAll().where('round_id', '=', roundId).orderBy('id').execute();
  return rows.map(
    (r) =>
      ({
        id: r.id,
        roundId: r.round_id,
        kind: r.kind as EntryKindName,
        team: r.team,
        data: JSON.parse(r.data) as unknown,
        enteredAt: r.entered_at,
        enteredBy: r.entered_by,
        withdrawnAt: r.withdrawn_at,
        withdrawnBy: r.withdrawn_by,
        withdrawReason: r.withdraw_reason,
      }) as EntryRow,
  );
}

/** A round's electronic ballots, in receipt order (random, so not the order they were cast). */
export async function electronicBallotsOf(db: Db, roundId: number): Promise<Array<{ marks: number[]; writeIns: string[] }>> {
  const rows = await db.selectFrom('election_ballots').select('marks').where('round_id', '=', roundId).orderBy('receipt').execute();
  return rows.map((r) => JSON.parse(r.marks) as { marks: number[]; writeIns: string[] });
}
