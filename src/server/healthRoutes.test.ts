import { expect, it } from 'vitest';
import { describeStores } from '../store/testing.js';
import { migrations } from '../store/migrations/index.js';
import { VERSION } from '../version.js';
import { startTestApp } from './testing.js';

describeStores('GET /api/health', (stores) => {
  it('says the server is up, on which store, at the latest migration, and its version', async () => {
    const t = await startTestApp(await stores.open());
    const latest = Object.keys(migrations(stores.dialect)).sort().at(-1);
    const res = await t.call('GET', '/api/health');
    expect(res.status).toBe(200);
    expect(res.text).toBe(JSON.stringify({ status: 'ok', dialect: stores.dialect, schemaVersion: latest, version: VERSION }));
    expect(VERSION).toMatch(/^\d+\.\d+\.\d+/);
  });
});
