import { describe, expect, it } from 'vitest';
import { describeStores } from '../store/testing.js';
import { can, permissionsOf, Roles, type Permission, type Role } from './permissions.js';
import { seedRegistry, startTestApp, TEST_PASSWORD, type Method, type Seeded } from './testing.js';

describe('the permission catalogue', () => {
  it('gives each role exactly these permissions, implied ones included', () => {
    expect(Object.fromEntries([...Roles, 'anonymous' as const].map((r) => [r, permissionsOf(r)]))).toEqual({
      admin: ['accounts.manage', 'accounts.view', 'attendance.manage', 'attendance.self', 'attendance.view', 'audit.verify', 'credentials.issue', 'documents.generate', 'documents.release', 'meeting.manage', 'proposals.handle', 'proposals.manage', 'proposals.review', 'proposals.submit', 'proposals.view', 'public.view', 'registry.manage', 'registry.view', 'roster.manage', 'roster.view', 'system.admin', 'voting.manage'],
      secretariat: ['attendance.manage', 'attendance.self', 'attendance.view', 'credentials.issue', 'documents.generate', 'documents.release', 'meeting.manage', 'proposals.handle', 'proposals.manage', 'proposals.review', 'proposals.submit', 'proposals.view', 'public.view', 'registry.manage', 'registry.view', 'roster.manage', 'roster.view', 'voting.manage'],
      presider: ['attendance.view', 'documents.generate', 'documents.release', 'public.view', 'registry.view', 'roster.view'],
      member: ['attendance.self', 'proposals.submit', 'proposals.view', 'public.view', 'self.use', 'voting.cast'],
      screen: ['attendance.view', 'public.view'],
      press: ['attendance.view', 'documents.release', 'public.view'],
      committee: ['proposals.review', 'proposals.view', 'public.view'],
      unit: ['proposals.handle', 'public.view'],
      anonymous: ['auth.signIn'],
    });
  });

  it('answers can() from the same closure', () => {
    expect(can('secretariat', 'registry.view')).toBe(true);
    expect(can('secretariat', 'accounts.view')).toBe(false);
    expect(can('admin', 'self.use')).toBe(false);
    expect(can('anonymous', 'public.view')).toBe(false);
  });
});

interface Row {
  permission: Permission;
  method: Method;
  url: (s: Seeded & { victimId: number }) => string;
  /** A valid body; `n` makes it unique per call. */
  body?: (s: Seeded, n: number) => unknown;
  status: number;
}

/** One request per route, valid in every way but the caller's role. */
const ROUTES: Row[] = [
  { permission: 'public.view', method: 'GET', url: () => '/api/auth/me', status: 200 },
  { permission: 'accounts.view', method: 'GET', url: () => '/api/accounts', status: 200 },
  { permission: 'accounts.manage', method: 'POST', url: () => '/api/accounts', body: (_s, n) => ({ username: `new-${n}`, displayName: '新账户', password: 'long-enough-1', role: 'screen' }), status: 201 },
  { permission: 'accounts.manage', method: 'POST', url: (s) => `/api/accounts/${s.victimId}/revoke-tokens`, body: () => ({}), status: 200 },
  { permission: 'credentials.issue', method: 'POST', url: (s) => `/api/memberships/${s.membershipId}/credential`, body: () => ({}), status: 201 },
  { permission: 'registry.view', method: 'GET', url: () => '/api/bodies', status: 200 },
  { permission: 'registry.manage', method: 'POST', url: () => '/api/bodies', body: (_s, n) => ({ kind: 'generic', level: 'other', name: `机构${n}`, nameEn: `Body ${n}`, region: '', regionEn: '' }), status: 201 },
  { permission: 'registry.view', method: 'GET', url: (s) => `/api/bodies/${s.bodyId}`, status: 200 },
  { permission: 'registry.view', method: 'GET', url: (s) => `/api/bodies/${s.bodyId}/terms`, status: 200 },
  { permission: 'registry.manage', method: 'POST', url: (s) => `/api/bodies/${s.bodyId}/terms`, body: (_s, n) => ({ ordinal: 100 + n }), status: 201 },
  { permission: 'registry.view', method: 'GET', url: (s) => `/api/bodies/${s.bodyId}/groups`, status: 200 },
  { permission: 'registry.manage', method: 'POST', url: (s) => `/api/bodies/${s.bodyId}/groups`, body: (_s, n) => ({ kind: 'sector', name: `界别${n}` }), status: 201 },
  { permission: 'registry.manage', method: 'POST', url: (s) => `/api/terms/${s.termId}/sessions`, body: (_s, n) => ({ ordinal: 100 + n }), status: 201 },
  { permission: 'registry.view', method: 'GET', url: () => '/api/sessions', status: 200 },
  { permission: 'registry.view', method: 'GET', url: (s) => `/api/sessions/${s.sessionId}`, status: 200 },
  { permission: 'registry.view', method: 'GET', url: (s) => `/api/sessions/${s.sessionId}/meetings`, status: 200 },
  { permission: 'roster.view', method: 'GET', url: (s) => `/api/terms/${s.termId}/members`, status: 200 },
  { permission: 'proposals.view', method: 'GET', url: (s) => `/api/sessions/${s.sessionId}/proposals`, status: 200 },
  { permission: 'proposals.view', method: 'GET', url: (s) => `/api/sessions/${s.sessionId}/proposals/stats`, status: 200 },
  { permission: 'proposals.view', method: 'GET', url: (s) => `/api/bodies/${s.bodyId}/proposal-settings`, status: 200 },
  { permission: 'proposals.manage', method: 'GET', url: (s) => `/api/sessions/${s.sessionId}/proposals/overdue`, status: 200 },
  { permission: 'proposals.manage', method: 'POST', url: (s) => `/api/bodies/${s.bodyId}/handling-units`, body: (_s, n) => ({ name: `承办单位${n}` }), status: 201 },
  { permission: 'audit.verify', method: 'GET', url: () => '/api/audit/verify', status: 200 },
  { permission: 'audit.verify', method: 'GET', url: () => '/api/audit', status: 200 },
  // Signing in ignores any token sent with it, so every caller may sign in.
  { permission: 'auth.signIn', method: 'POST', url: () => '/api/auth/sign-in', body: () => ({ username: 'victim', password: TEST_PASSWORD }), status: 200 },
  // Last: it revokes the caller's token.
  { permission: 'public.view', method: 'POST', url: () => '/api/auth/sign-out', status: 200 },
];

describeStores('each role is refused what it lacks and served what it holds', (stores) => {
  it('walks every route for every role', async () => {
    const t = await startTestApp(await stores.open());
    const seeded = await seedRegistry(t.runtime);
    await t.tokenFor('screen'); // an account whose tokens may be revoked
    const victim = await t.store.db.selectFrom('accounts').select('id').where('role', '=', 'screen').executeTakeFirstOrThrow();
    await t.store.db.updateTable('accounts').set({ username: 'victim' }).where('id', '=', victim.id).execute();
    const ids = { ...seeded, victimId: victim.id };

    let n = 0;
    const outcomes: string[] = [];
    const expected: string[] = [];
    for (const role of [...Roles, 'anonymous'] as Role[]) {
      const token = role === 'anonymous' ? undefined : await t.tokenFor(role);
      for (const row of ROUTES) {
        const url = row.url(ids);
        const res = await t.call(row.method, url, {
          ...(token === undefined ? {} : { token }),
          ...(row.body ? { body: row.body(seeded, ++n) } : {}),
          headers: { 'accept-language': 'en' },
        });
        const held = row.permission === 'auth.signIn' || can(role, row.permission);
        const line = `${role} ${row.method} ${url}`;
        outcomes.push(`${line} → ${res.status} ${res.status >= 400 ? res.body?.message : ''}`);
        if (held) expected.push(`${line} → ${row.status} `);
        else if (role === 'anonymous') expected.push(`${line} → 401 Sign-in required: send a Bearer token in the Authorization header`);
        else expected.push(`${line} → 403 Role "${role}" lacks the permission "${row.permission}"`);
      }
    }
    expect(outcomes).toEqual(expected);
  });
});
