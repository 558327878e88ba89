import Type from 'typebox';
import type { PlenumApp, RouteModule } from '../../server/routing.js';
import { operationRoute } from '../../server/routing.js';
import { authorize } from '../../server/operation.js';
import { can } from '../../server/permissions.js';
import { CATALOGUE } from './catalogue.js';
import { DocFormats, ServedFormats, type DocFormat } from './formats.js';
import { documentEntry, produceDocument } from './produce.js';
import { setResolutionText } from './setResolutionText.js';
import { subjectName, type Scope } from './subjects.js';

const tag = 'publishing';
const security = [{ bearer: [] }];
const Id = Type.Integer({ minimum: 1, maximum: 2147483647 });
const FILE = `^[a-z][a-z0-9-]{0,59}\\.(${ServedFormats.join('|')})$`;
const FileParams = Type.Object({ id: Id, file: Type.String({ pattern: FILE, maxLength: 70, description: `A document's name and format: news-release.docx (${ServedFormats.join(', ')}; json is the document model)` }) });

const DocumentListView = Type.Object({
  scope: Type.String(),
  id: Type.Integer(),
  documents: Type.Array(Type.Object({ name: Type.String(), label: Type.String(), labelEn: Type.String(), files: Type.Array(Type.String()) })),
});

/** The documents of a meeting or a session, in .docx, HTML and Markdown. */
export const publishingRoutes: RouteModule = (app, runtime) => {
  const db = runtime.store.db;
  operationRoute(app, runtime, { method: 'PUT', url: '/api/motions/:id/resolution-text', op: setResolutionText, tag, summary: 'Store the text of the resolution a motion adopts', params: { id: 'motionId' } });
  for (const scope of ['meeting', 'session'] as const) documentRoutes(app, db, scope);
};

function documentRoutes(app: PlenumApp, db: Parameters<typeof produceDocument>[0], scope: Scope): void {
  const base = `/api/${scope}s/:id/documents`;
  const Scope = scope === 'meeting' ? 'Meeting' : 'Session';
  app.get(
    base,
    {
      schema: { operationId: `publishing.list${Scope}Documents`, tags: [tag], security, summary: `The documents of a ${scope} the caller may read, with their files`, params: Type.Object({ id: Id }), response: { 200: DocumentListView } },
      config: { access: 'documents.release' },
    },
    async (req) => {
      await subjectName(db, scope, req.params.id);
      const documents = CATALOGUE.filter((e) => e.scope === scope && can(req.actor.role, e.permission)).map((e) => ({
        name: e.name,
        label: e.zh,
        labelEn: e.en,
        files: DocFormats.map((f) => `/api/${scope}s/${req.params.id}/documents/${e.name}.${f}`),
      }));
      return { scope, id: req.params.id, documents };
    },
  );
  app.get(
    `${base}/:file`,
    {
      schema: { operationId: `publishing.${scope}Document`, tags: [tag], security, summary: `One document of a ${scope} as .docx (GB/T 9704), HTML, Markdown or its model as JSON; the news release is the press's to read too`, params: FileParams },
      config: { access: 'documents.release' },
    },
    async (req, reply) => {
      const dot = req.params.file.lastIndexOf('.');
      const entry = documentEntry(scope, req.params.file.slice(0, dot));
      authorize(req.actor, entry.permission);
      const out = await produceDocument(db, entry, req.params.id, req.params.file.slice(dot + 1) as DocFormat, new Date());
      return reply.header('content-type', out.contentType).header('content-disposition', out.contentDisposition).header('cache-control', 'no-store').send(out.bytes);
    },
  );
}
