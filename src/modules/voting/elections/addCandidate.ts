import Type from 'typebox';
import { defineOperation } from '../../../server/operation.js';
import { errors } from '../../../server/errors.js';
import { presentCandidate } from './presenters.js';
import { candidatesOf, loadElection } from './queries.js';
import { refusals } from './refusals.js';
import { Id, PersonName } from './schemas.js';
import { CandidateSource, ElectionLimits, ElectionState } from './states.js';

export const AddCandidateInput = Type.Object(
  {
    electionId: Id,
    name: Type.Optional(PersonName),
    membershipId: Type.Optional({ ...Id, description: "A member of the meeting's term; their name is used when no name is given" }),
  },
  { additionalProperties: false },
);

/** Adds a candidate to a draft election, in ballot order: by name, or a member by membership. */
export const addCandidate = defineOperation({
  name: 'elections.addCandidate',
  input: AddCandidateInput,
  permission: 'voting.manage',
  async run({ tx }, input) {
    const election = await loadElection(tx, input.electionId);
    if (election.state !== ElectionState.Draft) throw refusals.notDraft(election.id, election.state);
    let name = input.name;
    if (input.membershipId !== undefined) {
      const member = await tx
        .selectFrom('memberships')
        .innerJoin('people', 'people.id', 'memberships.person_id')
        .innerJoin('sessions', 'sessions.term_id', 'memberships.term_id')
        .innerJoin('meetings', 'meetings.session_id', 'sessions.id')
        .select(['people.name', 'meetings.id as meetingId'])
        .where('memberships.id', '=', input.membershipId)
        .where('meetings.id', '=', election.meetingId)
        .executeTakeFirst();
      if (!member) {
        const exists = await tx.selectFrom('memberships').select('id').where('id', '=', input.membershipId).executeTakeFirst();
        if (!exists) throw errors.notFound('membership', input.membershipId);
        throw refusals.notAMember(input.membershipId, election.meetingId);
      }
      name ??= member.name;
    }
    if (name === undefined) throw refusals.nameTheCandidate();
    const candidates = await candidatesOf(tx, election.id);
    const same = candidates.find((c) => c.name === name || (input.membershipId !== undefined && c.membershipId === input.membershipId));
    if (same) throw refusals.candidateExists(election.id, same.name, same.id);
    if (candidates.length >= ElectionLimits.candidates) throw errors.invalidInput([{ path: '/electionId', message: `an election has at most ${ElectionLimits.candidates} candidates` }]);
    const ordinal = (candidates.at(-1)?.ordinal ?? 0) + 1;
    const row = await tx
      .insertInto('election_candidates')
      .values({ body_id: election.bodyId, election_id: election.id, ordinal, name, membership_id: input.membershipId ?? null, source: CandidateSource.Nominated })
      .returning('id')
      .executeTakeFirstOrThrow();
    return {
      bodyId: election.bodyId,
      electionId: election.id,
      ...presentCandidate({ id: row.id, ordinal, name, membershipId: input.membershipId ?? null, source: CandidateSource.Nominated }),
    };
  },
  audit: (_input, c) => ({ bodyId: c.bodyId, payload: { electionId: c.electionId, candidateId: c.id, name: c.name, membershipId: c.membershipId, ordinal: c.ordinal } }),
});
