/** What a handling unit sees: its own assignments, each with the proposal's text; nothing of another unit's. */
import type { Db } from './queries.js';
import { assignmentsOf, loadAssignment, loadProposalRow, unitOfAccount } from './queries.js';
import type { Dialect } from '../../store/dialect.js';
import { refusals } from './refusals.js';
import { presentAssignment, presentSummary } from './presenters.js';

export async function unitAssignments(db: Db, accountId: number | null, state?: string) {
  const unit = await unitOfAccount(db, accountId);
  let q = db
    .selectFrom('proposal_assignments as a')
    .innerJoin('handling_units as u', 'u.id', 'a.unit_id')
    .innerJoin('proposals as p', 'p.id', 'a.proposal_id')
    .selectAll('a')
    .select(['u.name as unit_name', 'p.kind', 'p.number', 'p.title'])
    .where('a.unit_id', '=', unit.id)
    .orderBy('a.deadline')
    .orderBy('a.id');
  if (state !== undefined) q = q.where('a.state', '=', state);
  const rows = await q.execute();
  return { unit: { id: unit.id, name: unit.name }, assignments: rows.map((r) => ({ ...presentAssignment(r), proposal: { kind: r.kind, number: r.number, title: r.title } })) };
}

/**
 * One of the unit's assignments with the proposal's full text; another unit's is not found. The lead
 * unit also sees the co-handlers' opinions (会办意见) of the same round, which it answers with.
 */
export async function unitAssignment(db: Db, dialect: Dialect, accountId: number | null, assignmentId: number) {
  const unit = await unitOfAccount(db, accountId);
  const a = await loadAssignment(db, assignmentId);
  if (a.unit_id !== unit.id) throw refusals.assignmentNotFound(assignmentId);
  const p = await loadProposalRow(db, dialect, a.proposal_id);
  const opinions = a.role === 'lead' ? (await assignmentsOf(db, [p.id])).filter((o) => o.round === a.round && o.role === 'co' && o.reply !== null) : [];
  return {
    ...presentAssignment(a),
    proposal: { ...presentSummary(p), body: p.body, attachments: JSON.parse(p.attachments) as Array<{ name: string; text: string }> },
    coOpinions: opinions.map((o) => ({ unitName: o.unit_name, reply: o.reply!, repliedAt: o.replied_at! })),
  };
}
