import Type from 'typebox';
import type { RouteModule } from '../../server/routing.js';
import { IdParams, operationRoute } from '../../server/routing.js';
import { createBody } from './createBody.js';
import { createTerm } from './createTerm.js';
import { createSession } from './createSession.js';
import { createGroup } from './createGroup.js';
import { updateSession } from './updateSession.js';
import { getBody, getSession, getTerm, listBodies, listGroups, listMeetings, listMembers, listSessions, listTerms } from './queries.js';
import { BodyView, GroupView, MeetingView, MemberView, SessionView, TermView, presentBody, presentGroup, presentMeeting, presentMember, presentSession, presentTerm } from './presenters.js';
import { MembershipStatuses, OneOf } from './kinds.js';

const tags = ['registry'];
const security = [{ bearer: [] }];

export const registryRoutes: RouteModule = (app, runtime) => {
  const db = runtime.store.db;

  app.get('/api/bodies', { schema: { operationId: 'registry.listBodies', tags, security, summary: 'Every body', response: { 200: Type.Array(BodyView) } }, config: { access: 'registry.view' } }, async () =>
    (await listBodies(db)).map(presentBody),
  );
  operationRoute(app, runtime, { url: '/api/bodies', op: createBody, tag: 'registry', summary: 'Register a body' });
  app.get('/api/bodies/:id', { schema: { operationId: 'registry.getBody', tags, security, summary: 'One body', params: IdParams, response: { 200: BodyView } }, config: { access: 'registry.view' } }, async (req) =>
    presentBody(await getBody(db, req.params.id)),
  );

  app.get('/api/bodies/:id/terms', { schema: { operationId: 'registry.listTerms', tags, security, summary: "A body's terms", params: IdParams, response: { 200: Type.Array(TermView) } }, config: { access: 'registry.view' } }, async (req) => {
    await getBody(db, req.params.id);
    return (await listTerms(db, req.params.id)).map(presentTerm);
  });
  operationRoute(app, runtime, { url: '/api/bodies/:id/terms', op: createTerm, tag: 'registry', summary: 'Open a term of a body', params: { id: 'bodyId' } });

  app.get('/api/bodies/:id/groups', { schema: { operationId: 'registry.listGroups', tags, security, summary: "A body's delegations, sectors and committees", params: IdParams, response: { 200: Type.Array(GroupView) } }, config: { access: 'registry.view' } }, async (req) => {
    await getBody(db, req.params.id);
    return (await listGroups(db, req.params.id)).map(presentGroup);
  });
  operationRoute(app, runtime, { url: '/api/bodies/:id/groups', op: createGroup, tag: 'registry', summary: 'Add a group to a body', params: { id: 'bodyId' } });

  operationRoute(app, runtime, { url: '/api/terms/:id/sessions', op: createSession, tag: 'registry', summary: 'Convene a session within a term', params: { id: 'termId' } });
  operationRoute(app, runtime, { method: 'PATCH', url: '/api/sessions/:id', op: updateSession, tag: 'registry', summary: "Change a session's first and last day", params: { id: 'sessionId' } });

  app.get(
    '/api/sessions',
    { schema: { operationId: 'registry.listSessions', tags, security, summary: 'Every session, with its names', querystring: Type.Object({ bodyId: Type.Optional(Type.Integer({ minimum: 1, maximum: 2147483647 })) }), response: { 200: Type.Array(SessionView) } }, config: { access: 'registry.view' } },
    async (req) => {
      const sessions = await listSessions(db, req.query.bodyId);
      const bodies = new Map((await listBodies(db)).map((b) => [b.id, b]));
      return sessions.map((s) => presentSession(s, { ordinal: s.term_ordinal }, bodies.get(s.body_id)!));
    },
  );
  app.get('/api/sessions/:id', { schema: { operationId: 'registry.getSession', tags, security, summary: 'One session, with its names', params: IdParams, response: { 200: SessionView } }, config: { access: 'registry.view' } }, async (req) => {
    const session = await getSession(db, req.params.id);
    return presentSession(session, await getTerm(db, session.term_id), await getBody(db, session.body_id));
  });
  app.get('/api/sessions/:id/meetings', { schema: { operationId: 'registry.listMeetings', tags, security, summary: "A session's meetings in order", params: IdParams, response: { 200: Type.Array(MeetingView) } }, config: { access: 'registry.view' } }, async (req) => {
    await getSession(db, req.params.id);
    return (await listMeetings(db, req.params.id)).map(presentMeeting);
  });

  app.get(
    '/api/terms/:id/members',
    {
      schema: {
        operationId: 'registry.listMembers',
        tags,
        security,
        summary: "A term's roster, a page at a time; q finds a name containing it, a key starting with it, or pinyin initials starting with it (wx finds 王小明)",
        params: IdParams,
        querystring: Type.Object({
          groupId: Type.Optional(Type.Integer({ minimum: 1, maximum: 2147483647 })),
          status: Type.Optional(OneOf(MembershipStatuses)),
          q: Type.Optional(Type.String({ maxLength: 50 })),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
          offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
        }),
        response: { 200: Type.Object({ total: Type.Integer(), members: Type.Array(MemberView) }) },
      },
      config: { access: 'roster.view' },
    },
    async (req) => {
      await getTerm(db, req.params.id);
      const { total, rows } = await listMembers(db, req.params.id, req.query);
      return { total, members: rows.map(presentMember) };
    },
  );
};
