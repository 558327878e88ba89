import Type from 'typebox';
import { defineOperation } from '../../../server/operation.js';
import { ballotIsValid } from './rules/election.js';
import { presentEntry } from './presenters.js';
import { candidatesOf, loadElection, loadRound, type BallotData, type CandidateRow, type BatchData, type EntryRow, type FiguresData, type RoundRow } from './queries.js';
import { refusals } from './refusals.js';
import { Id, PersonName } from './schemas.js';
import { ElectionLimits, EntryKind, RoundState, type EntryKindName } from './states.js';

const Count = Type.Integer({ minimum: 0, maximum: ElectionLimits.ballots });
const Names = Type.Array(PersonName, { maxItems: ElectionLimits.writeIns });

export const RecordEntryInput = Type.Object(
  {
    roundId: Id,
    team: Type.Optional(Type.String({ minLength: 1, maxLength: 50, description: 'The counting team (计票组), e.g. 第一计票组' })),
    figures: Type.Optional(
      Type.Object({ issued: Count, returned: Count }, { additionalProperties: false, description: 'Ballots issued and returned; entries of several boxes or teams are summed' }),
    ),
    ballot: Type.Optional(
      Type.Object(
        { marks: Type.Array(Id, { maxItems: ElectionLimits.candidates, description: 'Candidate ids marked' }), writeIns: Type.Optional(Names) },
        { additionalProperties: false, description: 'One paper ballot as read' },
      ),
    ),
    batch: Type.Optional(
      Type.Object(
        {
          ballots: Type.Integer({ minimum: 1, maximum: ElectionLimits.ballots }),
          void: Count,
          marks: Type.Array(Type.Object({ candidateId: Id, votes: Count }, { additionalProperties: false }), { maxItems: ElectionLimits.candidates }),
          writeIns: Type.Optional(Type.Array(Type.Object({ name: PersonName, votes: Type.Integer({ minimum: 1, maximum: ElectionLimits.ballots }) }, { additionalProperties: false }), { maxItems: ElectionLimits.writeIns })),
        },
        { additionalProperties: false, description: 'A batch counted by a team: its ballots, the void ones, and the marks per candidate and per written-in name' },
      ),
    ),
  },
  { additionalProperties: false },
);

/**
 * A counting team's entry in an open round: the ballots issued and returned, one ballot (void
 * when it names more people than the seats), or a batch's counts, checked to add up. An entry
 * stands until it is withdrawn; the round's verdict is computed from those that stand.
 */
export const recordEntry = defineOperation({
  name: 'elections.recordEntry',
  input: RecordEntryInput,
  permission: 'voting.manage',
  async run({ tx, actor, now }, input) {
    const given = [input.figures, input.ballot, input.batch].filter((v) => v !== undefined).length;
    if (given !== 1) throw refusals.oneEntry();
    const round = await loadRound(tx, input.roundId);
    if (round.state !== RoundState.Open) throw refusals.roundClosed(round.id, round.closedAt);
    const election = await loadElection(tx, round.electionId);
    const candidates = await candidatesOf(tx, election.id);

    let kind: EntryKindName;
    let data: FiguresData | BallotData | BatchData;
    if (input.figures) {
      kind = EntryKind.Figures;
      data = { issued: input.figures.issued, returned: input.figures.returned };
    } else if (input.ballot) {
      kind = EntryKind.Ballot;
      const writeIns = input.ballot.writeIns ?? [];
      checkNames(round, candidates, input.ballot.marks, writeIns, '/ballot');
      data = { marks: input.ballot.marks, writeIns, valid: ballotIsValid({ marks: input.ballot.marks, writeIns }, round.seats) };
    } else {
      kind = EntryKind.Batch;
      const b = input.batch!;
      const writeIns = b.writeIns ?? [];
      checkNames(round, candidates, b.marks.map((m) => m.candidateId), writeIns.map((w) => w.name), '/batch');
      checkBatch(round.seats, b.ballots, b.void, [...b.marks, ...writeIns]);
      data = { ballots: b.ballots, void: b.void, marks: b.marks, writeIns };
    }
    const row = await tx
      .insertInto('election_entries')
      .values({ body_id: round.bodyId, round_id: round.id, kind, team: input.team ?? null, data: JSON.stringify(data), entered_at: now.toISOString(), entered_by: actor.label })
      .returning('id')
      .executeTakeFirstOrThrow();
    const entry = {
      id: row.id,
      roundId: round.id,
      kind,
      team: input.team ?? null,
      data,
      enteredAt: now.toISOString(),
      enteredBy: actor.label,
      withdrawnAt: null,
      withdrawnBy: null,
      withdrawReason: null,
    } as EntryRow;
    return { bodyId: round.bodyId, electionId: election.id, ...presentEntry(entry) };
  },
  audit: (_input, e) => ({ bodyId: e.bodyId, payload: { electionId: e.electionId, roundId: e.roundId, entryId: e.id, kind: e.kind, team: e.team, data: e.data } }),
});

/**
 * Every candidate marked is on this round's list, none twice; no name is written in twice, nor a
 * round candidate's name (their votes would split between the mark and the write-in).
 */
export function checkNames(round: RoundRow, candidates: CandidateRow[], marks: number[], writeIns: string[], path: string): void {
  const onBallot = new Set(candidates.filter((c) => round.candidateIds.includes(c.id)).map((c) => c.name));
  const seen = new Set<number>();
  for (const id of marks) {
    if (!round.candidateIds.includes(id)) throw refusals.notInRound(id, `投票轮次 ${round.id}`);
    if (seen.has(id)) throw refusals.duplicate(`${path}/marks`, `candidate ${id}`);
    seen.add(id);
  }
  const names = new Set<string>();
  for (const name of writeIns) {
    if (names.has(name)) throw refusals.duplicate(`${path}/writeIns`, `the name ${name}`);
    if (onBallot.has(name)) throw refusals.writeInIsCandidate(`${path}/writeIns`, name);
    names.add(name);
  }
}

/** A batch adds up: void ballots within the batch, nobody marked on more than its valid ballots, no valid ballot naming more than the seats. */
function checkBatch(seats: number, ballots: number, voids: number, lines: Array<{ votes: number }>): void {
  if (voids > ballots) throw refusals.batchInconsistent(`无效票${voids}张多于该批选票${ballots}张`, `${voids} void ballots in a batch of ${ballots}`);
  const valid = ballots - voids;
  const most = Math.max(0, ...lines.map((l) => l.votes));
  if (most > valid) throw refusals.batchInconsistent(`某人得${most}票，多于有效票${valid}张`, `someone has ${most} votes from ${valid} valid ballots`);
  const marks = lines.reduce((n, l) => n + l.votes, 0);
  if (marks > valid * seats) {
    throw refusals.batchInconsistent(`共${marks}个选择，超过有效票${valid}张×应选${seats}名`, `${marks} marks exceed ${valid} valid ballots × ${seats} seats`);
  }
}
