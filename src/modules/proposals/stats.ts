/**
 * The figures of a session's proposals: counts by status, category, source kind, sector or
 * delegation (the lead proposer's group, or the group that submitted), and handling unit. Counted
 * in the process from one row per proposal: a session holds a few thousand at most.
 */
import { sql } from 'kysely';
import type { Db } from './queries.js';
import { localDay } from './rules/deadline.js';
import { AssignmentState, ProposalStatus } from './states.js';

export interface Count {
  key: string;
  count: number;
}

export interface UnitCount {
  unitId: number;
  unitName: string;
  lead: number;
  co: number;
  open: number;
  replied: number;
}

export interface ProposalStats {
  total: number;
  byStatus: Count[];
  byCategory: Count[];
  bySourceKind: Count[];
  byGroup: Count[];
  byUnit: UnitCount[];
}

function tally(values: string[]): Count[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** One row per proposal of the session with what the figures group by. */
export async function proposalFacts(db: Db, sessionId: number, kind?: string) {
  let q = db
    .selectFrom('proposals as p')
    .leftJoin('proposal_signers as s', (j) => j.onRef('s.proposal_id', '=', 'p.id').on('s.ordinal', '=', 1))
    .leftJoin('memberships as m', 'm.id', 's.membership_id')
    .leftJoin('groups as g', (j) => j.on(sql`g.id`, '=', sql`coalesce(p.group_id, m.group_id)`))
    .select(['p.id', 'p.kind', 'p.status', 'p.review_outcome', 'p.category', 'p.source_kind', 'g.name as group_name'])
    .where('p.session_id', '=', sessionId)
    .orderBy('p.id');
  if (kind !== undefined) q = q.where('p.kind', '=', kind);
  return q.execute();
}

export async function proposalStats(db: Db, sessionId: number, kind?: string): Promise<ProposalStats> {
  const facts = await proposalFacts(db, sessionId, kind);
  let units = db
    .selectFrom('proposal_assignments as a')
    .innerJoin('proposals as p', 'p.id', 'a.proposal_id')
    .innerJoin('handling_units as u', 'u.id', 'a.unit_id')
    .select(['a.unit_id', 'u.name', 'a.role', 'a.state'])
    .where('p.session_id', '=', sessionId)
    .where('a.state', '!=', AssignmentState.Superseded);
  if (kind !== undefined) units = units.where('p.kind', '=', kind);
  const byUnit = new Map<number, UnitCount>();
  for (const a of await units.execute()) {
    const u = byUnit.get(a.unit_id) ?? { unitId: a.unit_id, unitName: a.name, lead: 0, co: 0, open: 0, replied: 0 };
    if (a.role === 'lead') u.lead++;
    else u.co++;
    if (a.state === AssignmentState.Open) u.open++;
    else u.replied++;
    byUnit.set(a.unit_id, u);
  }
  return {
    total: facts.length,
    byStatus: tally(facts.map((f) => f.status)),
    byCategory: tally(facts.map((f) => f.category)),
    bySourceKind: tally(facts.map((f) => f.source_kind)),
    byGroup: tally(facts.filter((f) => f.group_name !== null).map((f) => f.group_name!)),
    byUnit: [...byUnit.values()].sort((a, b) => a.unitId - b.unitId),
  };
}

/**
 * Open assignments of the session whose deadline day has ended by `now` (China Standard Time), of
 * proposals still in handling: once the lead unit has replied, a co-handler's silence delays nothing.
 */
export async function overdueAssignments(db: Db, sessionId: number, now: Date) {
  return db
    .selectFrom('proposal_assignments as a')
    .innerJoin('proposals as p', 'p.id', 'a.proposal_id')
    .innerJoin('handling_units as u', 'u.id', 'a.unit_id')
    .selectAll('a')
    .select(['u.name as unit_name', 'p.kind', 'p.number', 'p.title'])
    .where('p.session_id', '=', sessionId)
    .where('a.state', '=', AssignmentState.Open)
    .where('p.status', '=', ProposalStatus.Handling)
    .where('a.deadline', '<', localDay(now))
    .orderBy('a.deadline')
    .orderBy('a.id')
    .execute();
}
