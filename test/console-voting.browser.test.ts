/**
 * The console's voting and elections sections in a real browser (Debian's chromium, 1280×800)
 * against a real Plenum process with the demo: 300 deputies of the congress check in at its first
 * sitting; the administrator signs in at /console/voting, creates a motion from the agenda's vote
 * item, opens it, watches the count of votes cast reach the exact figure live while the deputies
 * vote on their pads (through the API), closes it, and sees the server's exact sentence and the
 * chart. Then an election: created, two candidates, a round opened, one counting team's tallies,
 * the round closed and the verdict shown. Any console error fails the test; screenshots go to
 * test/artifacts/voting-*.png and elections-*.png.
 */
import { expect } from 'vitest';
import { browserTest } from './fixtures/browserTest.js';
import { demoCongress, inBatches, signInOnPage } from './fixtures/demoServer.js';

browserTest('runs a vote from the console with the count live, and an election count', { server: 'voting', viewport: { width: 1280, height: 800 } }, async ({ demo, browser }) => {
  const { call } = demo;
  const { sessionId, termId, meetings } = await demoCongress(demo);
  const meeting = meetings[0]!;
  const roster = await call('GET', `/api/terms/${termId}/members?limit=1000`);
  const members = (roster.members as { membershipId: number }[]).map((m) => m.membershipId);
  // 300 deputies get pad credentials and check in at the desk.
  const pads: string[] = Array(300);
  await inBatches([...members.slice(0, 300).entries()], 50, async ([i, id]) => (pads[i] = (await call('POST', `/api/memberships/${id}/credential`, {})).token as string));
  await inBatches(pads, 50, (credential) => call('POST', `/api/meetings/${meeting.id}/check-ins`, { credential }));

  const { page } = browser;
  await page.goto(`${demo.server.base}/console/voting`);
  // The sitting in scope: the congress's first sitting (the console remembers the choice).
  await page.evaluate(`localStorage.setItem('plenum.console.session', '${sessionId}'); localStorage.setItem('plenum.console.meeting', '${meeting.id}')`);
  await signInOnPage(page, 'admin', demo.adminPassword);
  await expect.poll(() => page.getByTestId('scope-meeting').textContent()).toBe(meeting.title);
  await page.getByTestId('new-motion').click();

  // A motion from the agenda's vote item: its title filled in.
  const item = ((await call('GET', `/api/meetings/${meeting.id}`)).agenda as { id: number; ordinal: number; kind: string; title: string }[]).find((a) => a.kind === 'vote')!;
  await page.getByTestId('motion-agenda').click();
  await page.locator(`.ant-select-item-option[title="${item.ordinal}. ${item.title}"]`).click();
  expect(await page.getByTestId('new-motion-title').inputValue()).toBe(item.title);
  await browser.screenshot('voting-01-new-motion');
  await page.getByTestId('create-motion-submit').click();
  await expect.poll(() => page.getByTestId('motion-panel').getByTestId('motion-title').textContent()).toBe(item.title);
  const motion = ((await call('GET', `/api/meetings/${meeting.id}/motions`)) as { id: number; title: string; agendaItemId: number }[]).at(-1)!;
  expect([motion.title, motion.agendaItemId]).toEqual([item.title, item.id]);

  // Opened; the deputies vote and the count of votes cast follows live.
  await page.getByTestId('open-motion').click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: '开始表决' }).click();
  const progress = page.getByTestId('progress-text');
  await expect.poll(() => progress.textContent()).toBe('已表决 0 / 实到 300');
  const choices = [...Array(280).fill('yes'), ...Array(12).fill('no'), ...Array(8).fill('abstain')] as string[];
  const vote = ({ choice, token }: { choice: string; token: string }) => call('POST', `/api/motions/${motion.id}/votes`, { choice }, token);
  const ballots = choices.map((choice, i) => ({ choice, token: pads[i]! }));
  await inBatches(ballots.slice(0, 150), 50, vote);
  await expect.poll(() => progress.textContent()).toBe('已表决 150 / 实到 300');
  await browser.screenshot('voting-02-votes-coming-in');
  await inBatches(ballots.slice(150), 50, vote);
  await expect.poll(() => progress.textContent()).toBe('已表决 300 / 实到 300');

  // Closed: the server's sentence and the chart.
  await page.getByTestId('close-motion').click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: '结束表决' }).click();
  const closed = await call('GET', `/api/motions/${motion.id}`);
  await expect.poll(() => page.getByTestId('motion-sentence').textContent()).toBe(closed.result.sentence);
  expect(closed.result.sentence).toBe('赞成280票，反对12票，弃权8票，未按表决器0人，通过。');
  expect(await page.getByTestId('motion-verdict').textContent()).toBe('通过');
  expect(await page.getByTestId('result-chart').locator('canvas').count()).toBeGreaterThan(0);
  expect(await page.getByTestId('motion-announced').textContent()).toContain('结果已显示在大屏');
  await browser.screenshot('voting-03-result');

  // An election: the hall screen watches in a second tab.
  const hall = await browser.context.newPage();
  const hallErrors: string[] = [];
  hall.on('console', (m) => m.type() === 'error' && hallErrors.push(m.text()));
  await hall.setViewportSize({ width: 1280, height: 720 });
  await hall.goto(`${demo.server.base}/screen/${meeting.id}`);
  await expect.poll(() => hall.getByTestId('motion-sentence').textContent()).toBe(closed.result.sentence);
  // The console in front again: a tab in the background gets no animation frames (clicks wait for them).
  await page.bringToFront();

  await page.getByTestId('console-menu').getByText('选举').click();
  await page.getByTestId('new-election').click();
  await page.getByTestId('election-office').fill('大会秘书长');
  await page.getByTestId('create-election-submit').click();
  // Opening a round before any candidate: the server's refusal, in its words.
  await expect.poll(() => page.getByTestId('election-office').textContent()).toBe('大会秘书长');
  const created = ((await call('GET', `/api/meetings/${meeting.id}/elections`)) as { id: number }[]).at(-1)!;
  browser.tolerate = /status of 422/;
  await page.getByTestId('open-round').click();
  const refused = await fetch(`${demo.server.base}/api/elections/${created.id}/rounds`, { method: 'POST', headers: { authorization: `Bearer ${demo.admin}`, 'content-type': 'application/json' }, body: '{}' });
  const refusal = (await refused.json()) as { error: string; messages: Record<'zh-CN' | 'en', string> };
  expect([refused.status, refusal.error]).toEqual([422, 'too_few_candidates']);
  await expect.poll(() => page.getByTestId('election-error').textContent()).toBe(refusal.messages['zh-CN']);
  browser.tolerate = null;
  for (const name of ['王明远', '李思齐']) {
    await page.getByTestId('candidate-name').fill(name);
    await page.getByTestId('add-candidate').click();
    await expect.poll(() => page.getByTestId('candidates').textContent()).toContain(name);
  }
  await page.getByTestId('open-round').click();
  await expect.poll(() => hall.getByTestId('election-status').textContent()).toBe('选举进行中');
  expect(await hall.getByTestId('election').textContent()).toBe('大会秘书长选举进行中');

  // 300 ballots issued and returned (entered at another desk); the first counting team's tallies on
  // this page: 4 void, 280 for one, 12 for the other.
  const round = (await call('GET', `/api/elections/${created.id}`)).rounds[0] as { id: number };
  await call('POST', `/api/election-rounds/${round.id}/entries`, { team: '总监票人', figures: { issued: 300, returned: 300 } });
  await page.getByTestId('batch-team').fill('第一计票组');
  await page.getByTestId('batch-ballots').fill('300');
  await page.getByTestId('batch-void').fill('4');
  await page.getByTestId('batch-votes-王明远').fill('280');
  await page.getByTestId('batch-votes-李思齐').fill('12');
  await page.getByTestId('enter-batch').click();
  await expect.poll(() => page.getByTestId('round-entries').textContent()).toContain('王明远 280，李思齐 12');
  expect(await page.getByTestId('round-entries').textContent()).toContain('发出选票 300 · 收回选票 300');
  await browser.screenshot('elections-01-count');

  await page.getByTestId('close-round').click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: '结束计票并宣布' }).click();
  const election = ((await call('GET', `/api/meetings/${meeting.id}/elections`)) as { id: number }[]).at(-1)!;
  const full = await call('GET', `/api/elections/${election.id}`);
  const announcement = full.rounds[0].announcement.zh as string;
  expect(announcement).toContain('王明远得280票，当选。');
  await expect.poll(() => page.getByTestId('announcement').textContent()).toBe(announcement);
  expect(await page.getByTestId('candidate-verdict').allTextContents()).toEqual(['当选', '未当选']);
  expect(await page.getByTestId('round-verdict').getByTestId('result-chart').locator('canvas').count()).toBeGreaterThan(0);
  await browser.screenshot('elections-02-result');

  // The hall screen: each candidate's votes and verdict, and the announcement.
  await expect.poll(() => hall.getByTestId('election-line').allTextContents()).toEqual(['王明远280票当选', '李思齐12票未当选']);
  expect(await hall.getByTestId('election-announcement').textContent()).toBe(announcement);
  await hall.bringToFront();
  await hall.screenshot({ path: 'test/artifacts/elections-03-hall-screen.png' });
  expect(hallErrors).toEqual([]);

}, 90_000);
