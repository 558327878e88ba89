import Type from 'typebox';
import type { RouteModule } from '../../server/routing.js';
import { IdParams, operationRoute } from '../../server/routing.js';
import { queueOf } from '../../server/writeQueue.js';
import { OneOf } from '../registry/kinds.js';
import { checkIn } from './checkIn.js';
import { undoCheckIn } from './undoCheckIn.js';
import { requestLeave } from './requestLeave.js';
import { decideLeave } from './decideLeave.js';
import { meetingCounts } from './counts.js';
import { listLeaveRequests, loadMeeting, searchRoster } from './queries.js';
import { refusals } from './refusals.js';
import { CountsView, LeaveRequestView, RosterSearchView } from './presenters.js';
import { MyMeetingView, myMeetings } from './myMeetings.js';
import { AttendanceLimits, LeaveStatuses } from './states.js';

const tag = 'attendance';
const tags = [tag];
const security = [{ bearer: [] }];
const Id = Type.Integer({ minimum: 1, maximum: 2147483647 });

/** Check-in at the desk and on the pad, leave, the desk's search and the sitting's figures. */
export const attendanceRoutes: RouteModule = (app, runtime) => {
  const db = runtime.store.db;
  // Check-ins arrive in bursts: they go through the runtime's group-commit queue, answered once durable.
  const queue = queueOf(runtime);

  app.get(
    '/api/me/meetings',
    {
      schema: {
        operationId: 'attendance.myMeetings',
        tags,
        security,
        summary: "The signed-in member's sittings (every meeting of their terms' sessions): pad check-in allowed, their own state and latest leave request",
        response: { 200: Type.Array(MyMeetingView) },
      },
      config: { access: 'attendance.self' },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return request.actor.personId === null ? [] : myMeetings(db, request.actor.personId);
    },
  );

  app.post(
    '/api/meetings/:id/check-ins',
    {
      schema: {
        operationId: checkIn.name,
        tags,
        security,
        summary: 'Check a member in at the desk: by the QR credential on their card, by card number (key), or by membershipId after a search. 201 on check-in; 200 with alreadyCheckedIn when already in',
        params: IdParams,
        body: Type.Omit(checkIn.input, ['meetingId']),
      },
      config: { access: 'attendance.manage' },
    },
    async (request, reply) => {
      const result = await queue.submit(checkIn, { ...request.body, meetingId: request.params.id }, request.actor);
      reply.code(result.alreadyCheckedIn ? 200 : 201);
      return result;
    },
  );

  app.post(
    '/api/meetings/:id/check-in',
    {
      schema: {
        operationId: 'attendance.checkInOnPad',
        tags,
        security,
        summary: "A member checks themselves in on the pad, when the meeting allows it (pad_check_in_off otherwise). 201 on check-in; 200 with alreadyCheckedIn when already in",
        params: IdParams,
        body: Type.Object({}, { additionalProperties: false }),
      },
      config: { access: 'attendance.self' },
    },
    async (request, reply) => {
      const result = await queue.submit(checkIn, { meetingId: request.params.id }, request.actor);
      reply.code(result.alreadyCheckedIn ? 200 : 201);
      return result;
    },
  );

  operationRoute(app, runtime, { url: '/api/meetings/:id/check-ins/undo', op: undoCheckIn, tag, summary: 'Undo a check-in made in error, with the reason', params: { id: 'meetingId' }, status: 200 });
  operationRoute(app, runtime, { url: '/api/meetings/:id/leave-requests', op: requestLeave, tag, summary: 'Ask for leave: a member for themselves (membershipId left out), or staff for a member' , params: { id: 'meetingId' } });
  operationRoute(app, runtime, { url: '/api/leave-requests/:id/decision', op: decideLeave, tag, summary: 'Approve or reject a pending leave request; approval puts the member on leave', params: { id: 'leaveRequestId' }, status: 200 });

  app.get(
    '/api/meetings/:id/attendance',
    {
      schema: {
        operationId: 'attendance.getCounts',
        tags,
        security,
        summary: "The sitting's figures (expected, present, on leave, absent, per group, non-voting attendees) and the quorum verdict with its sentence",
        params: IdParams,
        querystring: Type.Object({ stageId: Type.Optional(Id) }),
        response: { 200: CountsView },
      },
      config: { access: 'attendance.view' },
    },
    async (request) => {
      const { stageId } = request.query;
      await loadMeeting(db, request.params.id);
      if (stageId !== undefined) {
        const stage = await db.selectFrom('stages').select('id').where('id', '=', stageId).where('meeting_id', '=', request.params.id).executeTakeFirst();
        if (!stage) throw refusals.stageNotFound(stageId, request.params.id);
      }
      return meetingCounts(db, request.params.id, stageId ?? null);
    },
  );

  app.get(
    '/api/meetings/:id/roster',
    {
      schema: {
        operationId: 'attendance.searchRoster',
        tags,
        security,
        summary: "The check-in desk's search: members whose name contains q, whose card number starts with it, or whose pinyin initials start with it (wx finds 王小明), each with their attendance state",
        params: IdParams,
        querystring: Type.Object({
          q: Type.Optional(Type.String({ maxLength: 50 })),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: AttendanceLimits.searchPage })),
          offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
        }),
        response: { 200: RosterSearchView },
      },
      config: { access: 'attendance.manage' },
    },
    async (request) => searchRoster(db, await loadMeeting(db, request.params.id), request.query),
  );

  app.get(
    '/api/meetings/:id/leave-requests',
    {
      schema: {
        operationId: 'attendance.listLeaveRequests',
        tags,
        security,
        summary: "A meeting's leave requests in the order they came",
        params: IdParams,
        querystring: Type.Object({ status: Type.Optional(OneOf(LeaveStatuses)) }),
        response: { 200: Type.Array(LeaveRequestView) },
      },
      config: { access: 'attendance.manage' },
    },
    async (request) => {
      await loadMeeting(db, request.params.id);
      return listLeaveRequests(db, request.params.id, request.query.status);
    },
  );
};
