import Fastify from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { frameworkErrors, installAccess, installErrors, installValidationNet } from './http.js';
import type { Runtime } from './operation.js';
import type { PlenumApp, RouteModule } from './routing.js';
import { healthRoutes } from './healthRoutes.js';
import { webRoutes } from './webRoutes.js';
import { accountRoutes } from '../modules/accounts/routes.js';
import { registryRoutes } from '../modules/registry/routes.js';
import { rosterRoutes } from '../modules/registry/roster/routes.js';
import { auditRoutes } from '../modules/audit/routes.js';
import { meetingRoutes } from '../modules/meetings/routes.js';
import { attendanceRoutes } from '../modules/attendance/routes.js';
import { liveRoutes } from '../modules/live/routes.js';
import { votingRoutes } from '../modules/voting/routes.js';
import { electionRoutes } from '../modules/voting/elections/routes.js';
import { protocolRoutes } from '../modules/protocol/routes.js';
import { seatingRoutes } from '../modules/seating/routes.js';
import { publishingRoutes } from '../modules/publishing/routes.js';
import { openDataRoutes } from '../modules/publishing/export/routes.js';
import { proposalRoutes } from '../modules/proposals/routes.js';
import { VERSION } from '../version.js';

/** Every module's routes, in the order the API document lists them. */
const MODULES: RouteModule[] = [
  webRoutes(),
  healthRoutes,
  accountRoutes,
  registryRoutes,
  rosterRoutes,
  meetingRoutes,
  attendanceRoutes,
  votingRoutes,
  electionRoutes,
  protocolRoutes,
  seatingRoutes,
  publishingRoutes,
  openDataRoutes,
  proposalRoutes,
  liveRoutes,
  auditRoutes,
];

export interface AppOptions {
  runtime: Runtime;
  logger?: boolean;
}

export async function buildApp({ runtime, logger = false }: AppOptions): Promise<PlenumApp> {
  const app = Fastify({
    logger,
    bodyLimit: 1024 * 1024,
    frameworkErrors,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true, allErrors: true } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  installErrors(app);
  installValidationNet(app);
  installAccess(app, runtime);

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Plenum API',
        version: VERSION,
        description: 'Sessions of an assembly: roster, sittings, attendance, quorum, votes. Errors: {error, status, message, messages}.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  for (const routes of MODULES) routes(app, runtime);

  app.get('/api/openapi.json', { schema: { hide: true }, config: { access: 'anyone' } }, async () => app.swagger());
  return app;
}
