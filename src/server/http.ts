/**
 * Fastify plumbing shared by every route: who the caller is (onRequest), whether the route lets
 * them in (preHandler, after schema validation, so the order is 401 → 400 → 403), and how any
 * error becomes the one error vocabulary.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest, FastifySchemaValidationError } from 'fastify';
import { AppError, errors, langOf, type InputProblem } from './errors.js';
import { authorize, type Actor } from './operation.js';
import type { Permission } from './permissions.js';
import type { Runtime } from './operation.js';
import { actorForToken } from '../modules/accounts/queries.js';
import { fromStoreError } from '../store/storeErrors.js';

/** Who may call a route: anyone, or an account holding a permission. */
export type Access = Permission | 'anyone';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    actor: Actor;
    tokenId: number | null;
  }
}

export const ANONYMOUS: Actor = { label: 'anonymous', role: 'anonymous', accountId: null, personId: null, bodyId: null };

export function installAccess(app: FastifyInstance, runtime: Runtime): void {
  app.decorateRequest('actor', null as unknown as Actor);
  app.decorateRequest('tokenId', null);

  // A route that forgets to say who may call it does not start.
  app.addHook('onRoute', (route) => {
    const access = (route.config as { access?: Access } | undefined)?.access;
    if (!access && !route.url.startsWith('/api/docs')) {
      throw new Error(`Route ${route.method} ${route.url} declares no access (config.access)`);
    }
  });

  app.addHook('onRequest', async (request) => {
    request.actor = ANONYMOUS;
    const access = request.routeOptions.config.access ?? 'anyone';
    const header = request.headers.authorization;
    if (header === undefined) {
      if (access !== 'anyone' && access !== 'auth.signIn') throw errors.unauthenticated();
      return;
    }
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) throw errors.invalidToken();
    const actor = await actorForToken(runtime.store.db, match[1]!);
    if (!actor) throw errors.invalidToken();
    request.actor = actor;
    request.tokenId = actor.tokenId;
  });

  app.addHook('preHandler', async (request) => {
    const access = request.routeOptions.config.access ?? 'anyone';
    if (access !== 'anyone' && access !== 'auth.signIn') authorize(request.actor, access);
  });
}

export function installErrors(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const appError = toAppError(error, request);
    if (appError.status >= 500) request.log.error({ err: error }, 'unexpected error');
    return reply.code(appError.status).type('application/json; charset=utf-8').send(appError.toBody(langOf(request.headers['accept-language'])));
  });
  app.setNotFoundHandler((request, reply) => {
    const e = errors.routeNotFound(request.method, request.url.split('?')[0] ?? '');
    return reply.code(404).send(e.toBody(langOf(request.headers['accept-language'])));
  });
}

/**
 * Fastify's `frameworkErrors` option: a URL the router cannot decode or whose path parameter is
 * too long never reaches a route or the error handler, so it is answered here in the same vocabulary.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const url = request.raw.url ?? '';
  const appError =
    error.code === 'FST_ERR_BAD_URL'
      ? errors.badUrl(url)
      : error.code === 'FST_ERR_MAX_PARAM_LENGTH'
        ? errors.pathParameterTooLong(url)
        : toAppError(error, request);
  if (appError.status >= 500) request.log.error({ err: error }, 'unexpected error');
  void reply.code(appError.status).type('application/json; charset=utf-8').send(appError.toBody(langOf(request.headers['accept-language'])));
}

/** As many problems as `validate` lists: a body with thousands of unknown keys must not echo them all back. */
const MAX_PROBLEMS = 20;

/**
 * The schema validator's findings as input problems. A choice among fixed values (a union of
 * constants) fails once per value; it is told once, naming the values allowed.
 */
function problemsOf(validation: FastifySchemaValidationError[], where: string): InputProblem[] {
  const allowed = new Map<string, unknown[]>();
  for (const v of validation) {
    if (v.keyword === 'const') allowed.set(v.instancePath, [...(allowed.get(v.instancePath) ?? []), v.params.allowedValue]);
  }
  const choices = new Set(validation.filter((v) => v.keyword === 'anyOf' && allowed.has(v.instancePath)).map((v) => v.instancePath));
  const problems: InputProblem[] = [];
  for (const v of validation) {
    if (v.keyword === 'const' && choices.has(v.instancePath)) continue;
    const message =
      v.keyword === 'anyOf' && choices.has(v.instancePath)
        ? `must be one of ${allowed.get(v.instancePath)!.map((a) => JSON.stringify(a)).join(', ')}`
        : (v.message ?? 'is invalid');
    problems.push({ path: `${where}${v.instancePath ?? ''}`, message });
    if (problems.length >= MAX_PROBLEMS) break;
  }
  return problems;
}

function toAppError(error: FastifyError, request: FastifyRequest): AppError {
  if (error instanceof AppError) return error;
  const fromStore = fromStoreError(error);
  if (fromStore) return fromStore;
  if (error.validation) return errors.invalidInput(problemsOf(error.validation, error.validationContext ?? 'body'));
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return errors.invalidJson(error.message);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return errors.unsupportedMediaType(request.headers['content-type'] ?? '');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return errors.invalidContentLength();
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return errors.payloadTooLarge(request.routeOptions.bodyLimit);
  }
  if (error instanceof SyntaxError) return errors.invalidJson(error.message);
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    return new AppError(status, 'bad_request', { 'zh-CN': `请求无效：${error.message}`, en: `Bad request: ${error.message}` });
  }
  return errors.internal();
}
