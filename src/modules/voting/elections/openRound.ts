import Type from 'typebox';
import { defineOperation } from '../../../server/operation.js';
import { OneOf } from '../../registry/kinds.js';
import { candidatesProblem, RoundKinds, type RoundKind } from './rules/election.js';
import { presentRound } from './presenters.js';
import { candidatesOf, loadElection, roundsOf, type CandidateRow } from './queries.js';
import { refusals } from './refusals.js';
import { Id } from './schemas.js';
import { CandidateSource, ElectionEvent, ElectionState, ElectionLimits, RoundState } from './states.js';

export const OpenRoundInput = Type.Object(
  {
    electionId: Id,
    kind: Type.Optional(OneOf(RoundKinds, { description: 'The round the last verdict calls for; checked when given' })),
    candidateIds: Type.Optional(
      Type.Array(Id, { minItems: 1, maxItems: ElectionLimits.candidates, uniqueItems: true, description: "A further round's candidates, from the pool of those not elected; all of them by default" }),
    ),
  },
  { additionalProperties: false },
);

/**
 * Opens the election's next round. The first round takes every candidate, checked against the
 * seats and the margin rule; after a closed round, its verdict says what comes next: the same
 * round again (void), a run-off among those tied at the last seat, or a further round for the
 * seats left, among the candidates not elected (or those chosen from them), checked likewise.
 */
export const openRound = defineOperation({
  name: 'elections.openRound',
  input: OpenRoundInput,
  permission: 'voting.manage',
  async run({ tx, now }, input) {
    const election = await loadElection(tx, input.electionId);
    if (election.state === ElectionState.Done) throw refusals.electionDone(election.id);
    const rounds = await roundsOf(tx, election.id);
    const last = rounds.at(-1);
    if (last?.state === RoundState.Open) throw refusals.roundOpen(election.id, last.ordinal, last.id);
    let candidates = await candidatesOf(tx, election.id);

    let kind: RoundKind;
    let seats: number;
    let ids: number[];
    const next = last?.verdict?.next;
    if (!last || !next) {
      kind = 'first';
      seats = election.seats;
      ids = candidates.map((c) => c.id);
    } else if (next.action === 'done') {
      throw refusals.electionDone(election.id);
    } else if (next.action === 'repeat') {
      kind = next.kind;
      seats = next.seats;
      ids = last.candidateIds;
    } else {
      kind = next.action;
      seats = next.seats;
      // A write-in tied at the last seat goes to the run-off as a candidate of its own.
      ids = [];
      for (const c of next.candidates) ids.push(c.candidateId ?? (await addWriteIn(tx, election, candidates, c.name)).id);
      candidates = await candidatesOf(tx, election.id);
    }
    if (input.kind !== undefined && input.kind !== kind) throw refusals.roundNotDue(election.id, input.kind, kind);
    if (input.candidateIds !== undefined) {
      if (kind !== 'further') throw refusals.candidatesFixed(election.id);
      for (const id of input.candidateIds) if (!ids.includes(id)) throw refusals.notInRound(id, `选举 ${election.id} 另行选举`);
      ids = ids.filter((id) => input.candidateIds!.includes(id));
    }
    if (kind !== 'runoff') {
      const problem = candidatesProblem(ids.length, seats, election.margin);
      if (problem && ids.length < seats) throw refusals.tooFewCandidates(election.id, problem);
      if (problem) throw refusals.outsideMargin(election.id, problem);
    }

    const row = await tx
      .insertInto('election_rounds')
      .values({
        body_id: election.bodyId,
        election_id: election.id,
        ordinal: (last?.ordinal ?? 0) + 1,
        kind,
        seats,
        candidate_ids: JSON.stringify(ids),
        state: RoundState.Open,
        opened_at: now.toISOString(),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    if (election.state === ElectionState.Draft) await tx.updateTable('elections').set({ state: ElectionState.Voting }).where('id', '=', election.id).execute();
    const round = presentRound(
      { id: row.id, bodyId: row.body_id, electionId: election.id, ordinal: row.ordinal, kind, seats, candidateIds: ids, state: RoundState.Open, openedAt: row.opened_at, closedAt: null, verdict: null, announcement: null },
      candidates,
    );
    return { bodyId: election.bodyId, meetingId: election.meetingId, office: election.office, ...round };
  },
  audit: (_input, r) => ({
    bodyId: r.bodyId,
    payload: { electionId: r.electionId, roundId: r.id, ordinal: r.ordinal, kind: r.kind, seats: r.seats, candidates: r.candidates },
  }),
  events: (_input, r) => [
    {
      type: ElectionEvent.RoundOpened,
      bodyId: r.bodyId,
      meetingId: r.meetingId,
      data: { electionId: r.electionId, roundId: r.id, office: r.office, ordinal: r.ordinal, kind: r.kind, seats: r.seats, candidates: r.candidates },
    },
  ],
});

async function addWriteIn(
  tx: Parameters<typeof candidatesOf>[0],
  election: { id: number; bodyId: number },
  candidates: CandidateRow[],
  name: string,
): Promise<{ id: number }> {
  const same = candidates.find((c) => c.name === name);
  if (same) return same;
  const ordinal = (candidates.at(-1)?.ordinal ?? 0) + 1;
  const row = await tx
    .insertInto('election_candidates')
    .values({ body_id: election.bodyId, election_id: election.id, ordinal, name, membership_id: null, source: CandidateSource.WriteIn })
    .returning('id')
    .executeTakeFirstOrThrow();
  candidates.push({ id: row.id, ordinal, name, membershipId: null, source: CandidateSource.WriteIn });
  return row;
}
