/**
 * The open data exports over HTTP: a session as Popolo JSON, a sitting as an Akoma Ntoso debate
 * record. Read as the public result pages are (`public.view`): what they hold is public by nature
 * (names, groups and offices as the published roster lists them, results, and who voted what in
 * RECORDED votes only); nothing personal beyond that and nothing of a secret ballot but its counts.
 */
import type { RouteModule } from '../../../server/routing.js';
import { IdParams } from '../../../server/routing.js';
import { popoloOf } from './popolo.js';
import { sessionRecord } from './sessionRecord.js';
import { aknOf } from './akn.js';
import { meetingRecord } from './meetingRecord.js';

const tags = ['publishing'];
const security = [{ bearer: [] }];

export const AKN_TYPE = 'application/akn+xml; charset=utf-8';

export const openDataRoutes: RouteModule = (app, runtime) => {
  const db = runtime.store.db;

  app.get(
    '/api/sessions/:id/popolo.json',
    {
      schema: { operationId: 'publishing.sessionPopolo', tags, security, summary: 'A session as Popolo open data: persons, organizations, memberships, posts, events, motions, vote events, and the votes of recorded motions', params: IdParams },
      config: { access: 'public.view' },
    },
    async (req, reply) => reply.header('content-type', 'application/json; charset=utf-8').send(popoloOf(await sessionRecord(db, req.params.id))),
  );

  app.get(
    '/api/meetings/:id/akn.xml',
    {
      schema: { operationId: 'publishing.meetingAkomaNtoso', tags, security, summary: 'A sitting as an Akoma Ntoso 3.0 debate record: roll call, quorum verification, agenda items and their votes', params: IdParams },
      config: { access: 'public.view' },
    },
    async (req, reply) => {
      const now = new Date();
      return reply.header('content-type', AKN_TYPE).send(aknOf(await meetingRecord(db, req.params.id, now), now));
    },
  );
};
