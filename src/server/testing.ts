/**
 * A Plenum app for tests, on a store the test opened: called in-process through Fastify's
 * `inject` (no network), with a first administrator already signed in. Call it inside a test;
 * the app closes when the test finishes (the store is closed by whoever opened it).
 *
 * @example
 * describeStores('registry', (stores) => {
 *   it('creates a body', async () => {
 *     const t = await startTestApp(await stores.open());
 *     const res = await t.call('POST', '/api/bodies', { token: t.adminToken, body: { ... } });
 *     expect(res.status).toBe(201);
 *   });
 * });
 */
import type { OutgoingHttpHeaders } from 'node:http';
import { onTestFinished } from 'vitest';
import { buildApp } from './app.js';
import { EventBus } from './events.js';
import { execute, SYSTEM, type Runtime } from './operation.js';
import type { PlenumApp } from './routing.js';
import type { AccountRole } from './permissions.js';
import type { Store } from '../store/store.js';
import { bootstrapAdmin } from '../modules/accounts/bootstrapAdmin.js';
import { createAccount } from '../modules/accounts/createAccount.js';
import { createBody } from '../modules/registry/createBody.js';
import { createTerm } from '../modules/registry/createTerm.js';
import { createSession } from '../modules/registry/createSession.js';
import { createGroup } from '../modules/registry/createGroup.js';

/** The password of every account `tokenFor` creates. */
export const TEST_PASSWORD = 'test-password-1';

export type Method = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS';

export interface CallOptions {
  /** Sent as `Authorization: Bearer <token>`. */
  token?: string;
  /** An object or array is sent as JSON; a string or Buffer as is (set its content-type in `headers`). */
  body?: unknown;
  headers?: Record<string, string>;
}

export interface CallResult {
  status: number;
  /** The parsed JSON body, or undefined when the body is not JSON. */
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read whatever the route returns
  text: string;
  headers: OutgoingHttpHeaders;
}

export interface TestApp {
  app: PlenumApp;
  runtime: Runtime;
  store: Store;
  admin: { username: string; password: string };
  /** The bootstrapped administrator's bearer token. */
  adminToken: string;
  /** Creates an account of the role (through `accounts.createAccount`), signs it in through the API, returns its token. */
  tokenFor(role: AccountRole): Promise<string>;
  /** Signs in through the API; returns the token, or throws with the response when refused. */
  signIn(username: string, password: string): Promise<string>;
  call(method: Method, url: string, options?: CallOptions): Promise<CallResult>;
}

export async function startTestApp(store: Store): Promise<TestApp> {
  const runtime: Runtime = { store, events: new EventBus() };
  const admin = await bootstrapAdmin(runtime);
  if (!admin) throw new Error('startTestApp needs an empty store: accounts already exist');
  const app = await buildApp({ runtime });
  onTestFinished(() => app.close());

  const call = async (method: Method, url: string, options: CallOptions = {}): Promise<CallResult> => {
    const headers: Record<string, string> = {};
    if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
    let payload: string | Buffer | undefined;
    if (typeof options.body === 'string' || Buffer.isBuffer(options.body)) {
      payload = options.body;
    } else if (options.body !== undefined) {
      payload = JSON.stringify(options.body);
      headers['content-type'] = 'application/json';
    }
    Object.assign(headers, options.headers);
    const res = await app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload }) });
    let body: unknown;
    try {
      body = res.body === '' ? undefined : JSON.parse(res.body);
    } catch {
      body = undefined;
    }
    return { status: res.statusCode, body, text: res.body, headers: res.headers };
  };

  const signIn = async (username: string, password: string): Promise<string> => {
    const res = await call('POST', '/api/auth/sign-in', { body: { username, password } });
    if (res.status !== 200) throw new Error(`sign-in of ${username} refused: ${res.status} ${res.text}`);
    return (res.body as { token: string }).token;
  };

  let accounts = 0;
  const tokenFor = async (role: AccountRole): Promise<string> => {
    const username = `${role}-${++accounts}`;
    await execute(runtime, createAccount, { username, displayName: `Test ${role}`, password: TEST_PASSWORD, role }, SYSTEM);
    return signIn(username, TEST_PASSWORD);
  };

  return { app, runtime, store, admin, adminToken: await signIn(admin.username, admin.password), tokenFor, signIn, call };
}

export interface Seeded {
  bodyId: number;
  termId: number;
  sessionId: number;
  groupId: number;
  personId: number;
  membershipId: number;
}

/**
 * A consultative conference with its 13th term, 3rd session, one sector and one active member
 * (张三, key A001). The registry rows go through their operations; the person and membership are
 * inserted directly, as no roster operation exists yet.
 */
export async function seedRegistry(runtime: Runtime): Promise<Seeded> {
  const body = await execute(
    runtime,
    createBody,
    { kind: 'cppcc', level: 'city', name: '政协云州市委员会', nameEn: 'Yunzhou CPPCC Committee', region: '云州市', regionEn: 'Yunzhou' },
    SYSTEM,
  );
  const term = await execute(runtime, createTerm, { bodyId: body.id, ordinal: 13 }, SYSTEM);
  const session = await execute(runtime, createSession, { termId: term.id, ordinal: 3 }, SYSTEM);
  const group = await execute(runtime, createGroup, { bodyId: body.id, kind: 'sector', name: '经济界' }, SYSTEM);
  const { db } = runtime.store;
  const person = await db
    .insertInto('people')
    .values({ body_id: body.id, name: '张三', gender: '男', ethnicity: '汉族', birth: '1970-01', phone: null, id_number: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  const membership = await db
    .insertInto('memberships')
    .values({ body_id: body.id, term_id: term.id, person_id: person.id, group_id: group.id, key: 'A001', role: 'member', title: null, start_date: null, end_date: null, status: 'active' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { bodyId: body.id, termId: term.id, sessionId: session.id, groupId: group.id, personId: person.id, membershipId: membership.id };
}
