/**
 * The console's check-in desk and attendance dashboard in a real browser (Debian's chromium,
 * 1280×800) against a real Plenum process with the demo, at the congress's first sitting: the
 * administrator types a deputy's pinyin initials and presses Enter (checked in, stored), undoes it;
 * scans a credential link (the name, large), scans the same code again (already in), and a revoked
 * code (the server's refusal, in its words); approves a leave request made through the API. Then
 * the dashboard: figures and the quorum sentence follow check-ins made through the API, live, until
 * the quorum is met. Any console error fails the test; screenshots go to test/artifacts/.
 */
import { expect } from 'vitest';
import { browserTest } from './fixtures/browserTest.js';
import { demoCongress, signInOnPage } from './fixtures/demoServer.js';


interface Line {
  membershipId: number;
  key: string;
  name: string;
  state: string;
}

browserTest('checks deputies in at the desk by search and by scanner, decides leave, and shows the figures live', { server: 'desk', viewport: { width: 1280, height: 800 } }, async ({ demo, browser }) => {
  const { call } = demo;
  const { termId, meetings } = await demoCongress(demo);
  const meeting = meetings[0]!;
  const searchApi = async (q: string): Promise<Line[]> => (await call('GET', `/api/meetings/${meeting.id}/roster?q=${encodeURIComponent(q)}`)).members;
  const roster = (await call('GET', `/api/terms/${termId}/members?limit=400`)).members as { membershipId: number }[];

  const { page } = browser;
  await page.goto(`${demo.server.base}/console/desk`);
  // The sitting in scope: the congress's first (the console would pick the latest past one).
  await page.evaluate(`localStorage.setItem('plenum.console.meeting', '${meeting.id}')`);
  await signInOnPage(page, 'admin', demo.adminPassword);

  // The scanner field has the focus as the desk opens.
  await page.getByTestId('desk-scanner').waitFor();
  expect(await page.evaluate('document.activeElement.dataset.testid')).toBe('desk-scanner');

  // Pinyin initials, then Enter at once: the first match is checked in.
  const [first, second] = await searchApi('wx');
  expect(first!.state).toBe('absent');
  const search = page.getByTestId('desk-search');
  await search.click();
  await page.keyboard.type('wx');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByTestId('search-outcome').textContent()).toBe(`${first!.name} 签到成功`);
  expect((await searchApi(first!.key))[0]!.state).toBe('present');
  const firstRow = page.getByTestId('roster-row').first();
  await expect.poll(() => firstRow.getByTestId('member-state').textContent()).toBe('已签到');
  await browser.screenshot('desk-01-search-checked-in');

  // Undone, with the reason offered.
  await firstRow.getByTestId('row-undo').click();
  await page.getByRole('dialog').getByRole('button', { name: /确\s*定/ }).click();
  await expect.poll(() => page.getByTestId('search-outcome').textContent()).toBe(`已撤销 ${first!.name} 的签到`);
  await expect.poll(() => firstRow.getByTestId('member-state').textContent()).toBe('未签到');
  expect((await searchApi(first!.key))[0]!.state).toBe('absent');
  // The arrow keys move the highlight.
  await search.press('ArrowDown');
  await expect.poll(() => page.locator('[aria-selected="true"]').locator('.desk-row-name').textContent()).toBe(second!.name);

  // The scanner: the whole credential link, then Enter; the name, large; the field cleared.
  const scanned = roster[1]!.membershipId;
  const credential = await call('POST', `/api/memberships/${scanned}/credential`, {});
  const scanner = page.getByTestId('desk-scanner');
  await scanner.click();
  await page.keyboard.type(`${demo.server.base}/pad?token=${credential.token as string}`);
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByTestId('scan-name').textContent()).toBe(credential.name);
  await expect.poll(() => page.getByTestId('scan-status').textContent()).toMatch(/签到成功$/);
  expect(await scanner.inputValue()).toBe('');
  await expect.poll(() => page.getByTestId('desk-counter').textContent()).toBe('1 / 523');
  await browser.screenshot('desk-02-scanned');

  // The same code again: already in, nothing counted twice.
  await page.keyboard.type(credential.token as string);
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByTestId('scan-status').textContent()).toMatch(/已于 \d\d:\d\d:\d\d 签到，无需重复签到$/);

  // A card reissued: the old code is refused, in the server's own words.
  await call('POST', `/api/memberships/${scanned}/credential`, {});
  const refused = await fetch(`${demo.server.base}/api/meetings/${meeting.id}/check-ins`, {
    method: 'POST',
    headers: { authorization: `Bearer ${demo.admin}`, 'content-type': 'application/json', 'accept-language': 'zh-CN' },
    body: JSON.stringify({ credential: credential.token }),
  });
  const { error, messages } = (await refused.json()) as { error: string; messages: Record<'zh-CN' | 'en', string> };
  expect(error).toBe('credential_invalid');
  browser.tolerate = /status of 422/;
  await page.keyboard.type(credential.token as string);
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByTestId('scan-refusal').textContent()).toBe(messages['zh-CN']);
  expect(await scanner.inputValue()).toBe('');
  browser.tolerate = null;
  await browser.screenshot('desk-03-refused');

  // A leave request made elsewhere, approved at the desk.
  const absentee = roster[2]!.membershipId;
  const request = await call('POST', `/api/meetings/${meeting.id}/leave-requests`, { membershipId: absentee, reason: '赴省外出差' });
  const leaveList = page.getByTestId('leave-requests');
  await leaveList.getByRole('button', { name: /刷\s*新/ }).click();
  await expect.poll(() => leaveList.getByTestId('leave-reason').textContent()).toBe('赴省外出差');
  expect(await leaveList.getByTestId('leave-name').textContent()).toBe(request.name);
  await browser.screenshot('desk-04-leave-request');
  await leaveList.getByRole('button', { name: /^批\s*准$/ }).click();
  await expect.poll(() => leaveList.getByTestId('leave-request').count()).toBe(0);
  const approved = (await call('GET', `/api/meetings/${meeting.id}/leave-requests?status=approved`)) as { id: number }[];
  expect(approved.map((r) => r.id)).toEqual([request.id]);

  // The dashboard: one present, one on leave; then the API checks in up to the quorum (349 of 523).
  await page.getByTestId('console-menu').getByRole('link', { name: '出席情况' }).click();
  await expect.poll(() => page.getByTestId('figure-present').textContent()).toBe('1人');
  expect(await page.getByTestId('figure-expected').textContent()).toBe('523人');
  expect(await page.getByTestId('figure-leave').textContent()).toBe('1人');
  expect(await page.getByTestId('figure-absent').textContent()).toBe('521人');
  await expect.poll(() => page.getByTestId('connection').textContent()).toBe('实时更新');
  const before = await call('GET', `/api/meetings/${meeting.id}/attendance`);
  expect(await page.getByTestId('quorum-sentence').textContent()).toBe(before.quorum.sentence);
  expect(await page.getByTestId('quorum-verdict').textContent()).toBe('不足法定人数');
  expect(await page.getByTestId('group-chart').locator('canvas').count()).toBe(1);
  await browser.screenshot('attendance-01-before-quorum');

  const others = roster.map((m) => m.membershipId).filter((id) => id !== scanned && id !== absentee).slice(0, 348);
  // All at once: the server's write queue commits them in groups.
  await Promise.all(others.map((membershipId) => call('POST', `/api/meetings/${meeting.id}/check-ins`, { membershipId })));
  const after = await call('GET', `/api/meetings/${meeting.id}/attendance`);
  expect(after.quorum.met).toBe(true);
  await expect.poll(() => page.getByTestId('quorum-sentence').textContent()).toBe(after.quorum.sentence);
  expect(after.quorum.sentence).toBe('本次大会应到代表523人，实到349人，符合法定人数。');
  expect(await page.getByTestId('figure-present').textContent()).toBe('349人');
  expect(await page.getByTestId('figure-absent').textContent()).toBe('173人');
  expect(await page.getByTestId('quorum-verdict').textContent()).toBe('符合法定人数');
  // The first delegation's line in the table, as the server counts it.
  const group = after.groups[0] as { name: string; expected: number; present: number; leave: number; absent: number };
  const groupRow = page.getByTestId('group-table').getByRole('row').filter({ hasText: group.name });
  expect(await groupRow.getByRole('cell').allTextContents()).toEqual([group.name, ...[group.expected, group.present, group.leave, group.absent].map(String), `${((group.present / group.expected) * 100).toFixed(1)}%`]);
  await browser.screenshot('attendance-02-quorum-met');
  await page.getByRole('button', { name: 'English' }).click();
  await expect.poll(() => page.getByTestId('quorum-sentence').textContent()).toBe(after.quorum.sentenceEn);

});
