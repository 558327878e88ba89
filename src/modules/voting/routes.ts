import Type from 'typebox';
import type { RouteModule } from '../../server/routing.js';
import { IdParams, operationRoute } from '../../server/routing.js';
import { queueOf } from '../../server/writeQueue.js';
import { loadMeeting } from '../attendance/queries.js';
import { OneOf } from '../registry/kinds.js';
import { createMotion } from './createMotion.js';
import { updateMotion } from './updateMotion.js';
import { openMotion } from './openMotion.js';
import { closeMotion } from './closeMotion.js';
import { castVote } from './castVote.js';
import { IdempotentReplay } from './idempotency.js';
import { listMotions, loadMotion, receiptsOf } from './queries.js';
import { myVote, MyVoteView } from './myVote.js';
import { MotionDetailView, MotionView, presentMotion } from './presenters.js';
import { motionProgress } from './progress.js';
import { refusals } from './refusals.js';
import { Choices, MotionKind, MotionStatus } from './states.js';

const tag = 'voting';
const tags = [tag];
const security = [{ bearer: [] }];

/** Motions: staff set them up, open and close them; members vote on the pad; anyone with a screen reads results. */
export const votingRoutes: RouteModule = (app, runtime) => {
  const db = runtime.store.db;
  const dialect = runtime.store.dialect;
  // Votes arrive in bursts when a motion opens: the runtime's group-commit queue, answered once durable.
  const queue = queueOf(runtime);

  operationRoute(app, runtime, { url: '/api/meetings/:id/motions', op: createMotion, tag, summary: "A motion of the meeting, as a draft; its threshold defaults to the body kind's rule for its class", params: { id: 'meetingId' } });
  operationRoute(app, runtime, { method: 'PATCH', url: '/api/motions/:id', op: updateMotion, tag, summary: 'Change a draft motion (refused once open)', params: { id: 'motionId' } });
  operationRoute(app, runtime, { url: '/api/motions/:id/open', op: openMotion, tag, summary: 'Open a draft motion for voting; announced on the meeting stream (motion.opened)', params: { id: 'motionId' }, status: 200 });
  operationRoute(app, runtime, { url: '/api/motions/:id/close', op: closeMotion, tag, summary: 'Close an open motion: the result counted from the stored votes, stored, and announced on the meeting stream (motion.closed)', params: { id: 'motionId' }, status: 200 });

  app.post(
    '/api/motions/:id/votes',
    {
      schema: {
        operationId: castVote.name,
        tags,
        security,
        summary:
          "A member casts their own vote: 201 {motionId, membershipId, choice, changed} (recorded) or {motionId, receipt} (secret); 200 when it replaces an earlier vote. An Idempotency-Key header makes a retry answer as the first request did",
        params: IdParams,
        headers: Type.Object({ 'idempotency-key': Type.Optional(Type.String({ minLength: 1, maxLength: 200, pattern: '^[\\x21-\\x7e]+$' })) }),
        body: Type.Object({ choice: OneOf(Choices) }, { additionalProperties: false }),
      },
      config: { access: 'voting.cast' },
    },
    async (request, reply) => {
      const key = request.headers['idempotency-key'];
      try {
        const result = await queue.submit(castVote, { motionId: request.params.id, choice: request.body.choice, ...(key === undefined ? {} : { idempotencyKey: key }) }, request.actor);
        reply.code(result.status);
        return result.answer;
      } catch (error) {
        if (!(error instanceof IdempotentReplay)) throw error;
        reply.code(error.answer.status);
        return error.answer.body;
      }
    },
  );

  app.get(
    '/api/meetings/:id/motions',
    {
      schema: { operationId: 'voting.listMotions', tags, security, summary: "A meeting's motions in the order they were made, each with its result once closed", params: IdParams, response: { 200: Type.Array(MotionView) } },
      config: { access: 'public.view' },
    },
    async (request) => {
      await loadMeeting(db, request.params.id);
      return (await listMotions(db, request.params.id)).map(presentMotion);
    },
  );

  app.get(
    '/api/motions/:id',
    {
      schema: {
        operationId: 'voting.getMotion',
        tags,
        security,
        summary: 'A motion with its status, how many have voted while it is open (never what), and its result once closed',
        params: IdParams,
        response: { 200: MotionDetailView },
      },
      config: { access: 'public.view' },
    },
    async (request) => {
      const motion = await loadMotion(db, dialect, request.params.id);
      const progress = motion.status === MotionStatus.Open ? await motionProgress(db, dialect, motion.id) : null;
      return { ...presentMotion(motion), progress: progress && { cast: progress.cast, present: progress.present } };
    },
  );

  app.get(
    '/api/motions/:id/my-vote',
    {
      schema: { operationId: 'voting.myVote', tags, security, summary: "The signed-in member's own vote on a motion (on a secret motion only whether they voted)", params: IdParams, response: { 200: MyVoteView } },
      config: { access: 'voting.cast' },
    },
    async (request) => myVote(db, dialect, request.actor, request.params.id),
  );

  app.get(
    '/api/motions/:id/receipts',
    {
      schema: {
        operationId: 'voting.listReceipts',
        tags,
        security,
        summary: "A closed secret motion's counted receipts, sorted, so each voter can find theirs",
        params: IdParams,
        response: { 200: Type.Object({ motionId: Type.Integer(), receipts: Type.Array(Type.String()) }) },
      },
      config: { access: 'public.view' },
    },
    async (request) => {
      const motion = await loadMotion(db, dialect, request.params.id);
      if (motion.kind !== MotionKind.Secret) throw refusals.notSecret(motion.id);
      if (motion.status !== MotionStatus.Closed) throw refusals.notClosed(motion.id);
      return { motionId: motion.id, receipts: await receiptsOf(db, motion.id) };
    },
  );
};
