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
import { TokenCache } from '../modules/accounts/tokenCache.js';
import { fromStoreError } from '../store/storeErrors.js';

/** Who may call a route: anyone, or an account holding a permission. */
export type Access = Permission | 'anyone';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    /**
     * The token may come as `?token=` instead of the Authorization header: for a hall screen's
     * board page and its EventSource stream, which cannot send headers. Read-only routes only.
     */
    tokenInQuery?: boolean;
  }
  interface FastifyRequest {
    actor: Actor;
    tokenId: number | null;
  }
}

export const ANONYMOUS: Actor = { label: 'anonymous', role: 'anonymous', accountId: null, personId: null, bodyId: null };

export function installAccess(app: FastifyInstance, runtime: Runtime): void {
  const tokens = new TokenCache(runtime.store, runtime.events);
  app.addHook('onClose', async () => tokens.close());
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
    // Signing in proves who the caller is by password; a token the client still sends from an
    // earlier sign-in (expired, revoked, another account's) must not lock it out.
    if (access === 'auth.signIn') return;
    const header = request.headers.authorization ?? queryToken(request);
    if (header === undefined) {
      if (access !== 'anyone') throw errors.unauthenticated();
      return;
    }
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) throw errors.invalidToken();
    const actor = await tokens.actorFor(match[1]!);
    if (!actor) throw errors.invalidToken();
    request.actor = actor;
    request.tokenId = actor.tokenId;
  });

  app.addHook('preHandler', async (request) => {
    const access = request.routeOptions.config.access ?? 'anyone';
    if (access !== 'anyone' && access !== 'auth.signIn') authorize(request.actor, access);
  });
}

/**
 * `?token=…` as a Bearer header, on a route that allows it. A value that cannot be a token is
 * left to the route's query schema to refuse (400), as bad input rather than a bad token.
 */
function queryToken(request: FastifyRequest): string | undefined {
  if (!request.routeOptions.config.tokenInQuery) return undefined;
  const token = (request.query as Record<string, unknown> | undefined)?.token;
  return typeof token === 'string' && QUERY_TOKEN.test(token) ? `Bearer ${token}` : undefined;
}

/** What a token sent in a query may look like (tokens are base64url; the route schemas allow 200 characters). */
const QUERY_TOKEN = /^[A-Za-z0-9_-]{1,200}$/;

/**
 * Schema validation lets through one thing it should not: with type coercion on, the text
 * `Infinity` or `1e400` in a path parameter, query or body string becomes a number that skips the
 * range checks (minimum, maximum) of an integer. Such a number reaching SQL fails on PostgreSQL
 * with a 500, so each validated part is checked once more, after validation and before permission.
 */
export function installValidationNet(app: FastifyInstance): void {
  app.addHook('preHandler', async (request) => {
    const schema = request.routeOptions.schema ?? {};
    const parts = [
      ['params', schema.params, request.params],
      ['querystring', schema.querystring, request.query],
      ['body', schema.body, request.body],
    ] as const;
    for (const [where, declared, value] of parts) {
      if (declared === undefined) continue;
      const path = nonFinitePath(value);
      if (path !== null) throw errors.invalidInput([{ path: `${where}${path}`, message: 'must be a finite number' }]);
    }
  });
}

/** Where in a value a non-finite number sits (`/a/0`), or null; iterative, as a body may nest deeply. */
function nonFinitePath(value: unknown): string | null {
  const stack: Array<[unknown, string]> = [[value, '']];
  while (stack.length > 0) {
    const [v, path] = stack.pop()!;
    if (typeof v === 'number' && !Number.isFinite(v)) return path;
    if (v && typeof v === 'object') for (const [k, child] of Object.entries(v)) stack.push([child, `${path}/${k}`]);
  }
  return null;
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
