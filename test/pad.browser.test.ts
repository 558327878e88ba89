/**
 * The member pad in a real browser (Debian's chromium, 360×740, a phone) against a real Plenum
 * process with the demo: staff allow pad check-in at the congress's opening sitting and issue one
 * deputy's credential; the deputy opens the credential link, sees their name, asks for leave, checks in with the
 * button, votes 赞成 (confirmed in a dialog) on a motion staff open, sees the acknowledgement, then
 * the result once closed (and in English); on a secret motion, the receipt code; a vote refused
 * after the desk undid the check-in, in the server's words. Any console error fails the test;
 * screenshots go to test/artifacts/pad-*.png.
 */
import { expect } from 'vitest';
import { browserTest } from './fixtures/browserTest.js';
import { demoCongress } from './fixtures/demoServer.js';


browserTest('signs a deputy in by the credential link, checks in and votes on the pad', { server: 'pad', viewport: { width: 360, height: 740 } }, async ({ demo, browser }) => {
  const { call } = demo;
  const { termId, meetings } = await demoCongress(demo);
  const meeting = meetings[0]!;
  await call('PATCH', `/api/meetings/${meeting.id}`, { padCheckIn: true });
  const roster = await call('GET', `/api/terms/${termId}/members?limit=1`);
  const member = roster.members[0] as { membershipId: number };
  const credential = await call('POST', `/api/memberships/${member.membershipId}/credential`, {});

  const { page } = browser;
  // The credential link signs in once and leaves the address clean.
  await page.goto(`${demo.server.base}/pad?token=${credential.token as string}`);
  await expect.poll(() => page.getByTestId('pad-member').textContent()).toBe(credential.name);
  expect(new URL(page.url()).search).toBe('');
  // The demo's sittings lie in the past: the pad shows the last; the deputy picks the opening one.
  await page.getByTestId('meeting-select').getByText(meetings.at(-1)!.title).waitFor();
  await page.getByTestId('meeting-select').click();
  await page.locator('.ant-select-item-option', { hasText: meeting.title }).click();
  await page.getByTestId('meeting-select').getByText(meeting.title).waitFor();
  await expect.poll(() => page.getByTestId('attendance-state').textContent()).toBe('未签到');
  await browser.screenshot('pad-01-signed-in');

  // A leave request with its reason: pending; then the deputy comes after all.
  await page.getByRole('button', { name: /请\s*假/ }).click();
  await page.getByLabel('请假事由').fill('赴京出差');
  await page.getByRole('button', { name: /提\s*交/ }).click();
  await expect.poll(() => page.getByTestId('leave-state').textContent()).toBe('请假申请待批准');

  await page.getByTestId('check-in').click();
  await expect.poll(() => page.getByTestId('attendance-state').textContent()).toBe('已签到');
  await expect.poll(() => page.getByTestId('connection').textContent()).toBe('实时更新');
  await browser.screenshot('pad-02-checked-in');

  // Staff open a motion: it appears live; 赞成, confirmed, acknowledged.
  const motion = await call('POST', `/api/meetings/${meeting.id}/motions`, { title: '关于云州市2025年国民经济和社会发展计划的决议', kind: 'recorded', allowChange: true });
  await call('POST', `/api/motions/${motion.id}/open`, {});
  await expect.poll(() => page.getByTestId('motion-title').textContent()).toBe(motion.title);
  await page.getByTestId('vote-yes').click();
  const dialog = page.getByRole('dialog');
  await expect.poll(() => dialog.textContent()).toContain('您的选择：赞成');
  await browser.screenshot('pad-03-confirm');
  await dialog.getByRole('button', { name: '确认投票' }).click();
  await expect.poll(() => page.getByTestId('vote-answer').textContent()).toContain('已投票');
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
  expect(await page.getByTestId('my-choice').textContent()).toBe('您的选择：赞成');
  await browser.screenshot('pad-04-voted');

  // After a reload the pad still knows the vote; the motion allows a change: 反对, stored as changed once.
  await page.reload();
  await expect.poll(() => page.getByTestId('my-choice').textContent()).toBe('您的选择：赞成');
  await page.getByTestId('change-vote').click();
  await page.getByTestId('vote-no').click();
  await page.getByRole('dialog').getByRole('button', { name: '确认投票' }).click();
  await expect.poll(() => page.getByTestId('my-choice').textContent()).toBe('您的选择：反对');
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
  expect(await call('GET', `/api/motions/${motion.id}/my-vote`, undefined, credential.token)).toEqual({ motionId: motion.id, voted: true, choice: 'no', changes: 1 });

  const closed = await call('POST', `/api/motions/${motion.id}/close`, {});
  await expect.poll(() => page.getByTestId('motion-sentence').textContent()).toBe(closed.result.sentence);
  expect([closed.result.yes, closed.result.no]).toEqual([0, 1]);
  await browser.screenshot('pad-05-result');
  await page.getByRole('button', { name: 'English' }).click();
  await expect.poll(() => page.getByTestId('motion-sentence').textContent()).toBe(closed.result.sentenceEn);
  await page.getByRole('button', { name: /中\s*文/ }).click();

  // A secret motion: the receipt code, large.
  const secret = await call('POST', `/api/meetings/${meeting.id}/motions`, { title: '关于接受辞职请求的决定', kind: 'secret' });
  await call('POST', `/api/motions/${secret.id}/open`, {});
  await expect.poll(() => page.getByTestId('motion-title').textContent()).toBe(secret.title);
  await page.getByTestId('vote-no').click();
  await page.getByRole('dialog').getByRole('button', { name: '确认投票' }).click();
  await expect.poll(async () => ((await page.getByTestId('receipt').textContent()) ?? '').length).toBeGreaterThan(3);
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
  await browser.screenshot('pad-06-receipt');
  // Reloaded, the pad says the member voted; the receipt was shown once, with the vote.
  await page.reload();
  await expect.poll(() => page.getByTestId('vote-answer').textContent()).toBe('已投票您已投票。回执码只在投票时显示一次。');
  await call('POST', `/api/motions/${secret.id}/close`, {});

  // The check-in undone at the desk, a vote is refused: the server's own words, in Chinese.
  await call('POST', `/api/meetings/${meeting.id}/check-ins/undo`, { membershipId: member.membershipId, reason: '误签' });
  const third = await call('POST', `/api/meetings/${meeting.id}/motions`, { title: '关于召开下次会议的决定', kind: 'recorded' });
  await call('POST', `/api/motions/${third.id}/open`, {});
  const refused = await fetch(`${demo.server.base}/api/motions/${third.id}/votes`, { method: 'POST', headers: { authorization: `Bearer ${credential.token as string}`, 'content-type': 'application/json' }, body: JSON.stringify({ choice: 'yes' }) });
  const { error, messages } = (await refused.json()) as { error: string; messages: Record<'zh-CN' | 'en', string> };
  expect(error).toBe('not_present');
  await expect.poll(() => page.getByTestId('motion-title').textContent()).toBe(third.title);
  browser.tolerate = /status of 422/;
  await page.getByTestId('vote-yes').click();
  await page.getByRole('dialog').getByRole('button', { name: '确认投票' }).click();
  await expect.poll(() => page.getByTestId('vote-error').textContent()).toBe(messages['zh-CN']);
  await expect.poll(() => page.getByTestId('attendance-state').textContent()).toBe('未签到');
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
  await browser.screenshot('pad-07-refused');
  browser.tolerate = null;

  // Signing out forgets the credential on this phone but keeps it valid: pasted, it signs in again.
  await page.getByRole('button', { name: /退出登录/ }).click();
  await page.getByLabel('终端凭证').fill(credential.token as string);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await expect.poll(() => page.getByTestId('pad-member').textContent()).toBe(credential.name);

});
