/**
 * The console's sessions section in a real browser (Debian's chromium, 1280×800) against a real
 * Plenum process with the demo: the administrator creates a sitting in the congress's session, which
 * becomes the sitting in scope; sets its two-item agenda (reordered before saving), names its
 * presider and two executive chairs found by roster search, adds a 列席 line; the stored sitting is
 * checked exactly through the API. Then a session's days that end before they start are refused, in
 * the server's Chinese words. Any console error fails the test; screenshots go to
 * test/artifacts/sessions-*.png.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { browserTest } from './fixtures/browserTest.js';
import { demoCongress, signInOnPage } from './fixtures/demoServer.js';


interface Member {
  membershipId: number;
  personId: number;
  name: string;
  title: string | null;
  groupId: number | null;
  groupName: string | null;
}

/** Picks `name` in the roster search behind the select with this test id. */
async function pickMember(page: Page, testId: string, name: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.getByTestId(testId).locator('input').fill(name);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: name }).click();
}

browserTest('creates a sitting and plans it: agenda, presiding, a non-voting line; refuses days that run backwards', { server: 'sessions', viewport: { width: 1280, height: 800 } }, async ({ demo, browser }) => {
  const { call } = demo;
  const { sessionId, termId } = await demoCongress(demo);
  // Three deputies whose names the roster search finds alone.
  const roster = (await call('GET', `/api/terms/${termId}/members?status=active&limit=40`)).members as Member[];
  const unique: Member[] = [];
  for (const m of roster) {
    if (unique.length === 3) break;
    if ((await call('GET', `/api/terms/${termId}/members?status=active&q=${encodeURIComponent(m.name)}`)).total === 1) unique.push(m);
  }
  const [presider, chairA, chairB] = unique as [Member, Member, Member];

  const { page } = browser;
  await page.goto(`${demo.server.base}/console/sessions`);
  await signInOnPage(page, 'admin', demo.adminPassword);
  const sessionRow = page.getByTestId(`session-${sessionId}`);
  await sessionRow.waitFor();
  const choose = sessionRow.getByRole('button', { name: '设为当前' });
  if (await choose.isEnabled()) await choose.click();
  await expect.poll(() => page.getByTestId('scope-session').textContent()).toBe('云州市第十六届人民代表大会第三次会议');
  await browser.screenshot('sessions-01-sessions-and-sittings');

  // A new sitting: it becomes the sitting in scope.
  const title = '第四次全体会议';
  await page.getByTestId('new-sitting').click();
  await page.getByTestId('sitting-title').fill(title);
  await page.getByTestId('sitting-start').fill('2025-01-11T15:00');
  await page.getByTestId('sitting-venue').fill('云州市人民会堂');
  await page.getByRole('dialog').getByRole('button', { name: /保\s*存/ }).click();
  await page.getByText('已新建会次').waitFor();
  await expect.poll(() => page.getByTestId('scope-meeting').textContent()).toBe(title);
  const meetingId = ((await call('GET', `/api/sessions/${sessionId}/meetings`)) as { id: number; title: string }[]).find((m) => m.title === title)!.id;

  // Its plan: two agenda items, the second moved up before saving.
  await page.getByRole('tab', { name: `会次安排：${title}` }).click();
  await page.getByTestId('sitting-in-scope').getByText(title).waitFor();
  const agenda = page.getByTestId('agenda-editor');
  await page.getByTestId('agenda-add').click();
  await page.getByTestId('agenda-add').click();
  const rows = agenda.getByTestId('agenda-row');
  await rows.nth(0).getByTestId('agenda-title').fill('审议市人民代表大会常务委员会工作报告');
  await rows.nth(1).getByTestId('agenda-title').fill('听取市人民政府关于重点民生实事项目的说明');
  await rows.nth(1).getByLabel('报告人/讲话人').fill('副市长 何明远');
  await rows.nth(1).getByRole('button', { name: '上移' }).click();
  await page.getByTestId('agenda-save').click();
  await page.getByText('议程已保存').waitFor();

  // Presiding: found by search.
  await pickMember(page, 'presider', presider.name);
  await pickMember(page, 'executive-chairs', chairA.name);
  await pickMember(page, 'executive-chairs', chairB.name);
  await page.keyboard.press('Escape');
  await page.getByTestId('presiding-save').click();
  await page.getByText('主持安排已保存').waitFor();

  // One 列席 line with its head count.
  await page.getByTestId('attendee-name').fill('市监察委员会组成人员');
  await page.getByTestId('attendee-count').fill('12');
  await page.getByTestId('attendee-add').click();
  await page.getByText('已添加列席名单').waitFor();
  await page.getByTestId('attendee-lines').getByText('市监察委员会组成人员').waitFor();
  await browser.screenshot('sessions-02-sitting-plan');

  const stored = await call('GET', `/api/meetings/${meetingId}`);
  const person = (m: Member) => ({ membershipId: m.membershipId, personId: m.personId, name: m.name, title: m.title, groupId: m.groupId, groupName: m.groupName });
  expect({ title: stored.title, kind: stored.kind, startsAt: stored.startsAt, venue: stored.venue, sessionId: stored.sessionId }).toEqual({
    title,
    kind: 'plenary',
    // The venue's offset, taken from the session's other sittings.
    startsAt: '2025-01-11T15:00:00+08:00',
    venue: '云州市人民会堂',
    sessionId,
  });
  expect(stored.agenda.map(({ id: _, ...a }: { id: number }) => a)).toEqual([
    { ordinal: 1, kind: 'report', title: '听取市人民政府关于重点民生实事项目的说明', speaker: '副市长 何明远', stageId: null },
    { ordinal: 2, kind: 'report', title: '审议市人民代表大会常务委员会工作报告', speaker: null, stageId: null },
  ]);
  expect(stored.presiding).toEqual([{ stageId: null, presider: person(presider), standingChair: null, executiveChairs: [person(chairA), person(chairB)] }]);
  expect(stored.attendees).toEqual([
    { id: expect.any(Number), stageId: null, role: 'nonvoting', kind: 'person', name: '市监察委员会组成人员', title: null, groupId: null, groupName: null, termId: null, termOrdinal: null, bodyId: null, bodyName: null, count: 12 },
  ]);

  // A session whose last day comes before its first: refused, in the server's words.
  await page.getByRole('tab', { name: '会议与会次' }).click();
  browser.tolerate = /status of 422/;
  await sessionRow.getByTestId('edit-dates').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('start-date').fill('2025-01-12');
  await dialog.getByTestId('end-date').fill('2025-01-08');
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect.poll(() => dialog.getByTestId('error').textContent()).toBe(`会议(次) ${sessionId} 的闭幕日期 2025-01-08 早于开幕日期 2025-01-12`);
  await browser.screenshot('sessions-03-dates-refused');
  browser.tolerate = null;
  expect((await call('GET', `/api/sessions/${sessionId}`)).endDate).toBe('2025-01-12');

});
