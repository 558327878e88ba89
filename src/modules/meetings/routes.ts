import type { RouteModule } from '../../server/routing.js';
import { IdParams, operationRoute } from '../../server/routing.js';
import { MeetingView, presentMeeting } from '../registry/presenters.js';
import { createMeeting } from './createMeeting.js';
import { getMeeting } from './queries.js';

const tags = ['meetings'];
const security = [{ bearer: [] }];

/** The meeting skeleton; a session's list of meetings is `GET /api/sessions/:id/meetings` in the registry. */
export const meetingRoutes: RouteModule = (app, runtime) => {
  const db = runtime.store.db;

  operationRoute(app, runtime, { url: '/api/sessions/:id/meetings', op: createMeeting, tag: 'meetings', summary: 'Schedule a meeting of a session', params: { id: 'sessionId' } });
  app.get('/api/meetings/:id', { schema: { operationId: 'meetings.getMeeting', tags, security, summary: 'One meeting', params: IdParams, response: { 200: MeetingView } }, config: { access: 'registry.view' } }, async (req) =>
    presentMeeting(await getMeeting(db, req.params.id)),
  );
};
