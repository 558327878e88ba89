import Type from 'typebox';
import { sealBallots } from '../sealBallots.js';
import { defineOperation } from '../../../server/operation.js';
import { meetingTotals } from '../../attendance/counts.js';
import { loadMeeting } from '../../attendance/queries.js';
import { announce, decideRound } from './rules/election.js';
import { presentRound } from './presenters.js';
import { candidatesOf, electronicBallotsOf, entriesOf, loadElection, loadRound } from './queries.js';
import { refusals } from './refusals.js';
import { roundTotals } from './roundTotals.js';
import { Id } from './schemas.js';
import { ElectionEvent, ElectionState, RoundState } from './states.js';

export const CloseRoundInput = Type.Object({ roundId: Id }, { additionalProperties: false });

/**
 * Closes a round's count and gives its verdict: from the entries that stand and the meeting's
 * expected and present members, who is elected and what comes next, with the announcement,
 * stored on the round and published on the meeting's stream. A valid round must have counted
 * every ballot returned; a round with more returned than issued is void without counting.
 */
export const closeRound = defineOperation({
  name: 'elections.closeRound',
  input: CloseRoundInput,
  permission: 'voting.manage',
  async run({ tx, dialect, now }, input) {
    const round = await loadRound(tx, input.roundId, { dialect, mode: 'update' });
    if (round.state !== RoundState.Open) throw refusals.roundClosed(round.id, round.closedAt);
    const election = await loadElection(tx, round.electionId);
    const totals = roundTotals(await entriesOf(tx, round.id), await electronicBallotsOf(tx, round.id));
    if (totals.figuresEntries === 0 && totals.electronic === 0) throw refusals.figuresMissing(round.id);
    if (totals.returned <= totals.issued && totals.counted !== totals.returned) throw refusals.ballotsUncounted(round.id, totals.returned, totals.counted);

    const meeting = await loadMeeting(tx, election.meetingId, now);
    const counts = await meetingTotals(tx, election.meetingId, now);
    const candidates = await candidatesOf(tx, election.id);
    const names = new Map(candidates.map((c) => [c.id, c.name]));
    const verdict = decideRound({
      kind: round.kind,
      seats: round.seats,
      candidates: round.candidateIds.map((id) => ({ candidateId: id, name: names.get(id) ?? '' })),
      threshold: election.threshold,
      expected: counts.expected,
      present: counts.present,
      issued: totals.issued,
      returned: totals.returned,
      valid: totals.valid,
      void: totals.void,
      votes: totals.votes,
      writeIns: totals.writeIns,
    });
    const announcement = announce(meeting.bodyKind, verdict);
    const closedAt = now.toISOString();
    await tx
      .updateTable('election_rounds')
      .set({ state: RoundState.Closed, closed_at: closedAt, verdict: JSON.stringify(verdict), announcement: announcement.zh, announcement_en: announcement.en })
      .where('id', '=', round.id)
      .execute();
    await sealBallots(tx, dialect, 'election_ballots', round.id);
    if (verdict.next.action === 'done') await tx.updateTable('elections').set({ state: ElectionState.Done }).where('id', '=', election.id).execute();
    const view = presentRound({ ...round, state: RoundState.Closed, closedAt, verdict, announcement }, candidates);
    return { bodyId: election.bodyId, meetingId: election.meetingId, office: election.office, ...view, verdict, announcement };
  },
  audit: (_input, r) => ({
    bodyId: r.bodyId,
    payload: {
      electionId: r.electionId,
      roundId: r.id,
      ordinal: r.ordinal,
      valid: r.verdict.valid,
      figures: { expected: r.verdict.expected, issued: r.verdict.issued, returned: r.verdict.returned, valid: r.verdict.validBallots, void: r.verdict.voidBallots, required: r.verdict.required },
      results: r.verdict.results.map((l) => ({ candidateId: l.candidateId, name: l.name, votes: l.votes, elected: l.elected })),
      next: r.verdict.next,
    },
  }),
  events: (_input, r) => [
    {
      type: ElectionEvent.Closed,
      bodyId: r.bodyId,
      meetingId: r.meetingId,
      data: { electionId: r.electionId, roundId: r.id, office: r.office, ordinal: r.ordinal, kind: r.kind, verdict: r.verdict, announcement: r.announcement },
    },
  ],
});
