import Type from 'typebox';
import type { ServerResponse } from 'node:http';
import type { RouteModule } from '../../server/routing.js';
import { IdParams } from '../../server/routing.js';
import { meetingCounts } from '../attendance/counts.js';
import { getMeeting } from '../meetings/queries.js';
import { MeetingFeeds, type Watcher } from './meetingFeed.js';
import { renderBoard } from './board.js';
import { latestClosedMotion } from '../voting/queries.js';
import { presentMotion } from '../voting/presenters.js';
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

/** The response as a watcher; its headers go out with the first frame. */
function watcherOf(res: ServerResponse): Watcher {
  const open = () => {
    if (!res.headersSent) res.writeHead(200, STREAM_HEADERS);
  };
  return {
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
 * A meeting's live stream and the hall board that shows it. Both need `public.view` (a screen or
 * press account; staff and members hold it too) and accept the token as `?token=`, since an
 * EventSource cannot send an Authorization header: the hall screen opens
 * `/board/:id?token=<screen token>` once and needs no typing. Attendance figures are announced in
 * the hall anyway, but a sitting's figures before it opens are not for everyone, so the board is
 * not public.
 */
export const liveRoutes: RouteModule = (app, runtime) => {
  const db = runtime.store.db;
  const feeds = new MeetingFeeds(runtime.events, {
    compute: (meetingId) => meetingCounts(db, meetingId),
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
        summary: 'Server-Sent Events: `counts` at once and after every change (at most one per 100 ms), `meeting.*` events; resumes with Last-Event-ID',
        security: [{ bearer: [] }],
        params: IdParams,
        querystring: TokenQuery,
      },
      config: { access: 'public.view', tokenInQuery: true },
    },
    async (request, reply) => {
      const res = reply.raw;
      const stop = await feeds.watch(request.params.id, watcherOf(res), lastEventIdOf(request.headers['last-event-id']));
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

  app.get(
    '/board/:id',
    {
      schema: { hide: true, params: IdParams, querystring: TokenQuery },
      config: { access: 'public.view', tokenInQuery: true },
    },
    async (request, reply) => {
      const { id } = request.params;
      const meeting = await getMeeting(db, id);
      const counts = await meetingCounts(db, id);
      const motion = await latestClosedMotion(db, id);
      const token = request.query.token;
      const streamUrl = `/api/meetings/${id}/stream${token ? `?token=${encodeURIComponent(token)}` : ''}`;
      reply.type('text/html; charset=utf-8').header('cache-control', 'no-store');
      return renderBoard({ title: meeting.title, counts, streamUrl, motion: motion && presentMotion(motion) });
    },
  );
};
