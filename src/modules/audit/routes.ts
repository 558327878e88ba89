import Type from 'typebox';
import type { RouteModule } from '../../server/routing.js';
import { verifyChain, describeReport } from './verifyChain.js';

export const auditRoutes: RouteModule = (app, runtime) => {
  app.get(
    '/api/audit/verify',
    { schema: { operationId: 'audit.verify', tags: ['audit'], summary: 'Check the whole hash chain; names the first broken entry', security: [{ bearer: [] }] }, config: { access: 'audit.verify' } },
    async () => {
      const report = await verifyChain(runtime.store.db);
      return { ...report, summary: describeReport(report) };
    },
  );

  app.get(
    '/api/audit',
    {
      schema: {
        operationId: 'audit.list',
        tags: ['audit'],
        summary: 'Audit entries in order, a page at a time',
        security: [{ bearer: [] }],
        querystring: Type.Object({
          after: Type.Optional(Type.Integer({ minimum: 0, maximum: 2147483647 })),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
        }),
      },
      config: { access: 'audit.verify' },
    },
    async (request) => {
      const { after = 0, limit = 100 } = request.query;
      const rows = await runtime.store.db.selectFrom('audit_log').selectAll().where('seq', '>', after).orderBy('seq').limit(limit).execute();
      return rows.map((r) => ({
        seq: r.seq,
        at: r.at,
        operation: r.operation,
        actor: r.actor,
        bodyId: r.body_id,
        payload: JSON.parse(r.payload) as unknown,
        payloadDigest: r.payload_digest,
        prevHash: r.prev_hash,
        hash: r.hash,
      }));
    },
  );
};
