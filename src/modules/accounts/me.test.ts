import { expect, it } from 'vitest';
import { describeStores } from '../../store/testing.js';
import { startTestApp } from '../../server/testing.js';
import { permissionsOf, Roles } from '../../server/permissions.js';

describeStores('GET /api/auth/me', (stores) => {
  it('shows the signed-in account and the permissions its role holds', async () => {
    const t = await startTestApp(await stores.open());
    for (const role of Roles) {
      const token = role === 'admin' ? t.adminToken : await t.tokenFor(role);
      const res = await t.call('GET', '/api/auth/me', { token });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        account: {
          id: expect.any(Number),
          username: role === 'admin' ? 'admin' : `${role}-${Roles.indexOf(role)}`,
          displayName: role === 'admin' ? '系统管理员' : `Test ${role}`,
          role,
          bodyId: null,
          personId: null,
          disabled: false,
          createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
        },
        permissions: permissionsOf(role),
      });
    }
    expect((await t.call('GET', '/api/auth/me', { token: await t.tokenFor('member') })).body.permissions).toEqual(['attendance.self', 'proposals.submit', 'proposals.view', 'public.view', 'self.use', 'voting.cast']);
  });
});
