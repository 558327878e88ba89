import Type from 'typebox';
import { defineOperation } from '../../server/operation.js';
import { OneOf } from '../registry/kinds.js';
import { Id, Text } from './inputs.js';
import { loadProposalRow } from './queries.js';
import { presentProposal } from './presenters.js';
import { refusals } from './refusals.js';
import { DeclineReasonIds, Limits, ProposalKind, ProposalStatus, ReviewOutcomes } from './states.js';

export const ReviewProposalInput = Type.Object(
  {
    proposalId: Id,
    outcome: OneOf(ReviewOutcomes),
    reason: Type.Optional(OneOf(DeclineReasonIds, { description: 'Required when declined: one of the set reasons' })),
    note: Type.Optional(Text(Limits.reasonLength)),
    mergeInto: Type.Optional(Id),
  },
  { additionalProperties: false },
);

/** Statuses a proposal may be merged into: pending review, filed, or in handling (not declined, merged or passed on). */
const MERGEABLE_TARGET: string[] = [ProposalStatus.Submitted, ProposalStatus.Filed, ProposalStatus.Handling, ProposalStatus.Replied, ProposalStatus.Evaluated];

/**
 * The proposal committee's decision on a proposal awaiting review (政协全国委员会提案工作条例, on review):
 * file it (立案), decline it with a reason from the set list (不予立案; `other` needs a note), merge it
 * into another proposal of the same session (并案), or pass it on as a letter (转来信) or as a
 * public-opinion report (转社情民意). Suggestions are assigned without review; bills go to the presidium.
 */
export const reviewProposal = defineOperation({
  name: 'proposals.reviewProposal',
  input: ReviewProposalInput,
  permission: 'proposals.review',
  async run({ tx, dialect, actor, now }, input) {
    const p = await loadProposalRow(tx, dialect, input.proposalId, true);
    if (p.kind !== ProposalKind.Proposal) throw refusals.reviewNotForKind(p);
    if (p.status !== ProposalStatus.Submitted) throw refusals.wrongState(p, { zh: '再次审查', en: 'reviewed again' });
    if (input.outcome === 'declined' && input.reason === undefined) throw refusals.reasonRequired('reason');
    if (input.outcome === 'declined' && input.reason === 'other' && input.note === undefined) throw refusals.reasonRequired('note');
    if (input.outcome !== 'declined' && input.reason !== undefined) throw refusals.notForOutcome('reason', input.outcome);
    if (input.outcome === 'merged') {
      if (input.mergeInto === undefined) throw refusals.reasonRequired('mergeInto');
      if (input.mergeInto === p.id) throw refusals.mergeTarget(p.id, input.mergeInto, 'self');
      const target = await loadProposalRow(tx, dialect, input.mergeInto);
      if (target.session_id !== p.session_id || target.kind !== p.kind) throw refusals.mergeTarget(p.id, target.id, 'session');
      if (!MERGEABLE_TARGET.includes(target.status)) throw refusals.mergeTarget(p.id, target.id, 'state');
    } else if (input.mergeInto !== undefined) {
      throw refusals.notForOutcome('mergeInto', input.outcome);
    }
    const row = await tx
      .updateTable('proposals')
      .set({
        status: input.outcome,
        review_outcome: input.outcome,
        review_reason: input.reason ?? null,
        review_note: input.note ?? null,
        merged_into_id: input.mergeInto ?? null,
        reviewed_by: actor.label,
        reviewed_at: now.toISOString(),
      })
      .where('id', '=', p.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    return presentProposal(tx, row);
  },
  audit: (input, p) => ({ bodyId: p.bodyId, payload: { ...input, number: p.number } }),
});
