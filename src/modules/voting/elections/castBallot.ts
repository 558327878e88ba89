import Type from 'typebox';
import { defineOperation } from '../../../server/operation.js';
import { findMember, loadMeeting } from '../../attendance/queries.js';
import { AttendanceState } from '../../attendance/states.js';
import { ballotIsValid } from './rules/election.js';
import { candidatesOf, loadElection, loadRound } from './queries.js';
import { newReceipt } from '../receipt.js';
import { refusals } from './refusals.js';
import { checkNames } from './recordEntry.js';
import { Id, PersonName } from './schemas.js';
import { ElectionLimits, RoundState } from './states.js';

export const CastBallotInput = Type.Object(
  {
    roundId: Id,
    marks: Type.Array(Id, { maxItems: ElectionLimits.candidates, description: 'Candidate ids marked' }),
    writeIns: Type.Optional(Type.Array(PersonName, { maxItems: ElectionLimits.writeIns })),
  },
  { additionalProperties: false },
);

/**
 * A present member casts their one electronic ballot in an open round. THAT they voted is a
 * participation row naming them; WHAT they voted is a ballot row with a random receipt and the
 * marks; neither holds a time and nothing links them. A ballot naming more than the seats is
 * refused rather than stored void (the pad can say so). The audit entry names the member and
 * the round, never the marks or the receipt. Through the write queue.
 */
export const castBallot = defineOperation({
  name: 'elections.castBallot',
  input: CastBallotInput,
  permission: 'voting.cast',
  async run(ctx, input) {
    const { tx, actor, now } = ctx;
    const round = await loadRound(tx, input.roundId, { dialect: ctx.dialect, mode: 'share' });
    if (round.state !== RoundState.Open) throw refusals.roundClosed(round.id, round.closedAt);
    const election = await ctx.once(`election:${round.electionId}`, () => loadElection(tx, round.electionId));
    const meeting = await ctx.once(`meeting:${election.meetingId}`, () => loadMeeting(tx, election.meetingId, now));
    const member = await findMember(tx, ctx.dialect, meeting, { personId: actor.personId }, now);
    if (member.attendance?.state !== AttendanceState.Present) throw refusals.notPresent(member.name, meeting.id);
    const writeIns = input.writeIns ?? [];
    checkNames(round, await candidatesOf(tx, election.id), input.marks, writeIns, '');
    if (!ballotIsValid({ marks: input.marks, writeIns }, round.seats)) throw refusals.tooManyNames(input.marks.length + writeIns.length, round.seats);

    const took = await tx
      .insertInto('election_participation')
      .values({ body_id: round.bodyId, round_id: round.id, membership_id: member.id })
      .onConflict((oc) => oc.columns(['round_id', 'membership_id']).doNothing())
      .returning('membership_id')
      .executeTakeFirst();
    if (!took) throw refusals.alreadyVoted(member.name, round.id);
    // As a secret motion's ballot: the same receipts, inserted with the rest of the group, shuffled.
    const receipt = newReceipt();
    ctx.batch('election_ballots', { receipt, body_id: round.bodyId, round_id: round.id, marks: JSON.stringify({ marks: input.marks, writeIns }) });
    return { bodyId: round.bodyId, electionId: election.id, roundId: round.id, membershipId: member.id, receipt };
  },
  audit: (_input, r) => ({ bodyId: r.bodyId, payload: { electionId: r.electionId, roundId: r.roundId, membershipId: r.membershipId } }),
});
