/** Reads of the proposals module: a proposal with its signers and assignments, settings, units, members. */
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database, ProposalAssignmentTable, ProposalTable } from '../../store/schema.js';
import type { Dialect } from '../../store/dialect.js';
import { errors } from '../../server/errors.js';
import type { BodyKind, BodyLevel } from '../registry/kinds.js';
import { refusals } from './refusals.js';
import { DEFAULT_CATEGORIES } from './states.js';

export type Db = Kysely<Database> | Transaction<Database>;
export type ProposalRow = Selectable<ProposalTable>;
export type AssignmentRow = Selectable<ProposalAssignmentTable> & { unit_name: string };

export interface SessionContext {
  sessionId: number;
  termId: number;
  bodyId: number;
  bodyKind: BodyKind;
  bodyLevel: BodyLevel;
  bodyName: string;
}

export async function sessionContext(db: Db, sessionId: number): Promise<SessionContext> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('bodies', 'bodies.id', 'sessions.body_id')
    .select(['sessions.id', 'sessions.term_id', 'bodies.id as body_id', 'bodies.kind', 'bodies.level', 'bodies.name'])
    .where('sessions.id', '=', sessionId)
    .executeTakeFirst();
  if (!row) throw errors.notFound('session', sessionId);
  return { sessionId: row.id, termId: row.term_id, bodyId: row.body_id, bodyKind: row.kind as BodyKind, bodyLevel: row.level as BodyLevel, bodyName: row.name };
}

export interface ProposalSettings {
  categories: string[];
  billMinSigners: number | null;
}

export async function settingsOf(db: Db, bodyId: number): Promise<ProposalSettings> {
  const row = await db.selectFrom('proposal_settings').selectAll().where('body_id', '=', bodyId).executeTakeFirst();
  if (!row) return { categories: [...DEFAULT_CATEGORIES], billMinSigners: null };
  return { categories: JSON.parse(row.categories) as string[], billMinSigners: row.bill_min_signers };
}

/** The active memberships of a term among `ids`, by id. */
export async function activeMemberships(db: Db, termId: number, ids: number[]): Promise<Map<number, { personId: number; groupId: number | null }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('memberships')
    .select(['id', 'person_id', 'group_id'])
    .where('term_id', '=', termId)
    .where('status', '=', 'active')
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, { personId: r.person_id, groupId: r.group_id }]));
}

export async function loadProposalRow(db: Db, dialect: Dialect, id: number, lock = false): Promise<ProposalRow> {
  let q = db.selectFrom('proposals').selectAll().where('id', '=', id);
  if (lock && dialect === 'postgres') q = q.forUpdate();
  const row = await q.executeTakeFirst();
  if (!row) throw refusals.proposalNotFound(id);
  return row;
}

export interface Signer {
  membershipId: number;
  name: string;
  group: string | null;
}

export async function signersOf(db: Db, proposalIds: number[]): Promise<Map<number, Signer[]>> {
  const out = new Map<number, Signer[]>(proposalIds.map((id) => [id, []]));
  if (proposalIds.length === 0) return out;
  const rows = await db
    .selectFrom('proposal_signers as s')
    .innerJoin('memberships as m', 'm.id', 's.membership_id')
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .leftJoin('groups as g', 'g.id', 'm.group_id')
    .select(['s.proposal_id', 's.membership_id', 'p.name', 'g.name as group_name'])
    .where('s.proposal_id', 'in', proposalIds)
    .orderBy('s.proposal_id')
    .orderBy('s.ordinal')
    .execute();
  for (const r of rows) out.get(r.proposal_id)!.push({ membershipId: r.membership_id, name: r.name, group: r.group_name });
  return out;
}

export async function assignmentsOf(db: Db, proposalIds: number[]): Promise<AssignmentRow[]> {
  if (proposalIds.length === 0) return [];
  return db
    .selectFrom('proposal_assignments as a')
    .innerJoin('handling_units as u', 'u.id', 'a.unit_id')
    .selectAll('a')
    .select('u.name as unit_name')
    .where('a.proposal_id', 'in', proposalIds)
    .orderBy('a.proposal_id')
    .orderBy('a.round')
    .orderBy('a.id')
    .execute();
}

export async function loadAssignment(db: Db, id: number): Promise<AssignmentRow> {
  const row = await db
    .selectFrom('proposal_assignments as a')
    .innerJoin('handling_units as u', 'u.id', 'a.unit_id')
    .selectAll('a')
    .select('u.name as unit_name')
    .where('a.id', '=', id)
    .executeTakeFirst();
  if (!row) throw refusals.assignmentNotFound(id);
  return row;
}

export async function loadUnit(db: Db, id: number) {
  const row = await db.selectFrom('handling_units').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw refusals.unitNotFound(id);
  return row;
}

/** The handling unit an account speaks for; a unit account not yet linked to one is told so (404). */
export async function unitOfAccount(db: Db, accountId: number | null) {
  const row = accountId === null ? undefined : await db.selectFrom('handling_units').selectAll().where('account_id', '=', accountId).executeTakeFirst();
  if (!row) throw refusals.notUnitAccount();
  return row;
}

export async function listUnits(db: Db, bodyId: number) {
  return db.selectFrom('handling_units').selectAll().where('body_id', '=', bodyId).orderBy('id').execute();
}

/** The person who leads a proposal (its first signer), or null for a source without signers. */
export async function leadPersonOf(db: Db, proposalId: number): Promise<number | null> {
  const row = await db
    .selectFrom('proposal_signers as s')
    .innerJoin('memberships as m', 'm.id', 's.membership_id')
    .select('m.person_id')
    .where('s.proposal_id', '=', proposalId)
    .where('s.ordinal', '=', 1)
    .executeTakeFirst();
  return row?.person_id ?? null;
}
