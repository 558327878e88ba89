import Type from 'typebox';
import type { RouteModule } from './routing.js';
import { VERSION } from '../version.js';

export const healthRoutes: RouteModule = (app, runtime) => {
  app.get(
    '/api/health',
    {
      schema: {
        operationId: 'server.health',
        tags: ['server'],
        summary: 'Is Plenum up, on which store, at which schema version',
        security: [],
        response: {
          200: Type.Object({
            status: Type.Literal('ok'),
            dialect: Type.String(),
            schemaVersion: Type.String(),
            version: Type.String(),
          }),
        },
      },
      config: { access: 'anyone' },
    },
    async () => ({
      status: 'ok' as const,
      dialect: runtime.store.dialect,
      schemaVersion: await runtime.store.schemaVersion(),
      version: VERSION,
    }),
  );
};
