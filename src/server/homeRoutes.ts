import type { RouteModule } from './routing.js';
import { listBodies, listSessions } from '../modules/registry/queries.js';
import { presentSession } from '../modules/registry/presenters.js';
import { VERSION } from '../version.js';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The page a person sees at `/`: what is running, which sessions the store holds, where the API
 * is documented. The web app (console, pad, screen) replaces it.
 */
export const homeRoutes: RouteModule = (app, runtime) => {
  app.get('/', { schema: { hide: true }, config: { access: 'anyone' } }, async (_request, reply) => {
    const db = runtime.store.db;
    const bodies = new Map((await listBodies(db)).map((b) => [b.id, b]));
    const sessions = (await listSessions(db)).map((s) => presentSession(s, { ordinal: s.term_ordinal }, bodies.get(s.body_id)!));
    const items = sessions.length
      ? sessions.map((s) => `<li>${escape(s.name)}<br><small>${escape(s.shortName)} · ${escape(s.nameEn)}</small></li>`).join('')
      : '<li>尚无会议数据 / No sessions yet</li>';
    reply.type('text/html; charset=utf-8');
    return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Plenum 会议系统</title>
<style>body{font-family:system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;max-width:48rem;margin:3rem auto;padding:0 1rem;line-height:1.6;color:#222}
h1{color:#b71c1c}li{margin:.6rem 0}small{color:#666}a{color:#0d47a1}</style></head>
<body><h1>Plenum 会议系统</h1>
<p>服务运行正常（版本 ${escape(VERSION)}，存储：${escape(runtime.store.dialect)}）。<br><small>Plenum is running (version ${escape(VERSION)}, store: ${escape(runtime.store.dialect)}).</small></p>
<h2>会议 <small>Sessions</small></h2><ul>${items}</ul>
<h2>接口 <small>API</small></h2>
<ul><li><a href="/api/docs">接口文档 API documentation</a></li><li><a href="/api/openapi.json">OpenAPI 文档 (JSON)</a></li><li><a href="/api/health">健康检查 Health</a></li></ul>
</body></html>`;
  });
};
