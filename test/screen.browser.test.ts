/**
 * The hall screen in a real browser (Debian's chromium, 1920×1080) against a real Plenum process
 * with the demo: a screen account signs in on the page, opens the congress's opening sitting, and
 * watches — deputies check in at the desk until the quorum is met (the server's exact sentence),
 * the server is restarted mid-way and the screen recovers on its own, a motion is opened (表决进行中),
 * voted on the pads and closed, and the screen shows the figures, the sentence and the chart.
 * Any console error or page error fails the test; screenshots go to test/artifacts/.
 */
import { expect } from 'vitest';
import { json } from './fixtures/plenumServer.js';
import { browserTest } from './fixtures/browserTest.js';
import { demoCongress, inBatches, signInOnPage } from './fixtures/demoServer.js';


browserTest('shows attendance, the quorum and a vote live, and recovers after a server restart', { server: 'screen', viewport: { width: 1920, height: 1080 } }, async ({ demo, browser }) => {
  const { call } = demo;

  // The congress's opening sitting in the demo, and its 523 deputies.
  const { termId, meetings } = await demoCongress(demo);
  const meeting = meetings[0]!;
  const roster = await call('GET', `/api/terms/${termId}/members?limit=1000`);
  expect(roster.total).toBe(523);
  const members = (roster.members as { membershipId: number }[]).map((m) => m.membershipId);

  // A screen account, signed in on the page itself.
  await call('POST', '/api/accounts', { username: 'hall-screen', displayName: '会场大屏', password: 'screen-password-1', role: 'screen' });
  const { page } = browser;
  await page.goto(`${demo.server.base}/screen/${meeting.id}`);
  // A wrong password: the server's own message, in Chinese, then in English after the switch.
  const refusal = await fetch(`${demo.server.base}/api/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'hall-screen', password: 'wrong-password' }) });
  const { messages } = (await refusal.json()) as { messages: Record<'zh-CN' | 'en', string> };
  browser.tolerate = /status of 401/;
  await page.getByLabel('用户名').fill('hall-screen');
  await page.getByLabel('密码').fill('wrong-password');
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await expect.poll(() => page.getByTestId('sign-in-error').textContent()).toBe(messages['zh-CN']);
  await browser.screenshot('screen-00-sign-in-refused');
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect.poll(() => page.getByTestId('sign-in-error').textContent()).toBe(messages.en);
  await page.getByRole('button', { name: /中\s*文/ }).click();
  browser.tolerate = null;
  await signInOnPage(page, 'hall-screen', 'screen-password-1');
  const quorum = page.getByTestId('quorum');
  await expect.poll(() => quorum.textContent()).toBe('本次大会应到代表523人，实到0人，不足法定人数。');
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(meeting.title);
  expect(await page.getByTestId('figure-expected').textContent()).toBe('523人');
  await expect.poll(() => page.getByTestId('connection').textContent()).toBe('实时更新');
  await browser.screenshot('screen-01-before-checkin');

  // Pad credentials for 360 deputies; 200 check in at the desk.
  const pads: string[] = [];
  for (const id of members.slice(0, 360)) pads.push((await call('POST', `/api/memberships/${id}/credential`, {})).token as string);
  const checkIn = (credential: string) => call('POST', `/api/meetings/${meeting.id}/check-ins`, { credential });
  await inBatches(pads.slice(0, 200), 50, checkIn);
  await expect.poll(() => page.getByTestId('figure-present').textContent()).toBe('200人');
  await browser.screenshot('screen-02-checkin-under-way');

  // The server goes down and comes back on the same port; the screen reconnects by itself.
  browser.tolerate = /ERR_CONNECTION_REFUSED|ERR_EMPTY_RESPONSE|ERR_CONNECTION_RESET|ERR_INCOMPLETE_CHUNKED_ENCODING/;
  demo.server.child.kill('SIGKILL');
  await demo.server.closed;
  await expect.poll(() => page.getByTestId('connection').textContent()).toContain('正在重连');
  await browser.screenshot('screen-03-reconnecting');
  await demo.restart();
  await expect.poll(() => page.getByTestId('connection').textContent(), { timeout: 15_000 }).toBe('实时更新');
  browser.tolerate = null;

  // The rest check in after the restart: the quorum is met, in the server's words.
  await inBatches(pads.slice(200), 50, checkIn);
  await expect.poll(() => quorum.textContent()).toBe('本次大会应到代表523人，实到360人，符合法定人数。');
  expect(await page.getByTestId('figure-absent').textContent()).toBe('163人');
  await browser.screenshot('screen-04-quorum-met');

  // A motion opened: its title and 表决进行中; then 300 for, 20 against, 10 abstaining on the pads.
  const motion = await call('POST', `/api/meetings/${meeting.id}/motions`, { title: '关于云州市2025年国民经济和社会发展计划的决议', kind: 'recorded' });
  await call('POST', `/api/motions/${motion.id}/open`, {});
  await expect.poll(() => page.getByTestId('motion').textContent()).toBe('关于云州市2025年国民经济和社会发展计划的决议表决进行中');
  await browser.screenshot('screen-05-voting');
  const choices = [...Array(300).fill('yes'), ...Array(20).fill('no'), ...Array(10).fill('abstain')] as string[];
  await inBatches(choices.map((choice, i) => ({ choice, token: pads[i]! })), 50, ({ choice, token }) => call('POST', `/api/motions/${motion.id}/votes`, { choice }, token));
  const closed = await call('POST', `/api/motions/${motion.id}/close`, {});
  expect(closed.result.sentence).toBe('赞成300票，反对20票，弃权10票，未按表决器30人，通过。');

  await expect.poll(() => page.getByTestId('motion-sentence').textContent()).toBe(closed.result.sentence);
  expect(await page.getByTestId('motion-verdict').textContent()).toBe('通过');
  const figures = await page.locator('.screen-motion-figure').allTextContents();
  expect(figures).toEqual(['赞成300', '反对20', '弃权10', '未按表决器30']);
  expect(await page.getByTestId('result-chart').locator('canvas').count()).toBeGreaterThan(0);
  await browser.screenshot('screen-06-vote-result');

  // The old board address, token and all, lands on the new screen, signed in by that token.
  const { page: fresh } = browser;
  await fresh.evaluate('localStorage.clear()');
  const screenToken = (await json(demo.server.base, 'POST', '/api/auth/sign-in', null, { username: 'hall-screen', password: 'screen-password-1' })).token as string;
  await fresh.goto(`${demo.server.base}/board/${meeting.id}?token=${screenToken}`);
  await expect.poll(() => fresh.getByTestId('motion-sentence').textContent()).toBe(closed.result.sentence);
  expect(new URL(fresh.url()).pathname + new URL(fresh.url()).search).toBe(`/screen/${meeting.id}`);

}, 90_000);
