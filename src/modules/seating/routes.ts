import Type from 'typebox';
import type { RouteModule } from '../../server/routing.js';
import { IdParams, operationRoute } from '../../server/routing.js';
import { errors } from '../../server/errors.js';
import { getMeeting, listRostrum } from '../meetings/queries.js';
import { presentRostrum as presentSeatedRostrum } from '../meetings/presenters.js';
import { getBody } from '../registry/queries.js';
import { compareNames } from '../protocol/rules/collation.js';
import { defaultRows, rostrumChart, seatHall } from './charts.js';
import { hallWorkbook } from './hallWorkbook.js';
import { Convention, SeatsPerRow } from './inputs.js';
import { hallPage, nameCardsPage, rostrumPage } from './pages.js';
import { presentHallLayout, presentRostrum, RostrumView } from './presenters.js';
import { groupOfOtherBody, noHallAssignment, rostrumEmpty } from './refusals.js';
import { listHallLayouts, meetingGroups, meetingHall, rostrumNames } from './queries.js';
import { hallSvg, rostrumSvg } from './svg.js';
import { saveHallLayout } from './saveHallLayout.js';
import { setHallAssignment } from './setHallAssignment.js';
import { RostrumConventions, type RostrumConvention } from './rules/rostrumOrder.js';

const tag = 'seating';
const security = [{ bearer: [] }];
const HTML = 'text/html; charset=utf-8';
const SVG = 'image/svg+xml; charset=utf-8';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const RostrumQuery = Type.Object({
  seats: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{0,2}(,[1-9][0-9]{0,2}){0,19}$', description: 'Seats per row, front row first: 7,8. One front row of up to 15, then more, when omitted' })),
  convention: Type.Optional(Convention),
  names: Type.Optional(Type.String({ minLength: 1, maxLength: 4000, description: 'A ranked list instead of the presiding roles, names separated by commas' })),
});

const NameCardsQuery = Type.Object({ group: Type.String({ pattern: '^(rostrum|[1-9][0-9]{0,9})$', description: 'A group id, or rostrum' }) });

/** Rostrum and hall seating, name cards: charts as JSON, SVG, print pages and a workbook. */
export const seatingRoutes: RouteModule = (app, runtime) => {
  const db = runtime.store.db;

  app.post(
    '/api/protocol/rostrum',
    {
      schema: {
        operationId: 'seating.rostrumChart',
        tags: [tag],
        security,
        summary: 'The rostrum chart for seats per row and names in rank order, seen from the audience',
        body: Type.Object({ seats: SeatsPerRow, names: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 50 }), { maxItems: 4000 })), convention: Type.Optional(Convention) }, { additionalProperties: false }),
        response: { 200: RostrumView },
      },
      config: { access: 'registry.view' },
    },
    async (req) => presentRostrum(rostrumChart(req.body.seats, req.body.names ?? null, req.body.convention ?? RostrumConventions.leftFirst)),
  );

  /** The meeting's title and its rostrum chart from the query or the presiding roles. */
  async function meetingRostrum(meetingId: number, query: { seats?: string; convention?: RostrumConvention; names?: string }) {
    const meeting = await getMeeting(db, meetingId);
    // The names given, else the rostrum the secretariat seated (its rows), else the presiding roles.
    const seated = query.names === undefined ? presentSeatedRostrum(await listRostrum(db, meetingId)) : [];
    const names =
      query.names !== undefined
        ? query.names.split(',').map((n) => n.trim()).filter((n) => n !== '')
        : seated.length > 0
          ? seated.flatMap((r) => r.people.map((p) => p.name))
          : (await rostrumNames(db, meetingId)).map((r) => r.name);
    if (names.length === 0) throw rostrumEmpty(meetingId);
    const seats = query.seats !== undefined ? query.seats.split(',').map(Number) : seated.length > 0 ? seated.map((r) => r.people.length) : defaultRows(names.length);
    return { title: meeting.title, chart: rostrumChart(seats, names, query.convention ?? RostrumConventions.leftFirst) };
  }

  const rostrumSchema = (format: string) => ({
    schema: { operationId: `seating.meetingRostrum${format}`, tags: [tag], security, summary: `A meeting's rostrum as ${format}: the names given, else its seated rostrum (meetings.setRostrum) row by row, else its presider, executive chairs and standing chair in protocol order`, params: IdParams, querystring: RostrumQuery },
    config: { access: 'registry.view' as const },
  });
  app.get('/api/meetings/:id/rostrum.svg', rostrumSchema('Svg'), async (req, reply) => {
    const { title, chart } = await meetingRostrum(req.params.id, req.query);
    return reply.header('content-type', SVG).send(rostrumSvg(title, chart));
  });
  app.get('/api/meetings/:id/rostrum.html', rostrumSchema('Html'), async (req, reply) => {
    const { title, chart } = await meetingRostrum(req.params.id, req.query);
    return reply.header('content-type', HTML).send(rostrumPage(title, chart));
  });

  operationRoute(app, runtime, { url: '/api/bodies/:id/hall-layouts', op: saveHallLayout, tag, summary: 'Store a hall layout for a body: blocks of rows of seats, aisles between, a fill order', params: { id: 'bodyId' } });
  app.get(
    '/api/bodies/:id/hall-layouts',
    { schema: { operationId: 'seating.listHallLayouts', tags: [tag], security, summary: "A body's stored hall layouts", params: IdParams }, config: { access: 'registry.view' } },
    async (req) => {
      await getBody(db, req.params.id);
      return { layouts: (await listHallLayouts(db, req.params.id)).map(presentHallLayout) };
    },
  );
  operationRoute(app, runtime, {
    url: '/api/meetings/:id/hall-assignment',
    op: setHallAssignment,
    tag,
    summary: "Seat a meeting's members in a layout: groups in protocol order, members in stroke order, reserved seats kept",
    params: { id: 'meetingId' },
    status: 200,
  });

  async function seatedHall(meetingId: number) {
    const meeting = await getMeeting(db, meetingId);
    const hall = await meetingHall(db, meetingId);
    if (!hall) throw noHallAssignment(meetingId);
    return { title: meeting.title, layout: hall.layout, assignment: seatHall(hall.layout, await meetingGroups(db, meetingId), hall.reserved) };
  }
  const hallSchema = (format: string, summary: string) => ({
    schema: { operationId: `seating.meetingHall${format}`, tags: [tag], security, summary, params: IdParams },
    config: { access: 'registry.view' as const },
  });
  app.get('/api/meetings/:id/hall.svg', hallSchema('Svg', "A meeting's seated hall as SVG"), async (req, reply) => {
    const h = await seatedHall(req.params.id);
    return reply.header('content-type', SVG).send(hallSvg(`${h.title} · ${h.layout.name}`, h.layout, h.assignment));
  });
  app.get('/api/meetings/:id/hall.html', hallSchema('Html', "A meeting's seated hall as an A4 print page"), async (req, reply) => {
    const h = await seatedHall(req.params.id);
    return reply.header('content-type', HTML).send(hallPage(h.title, h.layout, h.assignment));
  });
  app.get('/api/meetings/:id/hall.xlsx', hallSchema('Xlsx', "A meeting's hall assignment as an .xlsx workbook"), async (req, reply) => {
    const h = await seatedHall(req.params.id);
    const bytes = await hallWorkbook(h.title, h.layout, h.assignment);
    return reply
      .header('content-type', XLSX)
      .header('content-disposition', `attachment; filename="hall-meeting-${req.params.id}.xlsx"; filename*=UTF-8''${encodeURIComponent(`${h.title}座次.xlsx`)}`)
      .send(bytes);
  });

  app.get(
    '/api/meetings/:id/name-cards.html',
    { schema: { operationId: 'seating.nameCards', tags: [tag], security, summary: 'Folded name cards (座签), A4, for the rostrum or one group of the meeting’s body in stroke order', params: IdParams, querystring: NameCardsQuery }, config: { access: 'registry.view' } },
    async (req, reply) => {
      const meeting = await getMeeting(db, req.params.id);
      let title: string;
      let people: Array<{ name: string; line: string | null }>;
      if (req.query.group === 'rostrum') {
        people = (await rostrumNames(db, meeting.id)).map((r) => ({ name: r.name, line: null }));
        if (people.length === 0) throw rostrumEmpty(meeting.id);
        title = `${meeting.title} · 主席台`;
      } else {
        const groupId = Number(req.query.group);
        const group = await db.selectFrom('groups').select(['id', 'body_id', 'name']).where('id', '=', groupId).executeTakeFirst();
        if (!group) throw errors.notFound('group', groupId);
        if (group.body_id !== meeting.body_id) throw groupOfOtherBody(group.id, group.body_id, meeting.id, meeting.body_id);
        const members = (await meetingGroups(db, meeting.id)).find((g) => g.id === group.id)?.members ?? [];
        people = [...members].sort((a, b) => compareNames(a.name, b.name) || a.id - b.id).map((m) => ({ name: m.name, line: group.name }));
        title = `${meeting.title} · ${group.name}`;
      }
      return reply.header('content-type', HTML).send(nameCardsPage(title, people));
    },
  );
};
