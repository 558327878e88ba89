import Type from 'typebox';
import type { RouteModule } from '../../../server/routing.js';
import { IdParams, operationRoute } from '../../../server/routing.js';
import { execute } from '../../../server/operation.js';
import { AppError, errors } from '../../../server/errors.js';
import { getTerm } from '../queries.js';
import { addMember } from './addMember.js';
import { updateMembership } from './updateMembership.js';
import { importRoster, ImportRosterInput } from './importRoster.js';
import { parseRoster, type RosterFormat } from './parseRoster.js';
import { rosterInvalid } from './checkRows.js';
import { exportRoster } from './exportRoster.js';
import { RosterLimits } from './limits.js';

const tags = ['roster'];
const security = [{ bearer: [] }];

export const MediaTypes = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

const DryRunQuery = Type.Object({ dryRun: Type.Optional(Type.Boolean({ description: 'Check and count, store no member' })) });

/** The file format a request's content type names, or null. */
function formatOf(contentType: string | undefined): RosterFormat | null {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === MediaTypes.csv) return 'csv';
  if (type === MediaTypes.xlsx) return 'xlsx';
  return null;
}

/** Roster import and export, and single members added or changed. */
export const rosterRoutes: RouteModule = (app, runtime) => {
  const db = runtime.store.db;

  // Roster files arrive as raw bytes; the parser decides what they hold.
  app.addContentTypeParser([MediaTypes.csv, MediaTypes.xlsx], { parseAs: 'buffer', bodyLimit: RosterLimits.fileBytes }, (_request, body, done) => done(null, body));

  app.post(
    '/api/terms/:id/roster',
    {
      bodyLimit: RosterLimits.fileBytes,
      schema: {
        operationId: 'registry.importRosterFile',
        tags,
        security,
        summary: `Import a term's roster from an .xlsx or .csv file sent as the raw body (Content-Type ${MediaTypes.xlsx} or ${MediaTypes.csv}); all or nothing`,
        params: IdParams,
        querystring: DryRunQuery,
      },
      config: { access: importRoster.permission },
    },
    async (request, reply) => {
      const format = formatOf(request.headers['content-type']);
      if (!format || !Buffer.isBuffer(request.body)) throw errors.unsupportedMediaType(request.headers['content-type'] ?? '');
      if (request.body.length === 0) {
        throw new AppError(422, 'roster_empty', { 'zh-CN': '名册是空的：请求体中没有文件', en: 'The roster is empty: the request body holds no file' });
      }
      const term = await getTerm(db, request.params.id);
      const parsed = await parseRoster(request.body, format);
      if (parsed.problems.length > 0) throw rosterInvalid(parsed.problems);
      const dryRun = request.query.dryRun ?? false;
      const result = await execute(runtime, importRoster, { termId: term.id, rows: parsed.rows, dryRun }, request.actor);
      reply.code(dryRun ? 200 : 201);
      return { ...result, warnings: parsed.warnings };
    },
  );

  app.post(
    '/api/terms/:id/roster/rows',
    {
      bodyLimit: RosterLimits.fileBytes,
      schema: {
        operationId: importRoster.name,
        tags,
        security,
        summary: "Import a term's roster given as JSON rows; all or nothing, problems numbered by place in the list from 1",
        params: IdParams,
        body: Type.Omit(ImportRosterInput, ['termId']),
      },
      config: { access: importRoster.permission },
    },
    async (request, reply) => {
      const result = await execute(runtime, importRoster, { ...request.body, termId: request.params.id }, request.actor);
      reply.code(result.dryRun ? 200 : 201);
      return result;
    },
  );

  app.get(
    '/api/terms/:id/roster.xlsx',
    { schema: { operationId: 'registry.exportRoster', tags, security, summary: "A term's roster as an .xlsx workbook that imports back unchanged", params: IdParams }, config: { access: 'roster.view' } },
    async (request, reply) => {
      const out = await exportRoster(db, request.params.id);
      reply
        .header('content-type', MediaTypes.xlsx)
        .header('content-disposition', `attachment; filename="${out.asciiFileName}"; filename*=UTF-8''${encodeURIComponent(out.fileName)}`);
      return out.bytes;
    },
  );

  operationRoute(app, runtime, { url: '/api/terms/:id/members', op: addMember, tag: 'roster', summary: 'Add one member to a term', params: { id: 'termId' } });
  operationRoute(app, runtime, {
    method: 'PATCH',
    url: '/api/memberships/:id',
    op: updateMembership,
    tag: 'roster',
    summary: "Change a member's status (resigned, removed, deceased), end date, group, title or details",
    params: { id: 'membershipId' },
  });
};
