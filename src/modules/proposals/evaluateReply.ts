import Type from 'typebox';
import { defineOperation } from '../../server/operation.js';
import { can } from '../../server/permissions.js';
import { OneOf } from '../registry/kinds.js';
import { Day, Id, Text } from './inputs.js';
import { assignmentsOf, leadPersonOf, loadProposalRow } from './queries.js';
import { presentProposal } from './presenters.js';
import { refusals } from './refusals.js';
import { writeRound } from './assignProposal.js';
import { handlingDeadline } from './rules/deadline.js';
import { AssignmentState, Limits, ProposalStatus, Ratings } from './states.js';

export const EvaluateReplyInput = Type.Object(
  {
    proposalId: Id,
    rating: OneOf(Ratings),
    comment: Type.Optional(Text(Limits.reasonLength)),
    rehandle: Type.Optional(Type.Boolean({ description: 'Ask for re-handling (重新办理); only with not-satisfied' })),
    deadline: Type.Optional(Day),
  },
  { additionalProperties: false },
);

/**
 * The lead proposer's evaluation of the reply: satisfied, basically satisfied or not satisfied
 * (满意/基本满意/不满意). Not satisfied, they may ask for re-handling: the same units get a new round
 * with a new deadline (three months, or the round's complexity; or the day given), and the proposal
 * is in handling again. Staff may record an evaluation received on paper.
 */
export const evaluateReply = defineOperation({
  name: 'proposals.evaluateReply',
  input: EvaluateReplyInput,
  permission: 'proposals.submit',
  async run(ctx, input) {
    const { tx, dialect, actor, now } = ctx;
    const p = await loadProposalRow(tx, dialect, input.proposalId, true);
    if (!can(actor.role, 'proposals.manage')) {
      const lead = await leadPersonOf(tx, p.id);
      if (lead === null || lead !== actor.personId) throw refusals.notOwnProposal();
    }
    if (p.status !== ProposalStatus.Replied) throw refusals.wrongState(p, { zh: '评价', en: 'evaluated' });
    const rehandle = input.rehandle ?? false;
    if (rehandle && input.rating !== 'not-satisfied') throw refusals.rehandleNeedsNotSatisfied();
    const assignments = await assignmentsOf(tx, [p.id]);
    const round = Math.max(...assignments.map((a) => a.round));
    const current = assignments.filter((a) => a.round === round);
    await tx
      .insertInto('proposal_evaluations')
      .values({ body_id: p.body_id, proposal_id: p.id, round, rating: input.rating, comment: input.comment ?? null, rehandle: rehandle ? 1 : 0, at: now.toISOString(), by: actor.label })
      .execute();
    if (rehandle) {
      const complex = current.some((a) => a.complex === 1);
      const deadline = handlingDeadline(now, complex, input.deadline);
      if (!deadline.ok) throw refusals.deadline(input.deadline!, deadline.why, deadline.latest);
      const stillOpen = current.filter((a) => a.state === AssignmentState.Open).map((a) => a.id);
      if (stillOpen.length > 0) await tx.updateTable('proposal_assignments').set({ state: AssignmentState.Superseded }).where('id', 'in', stillOpen).execute();
      const lead = current.find((a) => a.role === 'lead')!;
      await writeRound(ctx, p, round + 1, { lead: lead.unit_id, co: current.filter((a) => a.role === 'co').map((a) => a.unit_id) }, deadline.deadline, complex);
    }
    const row = await tx
      .updateTable('proposals')
      .set({ status: rehandle ? ProposalStatus.Handling : ProposalStatus.Evaluated })
      .where('id', '=', p.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    return presentProposal(tx, row);
  },
  audit: (input, p) => ({ bodyId: p.bodyId, payload: { proposalId: p.id, rating: input.rating, rehandle: input.rehandle ?? false, round: p.evaluations.at(-1)?.round } }),
});
