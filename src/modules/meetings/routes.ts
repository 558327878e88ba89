import Type, { type TObject } from 'typebox';
import type { PlenumApp, RouteModule } from '../../server/routing.js';
import { IdParams, operationRoute } from '../../server/routing.js';
import { execute, type Operation, type Runtime } from '../../server/operation.js';
import { createMeeting } from './createMeeting.js';
import { updateMeeting } from './updateMeeting.js';
import { addStage } from './addStage.js';
import { removeStage } from './removeStage.js';
import { setAgenda } from './setAgenda.js';
import { setPresiding } from './setPresiding.js';
import { setRostrum } from './setRostrum.js';
import { addAttendee } from './addAttendee.js';
import { removeAttendee } from './removeAttendee.js';
import { meetingDetail } from './meetingDetail.js';
import { MeetingDetailView } from './presenters.js';

const tag = 'meetings';
const security = [{ bearer: [] }];

/** A meeting and its parts; a session's list of meetings is `GET /api/sessions/:id/meetings` in the registry. */
export const meetingRoutes: RouteModule = (app, runtime) => {
  const db = runtime.store.db;

  operationRoute(app, runtime, { url: '/api/sessions/:id/meetings', op: createMeeting, tag, summary: 'Schedule a meeting of a session', params: { id: 'sessionId' } });
  app.get(
    '/api/meetings/:id',
    { schema: { operationId: 'meetings.getMeeting', tags: [tag], security, summary: 'One meeting in full: stages, agenda, presiding, attendees, quorum rule', params: IdParams, response: { 200: MeetingDetailView } }, config: { access: 'registry.view' } },
    async (req) => meetingDetail(db, req.params.id, new Date()),
  );
  const meeting = { id: 'meetingId' };
  operationRoute(app, runtime, { method: 'PATCH', url: '/api/meetings/:id', op: updateMeeting, tag, summary: 'Change a meeting: title, kind, start, venue, pad check-in, quorum rule', params: meeting });
  operationRoute(app, runtime, { url: '/api/meetings/:id/stages', op: addStage, tag, summary: 'Add a stage (第一阶段, 第二阶段) to a meeting', params: meeting });
  removeRoute(app, runtime, { url: '/api/meetings/:id/stages/:stageId', op: removeStage, summary: 'Remove a stage nothing refers to', params: { ...meeting, stageId: 'stageId' } });
  operationRoute(app, runtime, { method: 'PUT', url: '/api/meetings/:id/agenda', op: setAgenda, tag, summary: "Replace a meeting's agenda with an ordered list", params: meeting });
  operationRoute(app, runtime, { method: 'PUT', url: '/api/meetings/:id/presiding', op: setPresiding, tag, summary: 'Name the presider, executive chairs and standing chair of a meeting or stage', params: meeting });
  operationRoute(app, runtime, { method: 'PUT', url: '/api/meetings/:id/rostrum', op: setRostrum, tag, summary: 'Seat the rostrum (主席台): rows from the front, each in protocol order', params: meeting });
  operationRoute(app, runtime, { url: '/api/meetings/:id/attendees', op: addAttendee, tag, summary: 'Add a non-voting attendee line (列席, 特邀, 旁听): a person, a group or a term', params: meeting });
  removeRoute(app, runtime, { url: '/api/meetings/:id/attendees/:attendeeId', op: removeAttendee, summary: 'Remove a non-voting attendee line', params: { ...meeting, attendeeId: 'attendeeId' } });
};

/**
 * A DELETE whose input is all in its path. `operationRoute` would declare an empty object body,
 * which a DELETE without a body fails; this one declares none and reads only its parameters.
 */
function removeRoute<S extends TObject, R>(app: PlenumApp, runtime: Runtime, route: { url: string; op: Operation<S, R>; summary: string; params: Record<string, string> }): void {
  const Id = Type.Integer({ minimum: 1, maximum: 2147483647 });
  app.route({
    method: 'DELETE',
    url: route.url,
    schema: { operationId: route.op.name, tags: [tag], summary: route.summary, security, params: Type.Object(Object.fromEntries(Object.keys(route.params).map((k) => [k, Id]))) },
    config: { access: route.op.permission },
    handler: async (request) => {
      const params = request.params as Record<string, number>;
      const input = Object.fromEntries(Object.entries(route.params).map(([param, field]) => [field, params[param]]));
      return execute(runtime, route.op, input, request.actor);
    },
  });
}
