import Type from 'typebox';
import type { ServerResponse } from 'node:http';
import type { RouteModule } from '../../server/routing.js';
import { IdParams } from '../../server/routing.js';
import { meetingCounts } from '../attendance/counts.js';
import { can } from '../../server/permissions.js';
import { motionProgress } from '../voting/progress.js';
import { MeetingFeeds, type Watcher } from './meetingFeed.js';
import { screenState } from './screenState.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The meetings' live feeds (tests and benchmarks read their counters). */
    meetingFeeds: MeetingFeeds;
  }
}

const TokenQuery = Type.Object({ token: Type.Optional(Type.String({ minLength: 1, maxLength: 200, pattern: '^[A-Za-z0-9_-]+$' })) });

const STREAM_HEADERS = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-cache, no-transform',
  connection: 'keep-alive',
  // nginx and its kin would otherwise hold frames back to fill a buffer.
  'x-accel-buffering': 'no',
};

/** A Last-Event-ID header as a number, or null when absent or not one of ours. */
function lastEventIdOf(header: string | string[] | undefined): number | null {
  const value = Array.isArray(header) ? header[0] : header;
  return value !== undefined && /^\d{1,16}$/.test(value.trim()) ? Number(value.trim()) : null;
}

/** The response as a watcher (taking progress frames when `progress`); its headers go out with the first frame. */
function watcherOf(res: ServerResponse, progress: boolean): Watcher {
  const open = () => {
    if (!res.headersSent) res.writeHead(200, STREAM_HEADERS);
  };
  return {
    progress,
    write(frame) {
      open();
      return res.write(frame);
    },
    get writableLength() {
      return res.writableLength;
    },
    end() {
      open();
      res.end();
    },
  };
}

/**
 * A meeting's live stream and the state the hall screen starts from. Both need `public.view` (a
 * screen or press account; staff and members hold it too); the stream accepts the token as
 * `?token=`, since an EventSource cannot send an Authorization header. Attendance figures are
 * announced in the hall anyway, but a sitting's figures before it opens are not for everyone, so
 * neither is public.
 */
export const liveRoutes: RouteModule = (app, runtime) => {
  const db = runtime.store.db;
  const feeds = new MeetingFeeds(runtime.events, {
    compute: (meetingId) => meetingCounts(db, meetingId),
    progress: (motionId) => motionProgress(db, runtime.store.dialect, motionId),
    onError: (error, meetingId) => app.log.error({ err: error, meetingId }, 'live counts failed'),
  });
  app.decorate('meetingFeeds', feeds);
  // Open streams would hold the server's close forever.
  app.addHook('preClose', async () => feeds.close());

  app.get(
    '/api/meetings/:id/stream',
    {
      schema: {
        operationId: 'live.meetingStream',
        tags: ['live'],
        summary: 'Server-Sent Events: `counts` at once and after every change (at most one per 100 ms), `meeting.*`, `motion.*` and `election.*` events, and, to staff holding voting.manage, `motion.progress` {motionId, cast, present} while votes come in (at most one per motion per 100 ms); resumes with Last-Event-ID',
        security: [{ bearer: [] }],
        params: IdParams,
        querystring: TokenQuery,
      },
      config: { access: 'public.view', tokenInQuery: true },
    },
    async (request, reply) => {
      const res = reply.raw;
      // Staff who run votes follow how many have voted; screens and the press see the result.
      const watcher = watcherOf(res, can(request.actor.role, 'voting.manage'));
      const stop = await feeds.watch(request.params.id, watcher, lastEventIdOf(request.headers['last-event-id']));
      reply.hijack();
      if (!res.headersSent) res.writeHead(200, STREAM_HEADERS);
      res.write('retry: 3000\n\n');
      if (res.destroyed) stop();
      else res.on('close', stop);
    },
  );

  app.get(
    '/api/meetings/:id/screen',
    {
      schema: {
        operationId: 'live.screenState',
        tags: ['live'],
        summary: "What the hall screen shows on connecting: the meeting's title, counts with the quorum verdict, and the open motion (else the latest closed one, with its result)",
        security: [{ bearer: [] }],
        params: IdParams,
      },
      config: { access: 'public.view' },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return screenState(db, request.params.id);
    },
  );

  // The plain board page this address used to serve is now the web app's hall screen; a screen
  // set up with the old address (token included) lands there and signs in with it.
  app.get(
    '/board/:id',
    { schema: { hide: true, params: IdParams, querystring: TokenQuery }, config: { access: 'anyone' } },
    async (request, reply) => {
      const token = request.query.token;
      return reply.redirect(`/screen/${request.params.id}${token ? `?token=${encodeURIComponent(token)}` : ''}`, 302);
    },
  );
};
