/**
 * The console's protocol tools, presiding script and documents in a real browser (Debian's
 * chromium, 1280×800) against a real Plenum process with the demo, the demo congress's closing
 * sitting in scope: the administrator orders four pasted names by strokes and sees the server's
 * exact order; the sitting's rostrum chart is drawn; the presiding script shows the attendance
 * sentence, which follows two check-ins live in the server's exact words, and a vote's result
 * sentence once it closes; the news release downloads as a .docx under the server's name. Any
 * console error fails the test; screenshots go to test/artifacts/{protocol,script,documents}-*.png.
 */
import { statSync } from 'node:fs';
import { expect } from 'vitest';
import { browserTest } from './fixtures/browserTest.js';
import { demoCongress, signInOnPage } from './fixtures/demoServer.js';


browserTest('orders names, shows the rostrum, keeps the presiding script live and downloads a document', { server: 'protocol', viewport: { width: 1280, height: 800 } }, async ({ demo, browser }) => {
  const { call } = demo;
  const { termId, meetings } = await demoCongress(demo);
  // The demo's sittings are in the past: the console's scope opens on the last one, the closing sitting.
  const closing = meetings.at(-1)!;
  const detail = await call('GET', `/api/meetings/${closing.id}`);

  const { page } = browser;
  await page.goto(`${demo.server.base}/console/protocol`);
  await signInOnPage(page, 'admin', demo.adminPassword);
  await expect.poll(() => page.getByTestId('scope-meeting').textContent()).toContain(closing.title);

  // Four names by strokes: the server's exact order, numbered, under its statement.
  const names = ['韩文博', '王林峰', '张佳勇', '刘红'];
  const sorted = await call('POST', '/api/protocol/sort', { names, by: 'strokes' });
  await page.getByTestId('sort-input').fill(names.join('\n'));
  await page.getByTestId('sort-run').click();
  await expect.poll(() => page.getByTestId('sorted-name').allTextContents()).toEqual(sorted.names);
  expect(sorted.names).not.toEqual(names);
  await page.getByText(`（${sorted.statement as string}）`).waitFor();
  await browser.screenshot('protocol-01-sorted-by-strokes');

  // The rostrum the demo seated: the chart drawn, the list row by row.
  await page.getByRole('tab', { name: '主席台座次' }).click();
  expect(new URL(page.url()).pathname).toBe('/console/protocol/rostrum');
  const chart = page.getByTestId('rostrum-chart');
  await expect.poll(() => chart.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth > 0)).toBe(true);
  await expect.poll(() => page.getByTestId('rostrum-list').textContent()).toContain(detail.rostrum[0].people[0].name as string);
  await browser.screenshot('protocol-02-rostrum');

  // The presiding script: the attendance sentence as the server counts it, then live after two check-ins.
  await page.getByTestId('console-menu').getByText('主持词').click();
  const before = await call('GET', `/api/meetings/${closing.id}/attendance`);
  const sentence = page.getByTestId('attendance-sentence');
  await expect.poll(() => sentence.textContent()).toBe(before.quorum.sentence);
  await expect.poll(() => page.getByTestId('connection').textContent()).toBe('人数实时更新');
  const roster = await call('GET', `/api/terms/${termId}/members?limit=2`);
  for (const m of roster.members as { membershipId: number }[]) await call('POST', `/api/meetings/${closing.id}/check-ins`, { membershipId: m.membershipId });
  const after = await call('GET', `/api/meetings/${closing.id}/attendance`);
  expect(after.present).toBe(before.present + 2);
  await expect.poll(() => sentence.textContent()).toBe(after.quorum.sentence);
  await browser.screenshot('script-01-live-attendance');
  // A vote closed: its result sentence appears in the script.
  const motion = ((await call('GET', `/api/meetings/${closing.id}/motions`)) as { id: number }[])[0]!;
  await call('POST', `/api/motions/${motion.id}/open`, {});
  const closed = await call('POST', `/api/motions/${motion.id}/close`, {});
  const result = page.getByTestId('vote-result').filter({ hasText: closed.result.sentence as string });
  await expect.poll(() => result.textContent()).toBe(`表决结果：${closed.result.sentence as string}`);
  await result.scrollIntoViewIfNeeded();
  await browser.screenshot('script-02-vote-result');

  // The news release as a .docx, saved under the server's own file name.
  await page.getByTestId('console-menu').getByText('文件').click();
  const [download, res] = await Promise.all([
    page.waitForEvent('download'),
    fetch(`${demo.server.base}/api/meetings/${closing.id}/documents/news-release.docx`, { headers: { authorization: `Bearer ${demo.admin}` } }),
    page.getByTestId('download-meeting-news-release-docx').click(),
  ]);
  const serverName = decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(res.headers.get('content-disposition')!)![1]!);
  expect(download.suggestedFilename()).toBe(serverName);
  expect(serverName.endsWith('.docx')).toBe(true);
  expect(statSync((await download.path())!).size).toBeGreaterThan(0);
  await browser.screenshot('documents-01-list');

});
