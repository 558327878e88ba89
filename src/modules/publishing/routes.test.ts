import { expect, it } from 'vitest';
import { describeStores } from '../../store/testing.js';
import { execute, SYSTEM } from '../../server/operation.js';
import { startTestApp } from '../../server/testing.js';
import { createMotion } from '../voting/createMotion.js';
import { auditOf, en, seedSitting } from '../meetings/testing.js';

describeStores('publishing routes', (stores) => {
  it('publishing.setResolutionText: 401 → 400 → 403 → 404 → 200, stored once per motion and audited', async () => {
    const t = await startTestApp(await stores.open());
    const s = await seedSitting(t.runtime);
    const secretariat = await t.tokenFor('secretariat');
    const press = await t.tokenFor('press');
    const motion = await execute(t.runtime, createMotion, { meetingId: s.congress.meetingId, title: '关于市人民政府工作报告的决议', kind: 'recorded' }, SYSTEM);
    const url = `/api/motions/${motion.id}/resolution-text`;
    const put = (body: unknown, token?: string, to = url) => t.call('PUT', to, { ...(token ? { token } : {}), body, headers: en });

    expect((await put({ text: '决议' })).status).toBe(401);
    const blank = await put({ text: '   ' }, secretariat);
    expect([blank.status, blank.body.error]).toEqual([400, 'invalid_input']);
    const forbidden = await put({ text: '决议' }, press);
    expect([forbidden.status, forbidden.body.message]).toEqual([403, 'Role "press" lacks the permission "voting.manage"']);
    const missing = await put({ text: '决议' }, secretariat, '/api/motions/999/resolution-text');
    expect([missing.status, missing.body.error]).toEqual([404, 'motion_not_found']);

    expect((await put({ text: '第一稿' }, secretariat)).status).toBe(200);
    const set = await put({ text: '会议批准市人民政府工作报告。' }, secretariat);
    expect(set.body).toEqual({ bodyId: s.congress.bodyId, meetingId: s.congress.meetingId, motionId: motion.id, text: '会议批准市人民政府工作报告。' });
    expect(await t.store.db.selectFrom('resolution_texts').select(['motion_id', 'text']).execute()).toEqual([{ motion_id: motion.id, text: '会议批准市人民政府工作报告。' }]);
    expect((await auditOf(t.runtime, 'publishing.setResolutionText')).map((a) => a.payload)).toEqual([
      { motionId: motion.id, text: '第一稿' },
      { motionId: motion.id, text: '会议批准市人民政府工作报告。' },
    ]);
  });

  it('lists and serves the documents each role may read, with their types and Chinese file names', async () => {
    const t = await startTestApp(await stores.open());
    const s = await seedSitting(t.runtime);
    const secretariat = await t.tokenFor('secretariat');
    const press = await t.tokenFor('press');
    const member = await t.tokenFor('member');
    const id = s.congress.meetingId;
    const get = (url: string, token?: string) => t.call('GET', url, { ...(token ? { token } : {}), headers: en });

    expect((await get(`/api/meetings/${id}/documents`)).status).toBe(401);
    expect((await get(`/api/meetings/${id}/documents`, member)).status).toBe(403);
    expect((await get('/api/meetings/999/documents', secretariat)).body.error).toBe('meeting_not_found');
    const all = await get(`/api/meetings/${id}/documents`, secretariat);
    expect(all.body.documents.map((d: { name: string; label: string }) => [d.name, d.label])).toEqual([
      ['presiding-script', '主持词'],
      ['news-release', '新闻通稿'],
      ['bulletin', '简报'],
      ['resolutions', '决议'],
    ]);
    expect(all.body.documents[1].files).toEqual([`/api/meetings/${id}/documents/news-release.docx`, `/api/meetings/${id}/documents/news-release.html`, `/api/meetings/${id}/documents/news-release.md`]);
    expect((await get(`/api/meetings/${id}/documents`, press)).body.documents.map((d: { name: string }) => d.name)).toEqual(['news-release']);
    expect((await get(`/api/sessions/${s.congress.sessionId}/documents`, secretariat)).body.documents.map((d: { name: string }) => d.name)).toEqual(['resolutions', 'proposal-review']);

    const badFormat = await get(`/api/meetings/${id}/documents/news-release.pdf`, secretariat);
    expect([badFormat.status, badFormat.body.error]).toEqual([400, 'invalid_input']);
    const unknown = await get(`/api/meetings/${id}/documents/minutes.html`, secretariat);
    expect([unknown.status, unknown.body.error, unknown.body.message]).toEqual([404, 'document_not_found', 'No meeting document is named "minutes"; there are: presiding-script, news-release, bulletin, resolutions']);
    expect((await get(`/api/sessions/${s.congress.sessionId}/documents/news-release.md`, secretariat)).body.error).toBe('document_not_found');
    expect((await get(`/api/meetings/999/documents/news-release.md`, secretariat)).body.error).toBe('meeting_not_found');
    expect((await get(`/api/meetings/${id}/documents/bulletin.md`, press)).status).toBe(403);

    const html = await get(`/api/meetings/${id}/documents/bulletin.html`, secretariat);
    expect(html.status).toBe(200);
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(html.headers['content-disposition']).toBe(`inline; filename="meeting-${id}-bulletin.html"; filename*=UTF-8''${encodeURIComponent('十六届人大三次会议第一次全体会议简报.html')}`);
    expect(html.text).toContain('本次大会应到代表4人，实到0人，不足法定人数。');
    const docx = await get(`/api/meetings/${id}/documents/presiding-script.docx`, secretariat);
    expect(docx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(docx.headers['content-disposition']).toMatch(/^attachment; /);
    // The model itself, for the console's presiding-script view: the same blocks the page renders.
    const model = await get(`/api/meetings/${id}/documents/bulletin.json`, secretariat);
    expect([model.status, model.headers['content-type']]).toEqual([200, 'application/json; charset=utf-8']);
    expect(model.body.blocks.some((b: { kind: string; text?: string }) => b.kind === 'paragraph' && b.text?.includes('本次大会应到代表4人，实到0人，不足法定人数。'))).toBe(true);
  });
});
