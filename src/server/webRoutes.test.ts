import { afterAll, describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { webRoutes } from './webRoutes.js';
import { installErrors } from './http.js';
import type { PlenumApp } from './routing.js';
import type { Runtime } from './operation.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** An app with only the web routes and the error vocabulary, serving `dir`. */
async function appServing(withBuild: boolean) {
  const dir = mkdtempSync(path.join(tmpdir(), 'plenum-web-'));
  dirs.push(dir);
  if (withBuild) {
    mkdirSync(path.join(dir, 'assets'));
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(path.join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
  }
  const app = Fastify();
  installErrors(app as unknown as PlenumApp);
  webRoutes(dir)(app as unknown as PlenumApp, {} as Runtime);
  await app.ready();
  return app;
}

describe('the web app', () => {
  it('answers its pages with index.html, never cached, and its hashed assets cached for a year', async () => {
    const app = await appServing(true);
    for (const url of ['/', '/console', '/console/sessions/3', '/pad', '/screen/12', '/sign-in']) {
      const res = await app.inject({ url });
      expect([url, res.statusCode]).toEqual([url, 200]);
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.body).toContain('<div id="root">');
    }
    const asset = await app.inject({ url: '/assets/index-abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await app.inject({ url: '/assets/missing.js' })).statusCode).toBe(404);
    for (const url of ['/assets/%2e%2e/index.html', '/assets/..%2findex.html', '/assets/sub/x.js']) expect([url, (await app.inject({ url })).statusCode]).toEqual([url, 404]);
  });

  it('keeps the JSON 404 for unknown API paths and unknown assets', async () => {
    const app = await appServing(true);
    const res = await app.inject({ url: '/api/nothing-here', headers: { 'accept-language': 'en' } });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: 'route_not_found', status: 404 });
    expect((await app.inject({ url: '/screen' })).statusCode).toBe(404);
  });

  it('says how to build the app when there is no build', async () => {
    const app = await appServing(false);
    const res = await app.inject({ url: '/screen/3' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toContain('npm run build');
    expect((await app.inject({ url: '/assets/index-abc123.js' })).statusCode).toBe(404);
  });
});
