import { expect, it } from 'vitest';
import { describeStores } from '../../store/testing.js';
import type { Store } from '../../store/store.js';
import { EventBus, type PlenumEvent } from '../../server/events.js';
import { execute, SYSTEM, type Runtime } from '../../server/operation.js';
import { buildApp } from '../../server/app.js';
import type { PlenumApp } from '../../server/routing.js';
import { createAccount } from '../accounts/createAccount.js';
import { createBody } from '../registry/createBody.js';
import { createTerm } from '../registry/createTerm.js';
import { createSession } from '../registry/createSession.js';
import type { AccountRole } from '../../server/permissions.js';
import { createMeeting } from './createMeeting.js';

async function tokenFor(runtime: Runtime, app: PlenumApp, username: string, role: AccountRole): Promise<string> {
  const password = 'correct horse battery';
  await execute(runtime, createAccount, { username, displayName: username, password, role }, SYSTEM);
  const signedIn = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { username, password } });
  return signedIn.json().token as string;
}

async function setUp(store: Store) {
  const runtime: Runtime = { store, events: new EventBus() };
  const body = await execute(runtime, createBody, { kind: 'cppcc', level: 'city', name: '中国人民政治协商会议云州市委员会', nameEn: 'Yunzhou CPPCC', region: '云州市', regionEn: 'Yunzhou' }, SYSTEM);
  const term = await execute(runtime, createTerm, { bodyId: body.id, ordinal: 13 }, SYSTEM);
  const session = await execute(runtime, createSession, { termId: term.id, ordinal: 3 }, SYSTEM);
  const app = await buildApp({ runtime });
  const secretariat = await tokenFor(runtime, app, 'sec', 'secretariat');
  const presider = await tokenFor(runtime, app, 'presider', 'presider');
  return { runtime, app, bodyId: body.id, sessionId: session.id, secretariat, presider };
}

const opening = { kind: 'opening', title: '开幕会', startsAt: '2025-01-08T09:00:00+08:00', venue: '云州市人民会堂' };

describeStores('meetings.createMeeting', (stores) => {
  it('walks 401 → 400 → 403 → 404 → 201, stores the row and writes the audit entry', async () => {
    const { runtime, app, bodyId, sessionId, secretariat, presider } = await setUp(await stores.open());
    const url = `/api/sessions/${sessionId}/meetings`;
    const post = (payload: object, token?: string, to = url) =>
      app.inject({ method: 'POST', url: to, payload, headers: { 'accept-language': 'en', ...(token ? { authorization: `Bearer ${token}` } : {}) } });

    const anonymous = await post(opening);
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().error).toBe('unauthenticated');

    const bad = await post({ kind: 'opening' }, secretariat);
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: 'invalid_input', message: "Invalid input: body must have required property 'title'" });

    const badTime = await post({ ...opening, startsAt: '2025-13-08 09:00' }, secretariat);
    expect(badTime.statusCode).toBe(400);
    expect(badTime.json().details.map((d: { path: string }) => d.path)).toEqual(['body/startsAt']);

    const forbidden = await post(opening, presider);
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().message).toBe('Role "presider" lacks the permission "registry.manage"');

    const missing = await post(opening, secretariat, '/api/sessions/999/meetings');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ error: 'session_not_found', message: 'Session 999 does not exist' });

    const created = await post(opening, secretariat);
    expect(created.statusCode).toBe(201);
    const meeting = created.json();
    expect(meeting).toEqual({ bodyId, id: meeting.id, sessionId, kind: 'opening', ordinal: 1, title: '开幕会', startsAt: '2025-01-08T09:00:00+08:00', venue: '云州市人民会堂' });

    const rows = await runtime.store.db.selectFrom('meetings').select(['id', 'body_id', 'session_id', 'kind', 'ordinal', 'title', 'starts_at', 'venue']).execute();
    expect(rows).toEqual([{ id: meeting.id, body_id: bodyId, session_id: sessionId, kind: 'opening', ordinal: 1, title: '开幕会', starts_at: '2025-01-08T09:00:00+08:00', venue: '云州市人民会堂' }]);

    const audit = await runtime.store.db.selectFrom('audit_log').selectAll().where('operation', '=', 'meetings.createMeeting').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actor).toMatch(/^account:\d+ \(sec\)$/);
    expect(audit[0]!.body_id).toBe(bodyId);
    expect(JSON.parse(audit[0]!.payload)).toEqual({ ...opening, sessionId, meetingId: meeting.id, ordinal: 1 });

    const got = await app.inject({ method: 'GET', url: `/api/meetings/${meeting.id}`, headers: { authorization: `Bearer ${presider}` } });
    expect(got.statusCode).toBe(200);
    expect(got.json()).toEqual({
      id: meeting.id,
      bodyId,
      sessionId,
      kind: 'opening',
      ordinal: 1,
      title: '开幕会',
      startsAt: '2025-01-08T09:00:00+08:00',
      venue: '云州市人民会堂',
      padCheckIn: false,
      quorum: {
        override: null,
        inForce: { base: 'all', num: 1, den: 2, inclusive: false, fixed: null, citation: '《中国人民政治协商会议章程》', rule: '全体组成人员过半数', ruleEn: 'more than half of all members' },
      },
      stages: [],
      agenda: [],
      presiding: [],
      attendees: [],
      rostrum: [],
    });
    await app.close();
  });

  it('takes the next free ordinal, refuses a taken one and publishes meeting.created', async () => {
    const { runtime, app, bodyId, sessionId } = await setUp(await stores.open());
    const seen: PlenumEvent[] = [];
    runtime.events.subscribe((e) => seen.push(e));

    const first = await execute(runtime, createMeeting, { sessionId, kind: 'opening', title: '开幕会' }, SYSTEM);
    const third = await execute(runtime, createMeeting, { sessionId, kind: 'closing', title: '闭幕会', ordinal: 3 }, SYSTEM);
    const next = await execute(runtime, createMeeting, { sessionId, kind: 'plenary', title: '第二次全体会议' }, SYSTEM);
    expect([first.ordinal, third.ordinal, next.ordinal]).toEqual([1, 3, 4]);

    await expect(execute(runtime, createMeeting, { sessionId, kind: 'plenary', title: '第二次全体会议', ordinal: 3 }, SYSTEM)).rejects.toMatchObject({
      status: 409,
      id: 'meeting_exists',
      messages: { en: `Session ${sessionId} already has meeting 3, "闭幕会" (meeting ${third.id})` },
    });

    const stored = await runtime.store.db.selectFrom('meetings').select(['ordinal', 'kind', 'title', 'starts_at', 'venue']).orderBy('ordinal').execute();
    expect(stored).toEqual([
      { ordinal: 1, kind: 'opening', title: '开幕会', starts_at: null, venue: null },
      { ordinal: 3, kind: 'closing', title: '闭幕会', starts_at: null, venue: null },
      { ordinal: 4, kind: 'plenary', title: '第二次全体会议', starts_at: null, venue: null },
    ]);
    expect(seen.map((e) => [e.type, e.bodyId, e.meetingId])).toEqual([
      ['meeting.created', bodyId, first.id],
      ['meeting.created', bodyId, third.id],
      ['meeting.created', bodyId, next.id],
    ]);

    const missing = await app.inject({ method: 'GET', url: '/api/meetings/999', headers: { 'accept-language': 'en' } });
    expect(missing.statusCode).toBe(401);
    await app.close();
  });
});
