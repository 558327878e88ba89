import { expect, it, vi } from 'vitest';
import type { RouteModule } from './routing.js';
import { buildApp } from './app.js';
import { EventBus } from './events.js';
import { describeStores } from '../store/testing.js';

// The health module is replaced by one that can also register a route that forgets `config.access`.
const extra = vi.hoisted(() => ({ route: null as null | 'undeclared' | 'declared' }));

vi.mock('./healthRoutes.js', async (importOriginal) => {
  const original = await importOriginal<{ healthRoutes: RouteModule }>();
  const healthRoutes: RouteModule = (app, runtime) => {
    original.healthRoutes(app, runtime);
    if (extra.route === 'undeclared') app.get('/api/forgotten', async () => ({ leaked: true }));
    if (extra.route === 'declared') app.get('/api/remembered', { config: { access: 'registry.view' } }, async () => ({ ok: true }));
  };
  return { healthRoutes };
});

describeStores('every route declares who may call it', (stores) => {
  it('refuses to build an app with a route that declares no access, and builds it once the route declares one', async () => {
    const runtime = { store: await stores.open(), events: new EventBus() };

    extra.route = 'undeclared';
    await expect(buildApp({ runtime })).rejects.toThrow('Route GET /api/forgotten declares no access (config.access)');

    extra.route = 'declared';
    const app = await buildApp({ runtime });
    try {
      const res = await app.inject({ method: 'GET', url: '/api/remembered' });
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({ error: 'unauthenticated' });
    } finally {
      await app.close();
      extra.route = null;
    }
  });
});
