/**
 * Bad input never yields a 500 and never changes state (DESIGN.md, Errors). For every route the
 * API document lists (routes added later are picked up by themselves), fast-check sends requests
 * that are certainly wrong (a bogus token, no token where one is needed, a path parameter that is
 * no id, a query value out of its schema, a body of the wrong shape, type or size, text that is not
 * JSON, a content type no route reads) and checks that each is refused with a 4xx in the one error
 * shape, and that the store is byte for byte what it was.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { sql } from 'kysely';
import Value from 'typebox/value';
import { expect, it } from 'vitest';
import { describeStores } from '../src/store/testing.js';
import type { Store } from '../src/store/store.js';
import { langOf } from '../src/server/errors.js';
import { seedRegistry, startTestApp, type Method, type TestApp } from '../src/server/testing.js';

/** A JSON Schema as the API document carries it. */
type Schema = Record<string, unknown> & {
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean;
  anyOf?: Schema[];
  maxLength?: number;
  minLength?: number;
  minimum?: number;
  maximum?: number;
  default?: unknown;
};

interface RouteSpec {
  method: Method;
  /** With `{name}` for each path parameter. */
  path: string;
  params: string[];
  query: Record<string, Schema>;
  body?: Schema;
  /** Needs a bearer token. */
  secured: boolean;
}

interface BadRequest {
  why: string;
  /**
   * The error ids that name what is wrong with it; `unauthenticated` is added when no token is
   * sent to a route that needs one. Sign-in ignores tokens, so a bogus one meets `bad_credentials`.
   */
  refusals: string[];
  method: Method;
  url: string;
  headers: Record<string, string>;
  payload?: string;
}

const MAX_ID = 2147483647;

// ---------------------------------------------------------------------------------------------
// The routes, from the API document.

async function routesOf(t: TestApp): Promise<RouteSpec[]> {
  const doc = (await t.call('GET', '/api/openapi.json')).body as {
    paths: Record<string, Record<string, { security?: unknown[]; parameters?: Array<{ in: string; name: string; schema: Schema }>; requestBody?: { content: Record<string, { schema: Schema }> } }>>;
  };
  const routes: RouteSpec[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      const parameters = op.parameters ?? [];
      routes.push({
        method: method.toUpperCase() as Method,
        path,
        params: parameters.filter((p) => p.in === 'path').map((p) => p.name),
        query: Object.fromEntries(parameters.filter((p) => p.in === 'query').map((p) => [p.name, p.schema])),
        ...(op.requestBody ? { body: op.requestBody.content['application/json']!.schema } : {}),
        secured: (op.security?.length ?? 0) > 0,
      });
    }
  }
  // Routes the document does not list.
  routes.push({ method: 'GET', path: '/api/openapi.json', params: [], query: {}, secured: false });
  routes.push({ method: 'GET', path: '/api/docs', params: [], query: {}, secured: false });
  return routes;
}

function urlOf(route: RouteSpec, params: Record<string, string> = {}, query = ''): string {
  const path = route.path.replace(/\{(\w+)\}/g, (_m, name: string) => params[name] ?? '1');
  return query ? `${path}?${query}` : path;
}

// ---------------------------------------------------------------------------------------------
// What the server's validator might accept. It coerces (`coerceTypes: 'array'`), so a value is
// only "certainly invalid" when no coercion of it passes the schema.

function coercions(v: unknown): unknown[] {
  const out: unknown[] = [v];
  if (typeof v === 'string') {
    if (v !== '' && !Number.isNaN(Number(v))) out.push(Number(v));
    if (v === 'true' || v === 'false') out.push(v === 'true');
    if (v === '') out.push(null);
  }
  if (typeof v === 'number') out.push(String(v), v === 1 ? true : v === 0 ? false : v);
  if (typeof v === 'boolean') out.push(String(v), v ? 1 : 0);
  if (v === null) out.push('', 0, false);
  if (Array.isArray(v) && v.length === 1) out.push(...coercions(v[0]));
  return out;
}

function mayPass(schema: Schema, v: unknown): boolean {
  return coercions(v).some((c) => Value.Check(schema, c));
}

function isValidId(decoded: string): boolean {
  if (decoded === '' || Number.isNaN(Number(decoded))) return false;
  const n = Number(decoded);
  return Number.isInteger(n) && n >= 1 && n <= MAX_ID;
}

/** A value that passes the schema, for the parts of a request that are not under test. */
function exampleOf(s: Schema): unknown {
  if ('const' in s) return s.const;
  if (Array.isArray(s.enum)) return s.enum[0];
  if (s.anyOf) return exampleOf(s.anyOf[0]!);
  switch (s.type) {
    case 'object':
      return Object.fromEntries((s.required ?? []).map((k) => [k, exampleOf(s.properties![k]!)]));
    case 'integer':
    case 'number':
      return s.minimum ?? 1;
    case 'string':
      return 'x'.repeat(Math.max(s.minLength ?? 2, 2));
    case 'boolean':
      return false;
    case 'array':
      return [];
    default:
      return null;
  }
}

function validBodyOf(route: RouteSpec): unknown {
  if (!route.body) return undefined;
  const example = exampleOf(route.body);
  return Value.Check(route.body, example) ? example : {};
}

// ---------------------------------------------------------------------------------------------
// Generators of certainly-bad parts.

const bogusAuthorization = fc.oneof(
  fc.constantFrom('Basic YWRtaW46YWRtaW4=', 'Bearer', 'Bearer ', 'bearer a b', 'Token plm_x', 'null', '', 'Bearer plm_', `Bearer ${'a'.repeat(8000)}`, 'Bearer \u00e9\u00e8'),
  fc.string({ maxLength: 200 }),
  fc.string({ minLength: 1, maxLength: 100 }).map((s) => `Bearer ${s}`),
  fc.uint8Array({ minLength: 32, maxLength: 32 }).map((b) => `Bearer plm_${Buffer.from(b).toString('base64url')}`),
);

const acceptLanguage = fc.constantFrom('en', 'zh-CN', 'en-US,en;q=0.9', 'zh-CN,en;q=0.8', 'fr', '', '*', ';;;q=x', 'EN');

/** Already URL-encoded path segments that are no id. */
const badParam = fc.oneof(
  fc.constantFrom(
    '0', '-1', '2147483648', '99999999999999999999', '1.5', 'abc', 'NaN', 'Infinity', '-Infinity', '1e400', 'true', 'null', 'undefined',
    '%00', '%E0%A4%A', '%', '..%2F..%2Fetc%2Fpasswd', '%2e%2e%2f%2e%2e%2f', '%252e%252e', '1%3Bdrop%20table%20bodies', "1'%20or%20'1'%3D'1",
    '%20', '%F0%9F%98%80', '%E5%BC%A0%E4%B8%89', '1'.repeat(101), '[]', '%7B%7D',
  ),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).filter((s) => !isValidId(s)).map(encodeURIComponent),
  fc.integer({ min: -MAX_ID, max: 0 }).map(String),
  fc.bigInt({ min: 2147483648n, max: 10n ** 30n }).map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((d) => !Number.isInteger(d)).map(String),
);

/** `name=value` pairs, encoded, that the property's schema refuses whatever the coercion. */
function badQuery(route: RouteSpec): fc.Arbitrary<string> {
  const names = Object.keys(route.query);
  return fc.constantFrom(...names).chain((name) => {
    const schema = route.query[name]!;
    const tooLong = schema.maxLength === undefined ? [] : [fc.string({ minLength: schema.maxLength + 1, maxLength: schema.maxLength + 40 })];
    const single = fc
      .oneof(
        fc.constantFrom('abc', '-1', '0', '1.5', '99999999999', '', 'NaN', '[]', '{}', 'x'.repeat(1000), 'true', '%ZZ', '\u0000'),
        fc.string({ unit: 'grapheme', maxLength: 60 }),
        ...tooLong,
      )
      .filter((v) => !mayPass(schema, v))
      .map((v) => `${name}=${encodeURIComponent(v)}`);
    // A key given twice is an array, which no scalar property takes.
    const twice = fc.tuple(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 })).map(([a, b]) => `${name}=${encodeURIComponent(a)}&${name}=${encodeURIComponent(b)}`);
    return schema.type === 'array' ? single : fc.oneof(single, twice);
  });
}

/** A value no coercion makes acceptable for a scalar property. */
function badValueFor(schema: Schema): fc.Arbitrary<unknown> {
  const huge = schema.maxLength === undefined ? [] : [fc.string({ unit: 'grapheme', minLength: schema.maxLength + 1, maxLength: schema.maxLength + 30 }), fc.constant('长'.repeat(200_000))];
  return fc
    .oneof(
      fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
      fc.array(fc.jsonValue({ maxDepth: 1 }), { minLength: 2, maxLength: 4 }),
      fc.oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null)),
      fc.constantFrom(-1, 0, 2 ** 53, -(2 ** 53), 1.5, 1e308, '', ' ', '../../etc/passwd', "'; drop table bodies; --", '\u0000', '\ud800'),
      ...huge,
    )
    .filter((v) => !mayPass(schema, v));
}

function nested(depth: number, kind: 'array' | 'object'): string {
  return kind === 'array' ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
}

/** JSON bodies of the wrong shape for an object schema, each certainly refused. */
function badJsonBody(schema: Schema): fc.Arbitrary<{ why: string; payload: string }> {
  const props = schema.properties ?? {};
  const names = Object.keys(props);
  const example = (exampleOf(schema) ?? {}) as Record<string, unknown>;
  const json = (why: string) => (v: unknown) => ({ why, payload: JSON.stringify(v) });
  const options: Array<fc.WeightedArbitrary<{ why: string; payload: string }>> = [];
  const add = (arbitrary: fc.Arbitrary<{ why: string; payload: string }>, weight = 1) => options.push({ arbitrary, weight });
  add(
    fc
      .oneof(fc.constant(null), fc.boolean(), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.string({ unit: 'grapheme' }), fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 5 }))
      .map(json('not an object')),
  );
  add(fc.constantFrom(100, 5000).map((d) => ({ why: `an array nested ${d} deep`, payload: nested(d, 'array') })));
  if (schema.additionalProperties === false) {
    add(
      fc
        .tuple(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }).filter((k) => !(k in props)), fc.jsonValue({ maxDepth: 3 }))
        .map(([k, v]) => ({ why: `an unknown key ${JSON.stringify(k)}`, payload: JSON.stringify({ ...example, [k]: v }) })),
    );
    add(
      fc.constantFrom(100, 5000).map((d) => ({ why: `an unknown key nested ${d} deep`, payload: `{${JSON.stringify(example).slice(1, -1)}${Object.keys(example).length > 0 ? ',' : ''}"zz_unknown":${nested(d, 'object')}}` })),
    );
  }
  const required = (schema.required ?? []).filter((k) => props[k]?.default === undefined);
  if (required.length > 0) {
    add(
      fc.constantFrom(...required).chain((missing) =>
        fc.dictionary(fc.constantFrom(...names.filter((n) => n !== missing).concat('other')), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }).map(json(`without ${missing}`)),
      ),
    );
  }
  const scalar = names.filter((n) => props[n]!.type !== 'object' && props[n]!.type !== 'array');
  if (scalar.length > 0) {
    // Wrong types, sizes and values, one property at a time: the case that reaches deepest.
    add(
      fc.constantFrom(...scalar).chain((name) => badValueFor(props[name]!).map((v) => ({ why: `a bad ${name}`, payload: JSON.stringify({ ...example, [name]: v }) }))),
      4,
    );
  }
  return fc.oneof(...options);
}

/** Bodies no POST route parses: text that is not JSON, or a content type no route reads. */
const unparseableBody = fc.oneof(
  fc
    .oneof(
      fc.constantFrom('{', '{"a":', '[1,', "{'a':1}", '{"a":1,}', 'NaN', 'undefined', '{"a":1}}', '{}{}', '"unterminated', '\u0000', '{"__proto__":{"admin":true}}', '\ufeff\ufeff{}', ''),
      fc.string({ unit: 'grapheme', maxLength: 50 }).filter((s) => !isJson(s)),
    )
    .map((payload) => ({ why: 'text that is not JSON', payload, type: 'application/json' })),
  fc
    .tuple(
      fc.constantFrom('application/xml', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', 'text/html', 'application/octet-stream', 'image/png', 'application/jsonx', 'json'),
      fc.constantFrom('<a/>', '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--', 'a=1&b=2', '{}', '\u0089PNG'),
    )
    .map(([type, payload]) => ({ why: `a ${type} body`, payload, type })),
);

function isJson(s: string): boolean {
  try {
    JSON.parse(s);
    return true;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Requests for one route, each certainly refused.

function badRequests(route: RouteSpec, adminToken: string): fc.Arbitrary<BadRequest> {
  const validBody = validBodyOf(route);
  const withBody = (headers: Record<string, string>) =>
    validBody === undefined ? { headers } : { headers: { ...headers, 'content-type': 'application/json' }, payload: JSON.stringify(validBody) };
  // Who calls: a bogus token is refused everywhere; no token only where one is needed; the administrator only with bad input.
  const caller = fc.oneof({ arbitrary: fc.constant('admin' as const), weight: 3 }, { arbitrary: fc.constant('none' as const), weight: 1 }).map((who): Record<string, string> => (who === 'admin' ? { authorization: `Bearer ${adminToken}` } : {}));
  const kinds: Array<fc.WeightedArbitrary<Omit<BadRequest, 'method'>>> = [];
  const add = (arbitrary: fc.Arbitrary<Omit<BadRequest, 'method'>>, weight = 3) => kinds.push({ arbitrary, weight });
  add(bogusAuthorization.map((authorization) => ({ why: `the bogus Authorization ${JSON.stringify(authorization.slice(0, 60))}`, refusals: ['invalid_token', 'bad_credentials'], url: urlOf(route), ...withBody({ authorization }) })), 1);
  if (route.secured) add(fc.constant({ why: 'no token', refusals: [], url: urlOf(route), ...withBody({}) }), 1);
  if (route.params.length > 0) {
    // The router refuses a URL it cannot decode or a parameter over its length limit before any route runs.
    const refusals = ['invalid_input', 'bad_url', 'path_parameter_too_long', 'route_not_found'];
    add(fc.tuple(caller, fc.constantFrom(...route.params), badParam).map(([headers, name, value]) => ({ why: `the path parameter ${name}=${value.slice(0, 60)}`, refusals, url: urlOf(route, { [name]: value }), ...withBody(headers) })));
  }
  if (Object.keys(route.query).length > 0) {
    add(fc.tuple(caller, badQuery(route)).map(([headers, query]) => ({ why: `the query ${query.slice(0, 80)}`, refusals: ['invalid_input'], url: urlOf(route, {}, query), ...withBody(headers) })));
  }
  if (route.method !== 'GET') {
    add(fc.tuple(caller, unparseableBody).map(([headers, b]) => ({ why: b.why, refusals: ['invalid_json', 'unsupported_media_type'], url: urlOf(route), headers: { ...headers, 'content-type': b.type }, payload: b.payload })));
  }
  if (route.body) {
    add(fc.tuple(caller, badJsonBody(route.body)).map(([headers, b]) => ({ why: b.why, refusals: ['invalid_input'], url: urlOf(route), headers: { ...headers, 'content-type': 'application/json' }, payload: b.payload })), 6);
    add(fc.tuple(caller, fc.string({ unit: 'grapheme', maxLength: 50 })).map(([headers, text]) => ({ why: 'a text/plain body', refusals: ['invalid_input'], url: urlOf(route), headers: { ...headers, 'content-type': 'text/plain' }, payload: text })), 1);
    add(caller.map((headers) => ({ why: 'no body at all', refusals: ['invalid_input'], url: urlOf(route), headers })), 1);
    add(caller.map((headers) => ({ why: 'a body over the default size limit', refusals: ['payload_too_large', 'invalid_input'], url: urlOf(route), headers: { ...headers, 'content-type': 'application/json' }, payload: `"${'x'.repeat(1024 * 1024 + 10)}"` })), 1); // routes that take files allow more, and refuse a bare string
  }
  return fc.tuple(fc.oneof(...kinds), acceptLanguage).map(([r, lang]) => ({
    ...r,
    refusals: route.secured && r.headers.authorization === undefined ? [...r.refusals, 'unauthenticated'] : r.refusals,
    method: route.method,
    headers: { ...r.headers, 'accept-language': lang },
  }));
}

// ---------------------------------------------------------------------------------------------
// The store's fingerprint: every table's row count and content, and the audit head.

async function fingerprint(store: Store): Promise<string> {
  const tables =
    store.dialect === 'sqlite'
      ? await sql<{ name: string }>`select name from sqlite_master where type = 'table' order by name`.execute(store.db)
      : await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = current_schema() order by table_name`.execute(store.db);
  const parts: string[] = [];
  for (const { name } of tables.rows) {
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(store.db);
    const lines = rows.rows.map((r) => JSON.stringify(r)).sort();
    parts.push(`${name}: ${lines.length} rows ${createHash('sha256').update(lines.join('\n')).digest('hex')}`);
  }
  const head = await store.db.selectFrom('audit_head').select(['seq', 'hash']).executeTakeFirstOrThrow();
  parts.push(`audit head: ${head.seq} ${head.hash}`);
  return parts.join('\n');
}

// ---------------------------------------------------------------------------------------------

const SNAKE_ID = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;

describeStores('bad input to every route', (stores) => {
  it(
    'is refused with a 4xx in the one error shape and changes nothing',
    async () => {
      const t = await startTestApp(await stores.open());
      await seedRegistry(t.runtime);
      await t.tokenFor('member');
      const routes = await routesOf(t);
      expect(routes.length).toBeGreaterThan(20);
      const before = await fingerprint(t.store);
      const numRuns = stores.dialect === 'sqlite' ? 100 : 10;

      for (const route of routes) {
        await fc.assert(
          fc.asyncProperty(badRequests(route, t.adminToken), async (req) => {
            const res = await t.app.inject({ method: req.method, url: req.url, headers: req.headers, ...(req.payload === undefined ? {} : { payload: req.payload }) });
            const what = `${route.method} ${route.path} with ${req.why}: ${req.method} ${req.url.slice(0, 120)} → ${res.statusCode} ${res.body.slice(0, 300)}`;
            if (res.statusCode < 400 || res.statusCode >= 500) throw new Error(`not a 4xx: ${what}`);
            const body = JSON.parse(res.body) as { error?: unknown; status?: unknown; message?: unknown; messages?: Record<string, unknown> };
            const lang = langOf(req.headers['accept-language']);
            const shaped =
              typeof body.error === 'string' &&
              SNAKE_ID.test(body.error) &&
              body.status === res.statusCode &&
              typeof body.messages?.['zh-CN'] === 'string' &&
              body.messages['zh-CN'].length > 0 &&
              typeof body.messages.en === 'string' &&
              body.messages.en.length > 0 &&
              body.message === body.messages[lang];
            if (!shaped) throw new Error(`not the error shape: ${what}`);
            // The JSON parser refuses prototype-poisoning keys (__proto__, constructor.prototype) before validation.
            const poisoned = typeof req.payload === 'string' && /"(__proto__|constructor)"/.test(req.payload);
            const refusals = poisoned ? [...req.refusals, 'invalid_json'] : req.refusals;
            if (!refusals.includes(body.error as string)) throw new Error(`refused for another reason than ${req.refusals.join(' or ')}: ${what}`);
            const after = await fingerprint(t.store);
            if (after !== before) throw new Error(`the store changed: ${what}\n${before}\n---\n${after}`);
          }),
          { numRuns },
        );
      }
      expect(await fingerprint(t.store)).toBe(before);
      expect((await t.call('GET', '/api/auth/me', { token: t.adminToken })).status).toBe(200);
    },
    180_000,
  );

  it('does not serve files outside the API documentation folder', async () => {
    const t = await startTestApp(await stores.open());
    for (const url of ['/api/docs/static/..%2F..%2F..%2Fpackage.json', '/api/docs/static/%2e%2e/%2e%2e/%2e%2e/package.json', '/api/docs/static/../../../package.json', '/api/docs/static/....//....//package.json']) {
      const res = await t.call('GET', url);
      expect([url, res.status >= 400 && res.status < 500, res.text.includes('"name": "plenum"') || res.text.includes('"name":"plenum"')]).toEqual([url, true, false]);
    }
  });
});
