/**
 * The web app (console, pad, hall screen) as static files from `dist/web`, built by `vite build`.
 * Its pages are one `index.html` that routes in the browser, so `/`, `/console…`, `/pad…` and
 * `/screen/…` all answer with it (never `/api/…`, whose unknown paths keep their JSON 404). Hashed
 * assets are cached for a year; `index.html` is never cached, so a new build is picked up at once.
 * Without a build, `/` says how to make one instead of failing.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyReply } from 'fastify';
import type { RouteModule } from './routing.js';
import { escapeHtml } from './escapeHtml.js';
import { VERSION } from '../version.js';

/** `dist/web` beside the server, whether it runs from `src/server` (tests) or `dist/server`. */
export const WEB_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web');

/** The paths the browser app routes itself. */
export const APP_PATHS = ['/', '/console', '/console/*', '/pad', '/pad/*', '/screen/*', '/sign-in'] as const;

function missingBuildPage(): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Plenum 会议系统</title>
<style>body{font-family:system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;max-width:48rem;margin:3rem auto;padding:0 1rem;line-height:1.6;color:#222}h1{color:#b71c1c}code{background:#f3f3f3;padding:.1em .3em}</style></head>
<body><h1>Plenum 会议系统</h1>
<p>服务运行正常（版本 ${escapeHtml(VERSION)}），但网页应用尚未构建。请在项目目录运行 <code>npm run build</code> 后重新启动。<br>
<small>Plenum is running (version ${escapeHtml(VERSION)}), but the web app has not been built: run <code>npm run build</code> in the project folder and start again.</small></p>
<ul><li><a href="/api/docs">接口文档 API documentation</a></li><li><a href="/api/health">健康检查 Health</a></li></ul>
</body></html>`;
}

export function webRoutes(webDir = WEB_DIR): RouteModule {
  return (app) => {
    const built = existsSync(path.join(webDir, 'index.html'));
    const page = async (_request: unknown, reply: FastifyReply) => {
      if (!built) return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(missingBuildPage());
      return reply.header('cache-control', 'no-cache').sendFile('index.html', webDir, { cacheControl: false });
    };
    for (const url of APP_PATHS) app.get(url, { schema: { hide: true }, config: { access: 'anyone' } }, page);
    if (!built) return;
    // Routes of our own (each declares its access); the plugin only lends reply.sendFile.
    void app.register(fastifyStatic, { root: webDir, serve: false });
    app.get('/assets/*', { schema: { hide: true }, config: { access: 'anyone' } }, (request, reply) => {
      const file = (request.params as { '*': string })['*'];
      // Vite's assets sit flat in assets/; anything else (a path with `..`) is not one of them.
      if (!/^[\w.-]+$/.test(file) || file.startsWith('.')) return reply.callNotFound();
      return reply.sendFile(`assets/${file}`, webDir, { maxAge: '365d', immutable: true });
    });
    app.get('/favicon.svg', { schema: { hide: true }, config: { access: 'anyone' } }, (_request, reply) => reply.sendFile('favicon.svg', webDir, { maxAge: '1d' }));
  };
}
