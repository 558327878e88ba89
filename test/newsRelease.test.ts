/**
 * The news release of the congress's closing sitting on the demo data, as the secretariat sends it
 * out: the rostrum seated, 500 of 523 deputies checked in at the desk, three of the demo's draft
 * resolutions opened, voted on the deputies' pads and closed. The release states the attendance
 * sentence, the presider and the other executive chairs in stroke order, the rostrum front row
 * first, each adopted resolution with its votes and the non-voting attendees; the press may read
 * it, and its .docx is a GB/T 9704 page that LibreOffice turns into A4 pages.
 */
import { expect, it } from 'vitest';
import { describeStores } from '../src/store/testing.js';
import { startTestApp } from '../src/server/testing.js';
import { execute, type Actor } from '../src/server/operation.js';
import { loadDemo } from '../src/demo/loadDemo.js';
import { castVote } from '../src/modules/voting/castVote.js';
import { compareNames } from '../src/modules/protocol/rules/collation.js';
import { attributesOf, convertToPdf, docxPart } from '../src/modules/publishing/testing.js';

type Choice = 'yes' | 'no' | 'abstain';

describeStores('the news release of the congress closing sitting on the demo data', (stores) => {
  it('states attendance, presiding, rostrum, adopted resolutions with their votes and attendees, in .md, .html and a GB/T 9704 .docx', async () => {
    const t = await startTestApp(await stores.open());
    const demo = await loadDemo(t.runtime);
    const congress = demo.bodies.find((b) => b.kind === 'people-congress')!;
    const desk = await t.tokenFor('secretariat');
    const press = await t.tokenFor('press');
    const screen = await t.tokenFor('screen');
    const call = (method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown, token = desk) => t.call(method, url, { token, ...(body === undefined ? {} : { body }) });

    const [closing] = await t.store.db.selectFrom('meetings').select('id').where('session_id', '=', congress.session.id).where('kind', '=', 'closing').execute();
    const meetingId = closing!.id;
    const detail = (await call('GET', `/api/meetings/${meetingId}`)).body;
    const presiding = detail.presiding[0];
    const presider = presiding.presider.name as string;
    const chairs = presiding.executiveChairs as Array<{ membershipId: number; name: string }>;

    // The rostrum: the city's party secretary and mayor beside the standing committee's chair in
    // front; the vice-chairs behind, each row in protocol order.
    const [chair, ...viceChairs] = chairs;
    const rostrum = {
      rows: [
        [{ name: '韩文博', title: '中共云州市委书记' }, { membershipId: chair!.membershipId }, { name: '沈清和', title: '云州市人民政府市长' }, ...viceChairs.slice(0, 2).map((c) => ({ membershipId: c.membershipId }))],
        viceChairs.slice(2).map((c) => ({ membershipId: c.membershipId })),
      ],
    };
    expect((await call('PUT', `/api/meetings/${meetingId}/rostrum`, rostrum)).status).toBe(200);
    const front = ['韩文博', chair!.name, '沈清和', ...viceChairs.slice(0, 2).map((c) => c.name)];
    const back = viceChairs.slice(2).map((c) => c.name);

    // 500 of 523 deputies check in at the desk.
    const members = await t.store.db
      .selectFrom('memberships')
      .select(['id', 'person_id'])
      .where('term_id', '=', congress.term.id)
      .orderBy('key')
      .execute();
    expect(members).toHaveLength(523);
    const voters = members.slice(0, 500);
    for (let i = 0; i < voters.length; i += 50) {
      const answers = await Promise.all(voters.slice(i, i + 50).map((m) => call('POST', `/api/meetings/${meetingId}/check-ins`, { membershipId: m.id })));
      expect(answers.every((a) => a.status === 201)).toBe(true);
    }

    // Three of the demo's draft resolutions: opened, voted on the pads, closed.
    const motions = (await call('GET', `/api/meetings/${meetingId}/motions`)).body as Array<{ id: number; title: string; status: string }>;
    expect(motions.map((m) => m.status)).toEqual(Array(6).fill('draft'));
    const pad = (m: { id: number; person_id: number }): Actor => ({ label: `pad:${m.id}`, role: 'member', accountId: null, personId: m.person_id, bodyId: congress.id });
    const vote = async (motion: { id: number }, yes: number, no: number, abstain: number) => {
      expect((await call('POST', `/api/motions/${motion.id}/open`, {})).status).toBe(200);
      const choices: Choice[] = [...Array<Choice>(yes).fill('yes'), ...Array<Choice>(no).fill('no'), ...Array<Choice>(abstain).fill('abstain')];
      for (let i = 0; i < choices.length; i += 50) {
        await Promise.all(choices.slice(i, i + 50).map((choice, j) => execute(t.runtime, castVote, { motionId: motion.id, choice }, pad(voters[i + j]!))));
      }
      const closed = await call('POST', `/api/motions/${motion.id}/close`, {});
      expect(closed.status).toBe(200);
      return closed.body.result;
    };
    const [government, plan, budget] = motions as [(typeof motions)[number], (typeof motions)[number], (typeof motions)[number]];
    expect((await vote(government, 480, 5, 10)).sentence).toBe('赞成480票，反对5票，弃权10票，未按表决器5人，通过。');
    expect((await vote(plan, 490, 4, 6)).sentence).toBe('赞成490票，反对4票，弃权6票，未按表决器0人，通过。');
    expect((await vote(budget, 470, 20, 8)).sentence).toBe('赞成470票，反对20票，弃权8票，未按表决器2人，通过。');
    await call('PUT', `/api/motions/${government.id}/resolution-text`, { text: '云州市第十六届人民代表大会第三次会议批准市人民政府工作报告。\n会议号召全市人民团结奋斗。' });

    // The release, in Markdown, read by the press.
    const list = await call('GET', `/api/meetings/${meetingId}/documents`, undefined, press);
    expect(list.body.documents.map((d: { name: string }) => d.name)).toEqual(['news-release']);
    const md = await call('GET', `/api/meetings/${meetingId}/documents/news-release.md`, undefined, press);
    expect(md.status).toBe(200);
    expect(md.headers['content-type']).toBe('text/markdown; charset=utf-8');
    const text = md.text.replace(/\\/g, '');
    expect(text).toContain('云州讯\u30001月12日上午，云州市第十六届人民代表大会第三次会议在云州市人民会堂举行闭幕会。本次大会应到代表523人，实到500人，符合法定人数。');
    const others = chairs.map((c) => c.name).filter((n) => n !== presider);
    const presidingLine = new RegExp(`大会执行主席${presider}主持会议。担任本次会议执行主席的还有：(.+)（以姓氏笔画为序）。`).exec(text);
    expect(presidingLine).not.toBeNull();
    const listed = presidingLine![1]!.split('、');
    expect([...listed].sort()).toEqual([...others].sort());
    for (let i = 1; i < listed.length; i++) expect(compareNames(listed[i - 1]!, listed[i]!)).toBeLessThanOrEqual(0);
    expect(text).toContain(`在主席台前排就座的有${front.join('、')}；在主席台就座的还有${back.join('、')}。`);
    expect(text).toContain(`会议表决通过了${government.title}，赞成480票，反对5票，弃权10票。`);
    expect(text).toContain(`会议表决通过了${plan.title}，赞成490票，反对4票，弃权6票。`);
    expect(text).toContain(`会议表决通过了${budget.title}，赞成470票，反对20票，弃权8票。`);
    expect(text).toContain('市人民政府组成人员列席会议。');
    // Motions still in draft are not reported.
    for (const m of motions.slice(3)) expect(text).not.toContain(m.title);

    // The other documents are the secretariat's; the press and the screen are refused them.
    expect((await call('GET', `/api/meetings/${meetingId}/documents/presiding-script.html`, undefined, press)).body.error).toBe('forbidden');
    expect((await call('GET', `/api/meetings/${meetingId}/documents/news-release.html`, undefined, screen)).status).toBe(403);
    const unknown = await call('GET', `/api/meetings/${meetingId}/documents/minutes.docx`);
    expect([unknown.status, unknown.body.error]).toEqual([404, 'document_not_found']);
    const script = await call('GET', `/api/meetings/${meetingId}/documents/presiding-script.html`);
    expect(script.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(script.text).toContain('本次大会应到代表523人，实到500人，符合法定人数。现在开会。');
    expect(script.text).toContain('表决结果：赞成480票，反对5票，弃权10票，未按表决器5人，通过。');
    const resolutions = await call('GET', `/api/sessions/${congress.session.id}/documents/resolutions.md`);
    expect(resolutions.text.replace(/\\/g, '')).toContain('<p align="center">（2025年1月12日云州市第十六届人民代表大会第三次会议通过）</p>\n\n云州市第十六届人民代表大会第三次会议批准市人民政府工作报告。');

    // The .docx: named in Chinese, laid out per GB/T 9704, A4 pages once converted.
    const docx = await call('GET', `/api/meetings/${meetingId}/documents/news-release.docx`, undefined, press);
    expect(docx.status).toBe(200);
    expect(docx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(docx.headers['content-disposition']).toBe(
      `attachment; filename="meeting-${meetingId}-news-release.docx"; filename*=UTF-8''${encodeURIComponent('十六届人大三次会议闭幕会新闻通稿.docx')}`,
    );
    const bytes = (await t.app.inject({ method: 'GET', url: `/api/meetings/${meetingId}/documents/news-release.docx`, headers: { authorization: `Bearer ${press}` } })).rawPayload;
    const xml = await docxPart(bytes, 'word/document.xml');
    expect(attributesOf(xml, 'pgSz')).toMatchObject({ w: '11906', h: '16838' });
    expect(attributesOf(xml, 'pgMar')).toMatchObject({ top: '2098', bottom: '1984', left: '1587', right: '1474' });
    expect(attributesOf(xml, 'docGrid')).toEqual({ type: 'lines', linePitch: '579' });
    expect(xml).toContain('w:eastAsia="方正小标宋简体"');
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(xml).toContain('本次大会应到代表523人，实到500人，符合法定人数。');
    const pdf = await convertToPdf(bytes);
    if (pdf !== null) {
      expect(pdf.width).toBeCloseTo(595.3, 0);
      expect(pdf.height).toBeCloseTo(841.9, 0);
      expect(pdf.pages).toBeGreaterThanOrEqual(1);
    }
  }, 300_000);
});
