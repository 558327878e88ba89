import Type from 'typebox';
import { defineOperation } from '../../../server/operation.js';
import { candidatesOf, loadElection } from './queries.js';
import { refusals } from './refusals.js';
import { Id } from './schemas.js';
import { ElectionState } from './states.js';

export const RemoveCandidateInput = Type.Object({ electionId: Id, candidateId: Id }, { additionalProperties: false });

/** Takes a candidate off a draft election's list; the audit log keeps who it was. */
export const removeCandidate = defineOperation({
  name: 'elections.removeCandidate',
  input: RemoveCandidateInput,
  permission: 'voting.manage',
  async run({ tx }, input) {
    const election = await loadElection(tx, input.electionId);
    const candidate = (await candidatesOf(tx, election.id)).find((c) => c.id === input.candidateId);
    if (!candidate) throw refusals.candidateNotFound(election.id, input.candidateId);
    if (election.state !== ElectionState.Draft) throw refusals.notDraft(election.id, election.state);
    await tx.deleteFrom('election_candidates').where('id', '=', candidate.id).execute();
    return { bodyId: election.bodyId, electionId: election.id, candidateId: candidate.id, name: candidate.name, removed: true };
  },
  audit: (_input, r) => ({ bodyId: r.bodyId, payload: { electionId: r.electionId, candidateId: r.candidateId, name: r.name } }),
});
