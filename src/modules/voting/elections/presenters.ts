/** What leaves the server about elections: allow-listed fields, never raw rows. */
import type { CandidateRow, ElectionRow, EntryRow, RoundRow } from './queries.js';
import type { RoundTotals } from './roundTotals.js';

export function presentCandidate(c: CandidateRow) {
  return { id: c.id, ordinal: c.ordinal, name: c.name, membershipId: c.membershipId, source: c.source };
}

export function presentElection(e: ElectionRow, candidates: CandidateRow[]) {
  return {
    id: e.id,
    meetingId: e.meetingId,
    agendaItemId: e.agendaItemId,
    office: e.office,
    seats: e.seats,
    threshold: e.threshold,
    margin: e.margin,
    state: e.state,
    /** 差额 when more candidates than seats, 等额 when as many. */
    contested: candidates.length > e.seats,
    candidates: candidates.map(presentCandidate),
    createdAt: e.createdAt,
  };
}

export function presentRound(r: RoundRow, candidates: CandidateRow[]) {
  const byId = new Map(candidates.map((c) => [c.id, c]));
  return {
    id: r.id,
    electionId: r.electionId,
    ordinal: r.ordinal,
    kind: r.kind,
    seats: r.seats,
    candidates: r.candidateIds.map((id) => ({ id, name: byId.get(id)?.name ?? '' })),
    state: r.state,
    openedAt: r.openedAt,
    closedAt: r.closedAt,
    verdict: r.verdict,
    announcement: r.announcement,
  };
}

export function presentEntry(e: EntryRow) {
  return {
    id: e.id,
    roundId: e.roundId,
    kind: e.kind,
    team: e.team,
    data: e.data,
    enteredAt: e.enteredAt,
    enteredBy: e.enteredBy,
    withdrawnAt: e.withdrawnAt,
    withdrawnBy: e.withdrawnBy,
    withdrawReason: e.withdrawReason,
  };
}

export function presentTotals(t: RoundTotals) {
  return {
    electronic: t.electronic,
    issued: t.issued,
    returned: t.returned,
    counted: t.counted,
    valid: t.valid,
    void: t.void,
    votes: [...t.votes].map(([candidateId, votes]) => ({ candidateId, votes })),
    writeIns: [...t.writeIns].map(([name, votes]) => ({ name, votes })),
  };
}

/** Everyone elected so far, round by round. */
export function electedOf(rounds: RoundRow[]) {
  return rounds.flatMap((r) =>
    (r.verdict?.results ?? []).filter((l) => l.elected).map((l) => ({ candidateId: l.candidateId, name: l.name, votes: l.votes, roundId: r.id })),
  );
}
