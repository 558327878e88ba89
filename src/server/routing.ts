/**
 * The one shape of a write route: authenticate (hook), validate (schema), run the operation
 * through `execute`, answer. Reads are plain Fastify routes with `config.access`.
 */
import type { FastifyBaseLogger, FastifyInstance, RawServerDefault } from 'fastify';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Type, { type TObject, type TSchema } from 'typebox';
import { execute, type Operation, type Runtime } from './operation.js';

export type PlenumApp = FastifyInstance<RawServerDefault, IncomingMessage, ServerResponse, FastifyBaseLogger, TypeBoxTypeProvider>;

/** A module's routes. */
export type RouteModule = (app: PlenumApp, runtime: Runtime) => void;

export const IdParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2147483647 }) });

export interface OperationRoute<S extends TSchema, R> {
  method?: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  op: Operation<S, R>;
  tag: string;
  summary: string;
  /** Path parameters and the input fields they fill: `{ id: 'bodyId' }`. */
  params?: Record<string, string>;
  /** Status of a success, 201 by default for POST. */
  status?: number;
}

export function operationRoute<S extends TObject, R>(app: PlenumApp, runtime: Runtime, route: OperationRoute<S, R>): void {
  const fromParams = route.params ?? {};
  const paramsSchema = Object.keys(fromParams).length
    ? Type.Object(Object.fromEntries(Object.keys(fromParams).map((k) => [k, Type.Integer({ minimum: 1, maximum: 2147483647 })])))
    : undefined;
  const bodySchema = Object.keys(fromParams).length ? Type.Omit(route.op.input, Object.values(fromParams)) : route.op.input;
  const method = route.method ?? 'POST';
  app.route({
    method,
    url: route.url,
    schema: {
      operationId: route.op.name,
      tags: [route.tag],
      summary: route.summary,
      // Signing in is the one operation called without a token.
      security: route.op.permission === 'auth.signIn' ? [] : [{ bearer: [] }],
      ...(paramsSchema ? { params: paramsSchema } : {}),
      body: bodySchema,
    },
    config: { access: route.op.permission },
    handler: async (request, reply) => {
      const input: Record<string, unknown> = { ...(request.body as object) };
      const params = request.params as Record<string, number>;
      for (const [param, field] of Object.entries(fromParams)) input[field] = params[param];
      const result = await execute(runtime, route.op, input, request.actor);
      reply.code(route.status ?? (method === 'POST' ? 201 : 200));
      return result;
    },
  });
}
