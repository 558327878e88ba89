import Type from 'typebox';
import { defineOperation } from '../../server/operation.js';
import { can } from '../../server/permissions.js';
import { Id, Text } from './inputs.js';
import { loadAssignment, loadProposalRow, unitOfAccount } from './queries.js';
import { presentAssignment } from './presenters.js';
import { refusals } from './refusals.js';
import { AssignmentState, Limits, ProposalStatus } from './states.js';

export const ReplyAssignmentInput = Type.Object({ assignmentId: Id, text: Text(Limits.replyLength) }, { additionalProperties: false });

/**
 * A handling unit's written reply to its own assignment. The lead unit's reply (答复) completes the
 * handling and goes to the proposer; a co-handler's reply is its opinion (会办意见), kept on record
 * for the lead. Another unit's assignment is not found (404), as it is not theirs to see. Staff may
 * enter a reply the unit sent on paper.
 */
export const replyAssignment = defineOperation({
  name: 'proposals.replyAssignment',
  input: ReplyAssignmentInput,
  permission: 'proposals.handle',
  async run({ tx, dialect, actor, now }, input) {
    const a = await loadAssignment(tx, input.assignmentId);
    // Staff enter a reply the unit sent on paper; a unit answers only its own assignments.
    if (!can(actor.role, 'proposals.manage')) {
      const unit = await unitOfAccount(tx, actor.accountId);
      if (a.unit_id !== unit.id) throw refusals.assignmentNotFound(input.assignmentId);
    }
    if (a.state !== AssignmentState.Open) throw refusals.assignmentNotOpen(a.id, a.state);
    await tx
      .updateTable('proposal_assignments')
      .set({ state: AssignmentState.Replied, reply: input.text, replied_at: now.toISOString(), replied_by: actor.label })
      .where('id', '=', a.id)
      .execute();
    if (a.role === 'lead') {
      const p = await loadProposalRow(tx, dialect, a.proposal_id, true);
      if (p.status === ProposalStatus.Handling) await tx.updateTable('proposals').set({ status: ProposalStatus.Replied }).where('id', '=', p.id).execute();
    }
    return presentAssignment(await loadAssignment(tx, a.id));
  },
  audit: (_input, a) => ({ bodyId: a.bodyId, payload: { assignmentId: a.id, proposalId: a.proposalId, unitId: a.unitId, role: a.role, round: a.round } }),
});
