import Type from 'typebox';
import { defineOperation, type WriteContext } from '../../server/operation.js';
import { Day, Id } from './inputs.js';
import { loadProposalRow, loadUnit, type ProposalRow } from './queries.js';
import { presentProposal } from './presenters.js';
import { refusals } from './refusals.js';
import { handlingDeadline } from './rules/deadline.js';
import { AssignmentState, Limits, ProposalKind, ProposalStatus } from './states.js';

export const AssignProposalInput = Type.Object(
  {
    proposalId: Id,
    lead: Id,
    coHandlers: Type.Optional(Type.Array(Id, { maxItems: Limits.coHandlers, uniqueItems: true })),
    deadline: Type.Optional(Day),
    complex: Type.Optional(Type.Boolean({ description: 'Six months to handle instead of three' })),
  },
  { additionalProperties: false },
);

/** True when the proposal may be assigned now: a filed proposal, or a suggestion not yet assigned. */
function assignable(p: ProposalRow): boolean {
  if (p.kind === ProposalKind.Proposal) return p.status === ProposalStatus.Filed;
  if (p.kind === ProposalKind.Suggestion) return p.status === ProposalStatus.Submitted;
  return false;
}

/** Writes a round of assignments (lead first, then co-handlers) with one deadline. */
export async function writeRound(
  { tx, actor, now }: Pick<WriteContext, 'tx' | 'actor' | 'now'>,
  p: ProposalRow,
  round: number,
  units: { lead: number; co: number[] },
  deadline: string,
  complex: boolean,
): Promise<void> {
  const row = (unitId: number, role: 'lead' | 'co') => ({
    body_id: p.body_id,
    proposal_id: p.id,
    unit_id: unitId,
    role,
    round,
    deadline,
    complex: complex ? 1 : 0,
    state: AssignmentState.Open,
    assigned_at: now.toISOString(),
    assigned_by: actor.label,
    reply: null,
    replied_at: null,
    replied_by: null,
  });
  await tx.insertInto('proposal_assignments').values([row(units.lead, 'lead'), ...units.co.map((u) => row(u, 'co'))]).execute();
}

/**
 * Assigns a filed proposal (or a suggestion) to a lead handling unit (主办) and co-handlers (会办)
 * with a deadline: three months from today by default, six when complex; a given deadline must fall
 * after today and within six months (政协全国委员会提案工作条例, on handling).
 */
export const assignProposal = defineOperation({
  name: 'proposals.assignProposal',
  input: AssignProposalInput,
  permission: 'proposals.manage',
  async run(ctx, input) {
    const { tx, dialect, now } = ctx;
    const p = await loadProposalRow(tx, dialect, input.proposalId, true);
    if (!assignable(p)) throw refusals.wrongState(p, { zh: '交办', en: 'assigned' });
    const co = input.coHandlers ?? [];
    if (co.includes(input.lead)) throw refusals.unitTwice(input.lead);
    for (const unitId of [input.lead, ...co]) {
      const unit = await loadUnit(tx, unitId);
      if (unit.body_id !== p.body_id) throw refusals.unitOfOtherBody(unitId);
    }
    const complex = input.complex ?? false;
    const deadline = handlingDeadline(now, complex, input.deadline);
    if (!deadline.ok) throw refusals.deadline(input.deadline!, deadline.why, deadline.latest);
    await writeRound(ctx, p, 1, { lead: input.lead, co }, deadline.deadline, complex);
    const row = await tx.updateTable('proposals').set({ status: ProposalStatus.Handling }).where('id', '=', p.id).returningAll().executeTakeFirstOrThrow();
    return presentProposal(tx, row);
  },
  audit: (input, p) => ({ bodyId: p.bodyId, payload: { proposalId: p.id, lead: input.lead, coHandlers: input.coHandlers ?? [], deadline: p.assignments[0]?.deadline, complex: input.complex ?? false } }),
});
