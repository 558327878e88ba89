import { expect, it } from 'vitest';
import { describeStores } from '../store/testing.js';
import { VERSION } from '../version.js';
import { startTestApp } from './testing.js';

interface Operation {
  operationId?: string;
  security?: Array<Record<string, string[]>>;
  parameters?: Array<{ in: string; name: string; required?: boolean }>;
  responses?: Record<string, unknown>;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head'];

describeStores('GET /api/openapi.json', (stores) => {
  it('is an OpenAPI 3.1 document naming every operation once and saying whether it needs a token', async () => {
    const t = await startTestApp(await stores.open());
    const res = await t.call('GET', '/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = res.body as {
      openapi: string;
      info: { title: string; version: string };
      paths: Record<string, Record<string, Operation>>;
      components: { securitySchemes: Record<string, unknown> };
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info).toMatchObject({ title: 'Plenum API', version: VERSION });
    expect(doc.components.securitySchemes).toEqual({ bearer: { type: 'http', scheme: 'bearer' } });

    const ids: string[] = [];
    const problems: string[] = [];
    const publicOps: string[] = [];
    for (const [path, item] of Object.entries(doc.paths)) {
      if (path.startsWith('/api/docs')) continue;
      for (const [method, op] of Object.entries(item)) {
        if (!METHODS.includes(method)) continue;
        const where = `${method.toUpperCase()} ${path}`;
        if (!op.operationId) problems.push(`${where} has no operationId`);
        else if (!/^[a-z]+\.[a-z][A-Za-z]+$/.test(op.operationId)) problems.push(`${where}: operationId ${op.operationId} is not module.verbNoun`);
        ids.push(op.operationId ?? '');
        if (!op.responses || Object.keys(op.responses).length === 0) problems.push(`${where} lists no responses`);
        for (const name of [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1])) {
          if (!op.parameters?.some((p) => p.in === 'path' && p.name === name && p.required)) problems.push(`${where} does not declare path parameter ${name}`);
        }
        if (!Array.isArray(op.security)) {
          problems.push(`${where} says neither that it needs a token nor that it is public (security: [])`);
          continue;
        }
        for (const s of op.security) for (const scheme of Object.keys(s)) if (!(scheme in doc.components.securitySchemes)) problems.push(`${where}: unknown scheme ${scheme}`);
        // The document must say what the server does: a secured operation answers 401 without a token, a public one does not.
        const probe = await t.call(method.toUpperCase() as 'GET', path.replace(/\{\w+\}/g, '1'));
        const refused = probe.status === 401 && probe.body?.error === 'unauthenticated';
        if (op.security.length === 0) publicOps.push(op.operationId ?? where);
        if (op.security.length > 0 && !refused) problems.push(`${where} is documented as needing a token but answers ${probe.status} without one`);
        if (op.security.length === 0 && refused) problems.push(`${where} is documented as public but refuses a caller without a token`);
      }
    }
    expect(problems).toEqual([]);
    expect(ids.length).toBeGreaterThan(15);
    expect(new Set(ids).size).toBe(ids.length);
    expect(publicOps.sort()).toEqual(['accounts.signIn', 'server.health']);
  });
});
