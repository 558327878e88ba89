import Type from 'typebox';
import type { RouteModule } from '../../../server/routing.js';
import { IdParams, operationRoute } from '../../../server/routing.js';
import { execute } from '../../../server/operation.js';
import { loadMeeting } from '../../attendance/queries.js';
import { createElection } from './createElection.js';
import { addCandidate } from './addCandidate.js';
import { removeCandidate } from './removeCandidate.js';
import { openRound } from './openRound.js';
import { recordEntry } from './recordEntry.js';
import { withdrawEntry } from './withdrawEntry.js';
import { closeRound } from './closeRound.js';
import { castBallot } from './castBallot.js';
import { queueOf } from '../../../server/writeQueue.js';
import { candidatesOf, electronicBallotsOf, entriesOf, listElections, loadElection, loadRound, roundsOf } from './queries.js';
import { electedOf, presentElection, presentEntry, presentRound, presentTotals } from './presenters.js';
import { roundTotals } from './roundTotals.js';
import { Id } from './schemas.js';

const tag = 'elections';
const tags = [tag];
const security = [{ bearer: [] }];

/** Elections by paper ballot: set-up, candidates, rounds, the counting teams' entries, verdicts. */
export const electionRoutes: RouteModule = (app, runtime) => {
  const db = runtime.store.db;

  operationRoute(app, runtime, { url: '/api/meetings/:id/elections', op: createElection, tag, summary: "Set up an election at a meeting: the office, its seats, the threshold (more than half of all members unless the session's rules say otherwise) and the margin of extra candidates", params: { id: 'meetingId' } });
  operationRoute(app, runtime, { url: '/api/elections/:id/candidates', op: addCandidate, tag, summary: 'Add a candidate to a draft election, by name or by membership', params: { id: 'electionId' } });
  operationRoute(app, runtime, { url: '/api/elections/:id/rounds', op: openRound, tag, summary: 'Open the next round: the first (checked against the seats and the margin), the run-off or the further round the last verdict calls for, or the void round again', params: { id: 'electionId' } });
  operationRoute(app, runtime, { url: '/api/election-rounds/:id/entries', op: recordEntry, tag, summary: "A counting team's entry: ballots issued and returned, one ballot, or a batch", params: { id: 'roundId' } });
  operationRoute(app, runtime, { url: '/api/election-rounds/:id/close', op: closeRound, tag, summary: "Close the round's count: the verdict and its announcement, published on the meeting's stream", params: { id: 'roundId' }, status: 200 });

  // Electronic ballots arrive in bursts: through the group-commit queue, answered once durable.
  const queue = queueOf(runtime);
  app.post(
    '/api/election-rounds/:id/ballots',
    {
      schema: {
        operationId: castBallot.name,
        tags,
        security,
        summary: 'A present member casts their one electronic ballot in an open round; the answer is a receipt, kept apart from who voted',
        params: IdParams,
        body: Type.Omit(castBallot.input, ['roundId']),
      },
      config: { access: castBallot.permission },
    },
    async (request, reply) => {
      const result = await queue.submit(castBallot, { ...request.body, roundId: request.params.id }, request.actor);
      reply.code(201);
      return { roundId: result.roundId, receipt: result.receipt };
    },
  );

  app.delete(
    '/api/elections/:id/candidates/:candidateId',
    {
      schema: { operationId: removeCandidate.name, tags, security, summary: "Take a candidate off a draft election's list", params: Type.Object({ id: Id, candidateId: Id }) },
      config: { access: removeCandidate.permission },
    },
    async (request) => execute(runtime, removeCandidate, { electionId: request.params.id, candidateId: request.params.candidateId }, request.actor),
  );

  app.delete(
    '/api/election-rounds/:id/entries/:entryId',
    {
      schema: {
        operationId: withdrawEntry.name,
        tags,
        security,
        summary: 'Withdraw an entry made in error while its round is open, with the reason; it stays on record',
        params: Type.Object({ id: Id, entryId: Id }),
        querystring: Type.Object({ reason: Type.String({ minLength: 1, maxLength: 200 }) }),
      },
      config: { access: withdrawEntry.permission },
    },
    async (request) => execute(runtime, withdrawEntry, { roundId: request.params.id, entryId: request.params.entryId, reason: request.query.reason }, request.actor),
  );

  app.get(
    '/api/meetings/:id/elections',
    { schema: { operationId: 'elections.listElections', tags, security, summary: "A meeting's elections with their candidates", params: IdParams }, config: { access: 'attendance.view' } },
    async (request) => {
      await loadMeeting(db, request.params.id);
      const elections = await listElections(db, request.params.id);
      return Promise.all(elections.map(async (e) => presentElection(e, await candidatesOf(db, e.id))));
    },
  );

  app.get(
    '/api/elections/:id',
    { schema: { operationId: 'elections.getElection', tags, security, summary: 'An election with its candidates, its rounds with their verdicts and announcements, and everyone elected so far', params: IdParams }, config: { access: 'attendance.view' } },
    async (request) => {
      const election = await loadElection(db, request.params.id);
      const candidates = await candidatesOf(db, election.id);
      const rounds = await roundsOf(db, election.id);
      return { ...presentElection(election, candidates), rounds: rounds.map((r) => presentRound(r, candidates)), elected: electedOf(rounds) };
    },
  );

  app.get(
    '/api/election-rounds/:id',
    { schema: { operationId: 'elections.getRound', tags, security, summary: 'A round with its entries (withdrawn ones marked) and the running totals of those that stand', params: IdParams }, config: { access: 'voting.manage' } },
    async (request) => {
      const round = await loadRound(db, request.params.id);
      const candidates = await candidatesOf(db, round.electionId);
      const entries = await entriesOf(db, round.id);
      return { ...presentRound(round, candidates), entries: entries.map(presentEntry), totals: presentTotals(roundTotals(entries, await electronicBallotsOf(db, round.id))) };
    },
  );
};
