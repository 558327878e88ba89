import Type from 'typebox';
import { defineOperation } from '../../server/operation.js';
import { OneOf } from '../registry/kinds.js';
import { Id, Text } from './inputs.js';
import { loadProposalRow } from './queries.js';
import { presentProposal } from './presenters.js';
import { refusals } from './refusals.js';
import { Limits, PresidiumDecisions, ProposalKind, ProposalStatus } from './states.js';

export const DecideBillInput = Type.Object(
  {
    proposalId: Id,
    decision: OneOf(PresidiumDecisions),
    note: Type.Optional(Text(Limits.reasonLength)),
  },
  { additionalProperties: false },
);

/**
 * The presidium's decision on a bill (地方组织法, the article on bills; 全国人大议事规则): put it on
 * the session's agenda, refer it to a special committee for deliberation (the note names the
 * committee), or not put it forward (the note gives the reason). Recorded by the secretariat.
 */
export const decideBill = defineOperation({
  name: 'proposals.decideBill',
  input: DecideBillInput,
  permission: 'proposals.manage',
  async run({ tx, dialect, actor, now }, input) {
    const p = await loadProposalRow(tx, dialect, input.proposalId, true);
    if (p.kind !== ProposalKind.Bill) throw refusals.notABill(p.id);
    if (p.status !== ProposalStatus.Submitted) throw refusals.wrongState(p, { zh: '再次决定', en: 'decided again' });
    if (input.decision !== 'on-agenda' && input.note === undefined) throw refusals.reasonRequired('note');
    const row = await tx
      .updateTable('proposals')
      .set({ status: input.decision, review_reason: input.decision, decision_note: input.note ?? null, reviewed_by: actor.label, reviewed_at: now.toISOString() })
      .where('id', '=', p.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    return presentProposal(tx, row);
  },
  audit: (input, p) => ({ bodyId: p.bodyId, payload: { ...input, number: p.number } }),
});
