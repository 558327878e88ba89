import { describe, expect, it } from 'vitest';
import { describeStores } from '../store/testing.js';
import { startTestApp } from './testing.js';
import { langOf } from './errors.js';

describe('langOf', () => {
  it('answers in English only when English is asked for first', () => {
    expect(langOf('en')).toBe('en');
    expect(langOf('en-GB,zh;q=0.5')).toBe('en');
    expect(langOf('zh-CN,en;q=0.8')).toBe('zh-CN');
    expect(langOf('fr')).toBe('zh-CN');
    expect(langOf(undefined)).toBe('zh-CN');
    expect(langOf('')).toBe('zh-CN');
  });
});

// Each of these once left Fastify's own error shape or a wrong message; they are answered in the one vocabulary.
describeStores('HTTP errors outside any route', (stores) => {
  it('names a URL that cannot be decoded, a path parameter that is too long, and an unknown endpoint', async () => {
    const t = await startTestApp(await stores.open());

    const badUrl = await t.call('GET', '/api/bodies/%E0%A4%A', { token: t.adminToken });
    expect(badUrl.status).toBe(400);
    expect(badUrl.body).toEqual({
      error: 'bad_url',
      status: 400,
      message: '请求地址无法解码：/api/bodies/%E0%A4%A',
      messages: { 'zh-CN': '请求地址无法解码：/api/bodies/%E0%A4%A', en: 'The request URL cannot be decoded: /api/bodies/%E0%A4%A' },
    });

    const long = `/api/bodies/${'1'.repeat(101)}`;
    const tooLong = await t.call('GET', long, { headers: { 'accept-language': 'en' } });
    expect(tooLong.status).toBe(414);
    expect(tooLong.body).toEqual({
      error: 'path_parameter_too_long',
      status: 414,
      message: `A path parameter in the request URL is too long: ${long}`,
      messages: { 'zh-CN': `请求地址中的路径参数过长：${long}`, en: `A path parameter in the request URL is too long: ${long}` },
    });

    const unknown = await t.call('DELETE', '/api/bodies?x=1', { headers: { 'accept-language': 'en' } });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ error: 'route_not_found', status: 404, message: 'No such endpoint: DELETE /api/bodies' });
  });

  it('names the content type refused, the body limit and a Content-Length that does not match', async () => {
    const t = await startTestApp(await stores.open());
    const en = { 'accept-language': 'en' };

    const xml = await t.call('POST', '/api/bodies', { token: t.adminToken, body: '<body/>', headers: { ...en, 'content-type': 'application/xml' } });
    expect(xml.status).toBe(415);
    expect(xml.body).toMatchObject({
      error: 'unsupported_media_type',
      messages: { 'zh-CN': '不支持的内容类型：application/xml', en: 'Unsupported content type: application/xml' },
    });

    const none = await t.call('POST', '/api/bodies', { token: t.adminToken, body: '{}', headers: { ...en, 'content-type': '' } });
    expect(none.status).toBe(415);
    expect(none.body).toMatchObject({ error: 'unsupported_media_type', message: 'Unsupported content type: (none given)' });

    const huge = await t.call('POST', '/api/bodies', { token: t.adminToken, body: `"${'x'.repeat(1024 * 1024)}"`, headers: { ...en, 'content-type': 'application/json' } });
    expect(huge.status).toBe(413);
    expect(huge.body).toMatchObject({
      error: 'payload_too_large',
      messages: { 'zh-CN': '请求体超过 1048576 字节的上限', en: 'The request body exceeds the limit of 1048576 bytes' },
    });

    const short = await t.call('POST', '/api/bodies', { token: t.adminToken, body: '{}', headers: { ...en, 'content-type': 'application/json', 'content-length': '5' } });
    expect(short.status).toBe(400);
    expect(short.body).toMatchObject({
      error: 'invalid_content_length',
      messages: { 'zh-CN': '请求体的长度与 Content-Length 头不符', en: 'The request body size does not match its Content-Length header' },
    });

    const broken = await t.call('POST', '/api/bodies', { token: t.adminToken, body: '{"kind":', headers: { ...en, 'content-type': 'application/json' } });
    expect(broken.status).toBe(400);
    expect(broken.body).toMatchObject({
      error: 'invalid_json',
      message: "The request body is not valid JSON: Body is not valid JSON but content-type is set to 'application/json'",
    });

    const poisoned = await t.call('POST', '/api/bodies', { token: t.adminToken, body: '{"__proto__":{"admin":true}}', headers: { ...en, 'content-type': 'application/json' } });
    expect(poisoned.status).toBe(400);
    expect(poisoned.body).toMatchObject({ error: 'invalid_json' });

    expect(await t.store.db.selectFrom('bodies').selectAll().execute()).toEqual([]);
  });
});

// Schema coercion turned the text "Infinity" (or "1e400") into a number that skipped an integer's
// maximum; on PostgreSQL it then failed in SQL with a 500.
describeStores('a number that is not finite', (stores) => {
  it('is refused as invalid input wherever coercion could produce it', async () => {
    const t = await startTestApp(await stores.open());
    const cases: Array<[string, 'GET' | 'POST', string, unknown]> = [
      ['params/id', 'GET', '/api/bodies/Infinity', undefined],
      ['params/id', 'GET', '/api/terms/1e400/members', undefined],
      ['params/id', 'GET', '/api/sessions/-Infinity', undefined],
      ['querystring/limit', 'GET', '/api/audit?limit=Infinity', undefined],
      ['querystring/bodyId', 'GET', '/api/sessions?bodyId=1e999', undefined],
      ['params/id', 'POST', '/api/bodies/Infinity/groups', { kind: 'sector', name: '界别' }],
      ['body/sortOrder', 'POST', '/api/bodies/1/groups', { kind: 'sector', name: '界别', sortOrder: 'Infinity' }],
    ];
    for (const [path, method, url, body] of cases) {
      const res = await t.call(method, url, { token: t.adminToken, body, headers: { 'accept-language': 'en' } });
      expect([url, res.status, res.body]).toEqual([
        url,
        400,
        {
          error: 'invalid_input',
          status: 400,
          message: `Invalid input: ${path} must be a finite number`,
          messages: { 'zh-CN': `输入有误：${path} must be a finite number`, en: `Invalid input: ${path} must be a finite number` },
          details: [{ path, message: 'must be a finite number' }],
        },
      ]);
    }
    // Still 401 before 400, and 400 before 403.
    expect((await t.call('GET', '/api/bodies/Infinity')).body.error).toBe('unauthenticated');
    expect((await t.call('GET', '/api/audit?limit=Infinity', { token: await t.tokenFor('press') })).body.error).toBe('invalid_input');
  });
});
