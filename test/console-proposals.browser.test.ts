/**
 * Proposals in a real browser (Debian's chromium) against a real Plenum process with the demo: on a
 * 1280×800 console the administrator files the consultative conference's submitted proposal from the
 * review queue and assigns it to a handling unit, with the deadline the server set shown (a day
 * beyond six months refused in the server's words); the
 * statistics show a chart and the exact counts the API gives. A handling unit's account (made
 * through the API) signs in, sees only its assignment and replies in writing. The proposal's lead
 * proposer, on a 360×740 pad, submits a new proposal with a co-proposer found by searching as they
 * type, and evaluates the reply. The console list names each lead proposer without reading any
 * proposal's details. The stored states are
 * checked through the API; any console error fails the test; screenshots go to
 * test/artifacts/proposals-*.png, units-*.png, pad-proposals-*.png.
 */
import { expect } from 'vitest';
import { browserTest } from './fixtures/browserTest.js';
import { signInOnPage } from './fixtures/demoServer.js';

const TITLE = '关于加强中小学生近视防控的提案';
const UNIT = '市卫生健康委员会';
const REPLY = '已将中小学生近视防控纳入年度重点工作，全市中小学每天落实两小时户外活动。';

browserTest('reviews, assigns, counts, replies to and evaluates proposals', { server: 'proposals', viewport: { width: 1280, height: 800 } }, async ({ demo, browser }) => {
  const { call } = demo;
  const cppcc = ((await call('GET', '/api/bodies')) as { id: number; kind: string }[]).find((b) => b.kind === 'cppcc')!;
  const session = ((await call('GET', `/api/sessions?bodyId=${cppcc.id}`)) as { id: number }[]).at(-1)!;
  const account = await call('POST', '/api/accounts', { username: 'unit-health', displayName: UNIT, password: 'health-unit-2026', role: 'unit' });
  const unit = await call('POST', `/api/bodies/${cppcc.id}/handling-units`, { name: UNIT, accountId: account.id });
  const queue = await call('GET', `/api/sessions/${session.id}/proposals?status=submitted`);
  const target = (queue.proposals as { id: number; title: string; lead: string }[]).find((p) => p.title === TITLE)!;

  const { page } = browser;
  const detailReads: string[] = [];
  page.on('request', (r) => {
    if (/\/api\/proposals\/\d+$/.test(new URL(r.url()).pathname)) detailReads.push(r.url());
  });
  await page.goto(`${demo.server.base}/console/proposals/review`);
  await page.evaluate(`localStorage.setItem('plenum.console.session', '${session.id}')`);
  await signInOnPage(page, 'admin', demo.adminPassword);

  // The review queue names the lead proposer from the list alone; the proposal opens with its text; filed.
  await expect.poll(() => page.getByTestId(`proposal-${target.id}`).getByTestId('proposal-proposers').textContent()).toBe(target.lead);
  expect(detailReads).toEqual([]);
  await browser.screenshot('proposals-00-queue');
  await page.getByTestId(`proposal-${target.id}`).click();
  const drawer = page.getByTestId('proposal-detail');
  await expect.poll(() => drawer.getByTestId('detail-status').textContent()).toBe('待审查');
  await expect.poll(() => drawer.getByTestId('detail-body').textContent()).toBe('建议保障学生每天户外活动时间，改善教室采光照明。');
  await browser.screenshot('proposals-01-review');
  await drawer.getByTestId('review-submit').click();
  await expect.poll(() => drawer.getByTestId('detail-status').textContent()).toBe('已立案');

  // Assigned to the new unit; the deadline is the server's (three months on).
  await drawer.getByTestId('assign-lead').click();
  await page.locator('.ant-select-item-option').filter({ hasText: UNIT }).click();
  // A deadline beyond six months: refused, in the server's words.
  const tooFar = await fetch(`${demo.server.base}/api/proposals/${target.id}/assignments`, {
    method: 'POST',
    headers: { authorization: `Bearer ${demo.admin}`, 'content-type': 'application/json' },
    body: JSON.stringify({ lead: unit.id, deadline: '2099-01-01' }),
  });
  const refusal = (await tooFar.json()) as { error: string; messages: Record<'zh-CN' | 'en', string> };
  expect(refusal.error).toBe('deadline_too_far');
  browser.tolerate = /status of 422/;
  await drawer.getByTestId('assign-deadline').fill('2099-01-01');
  await drawer.getByTestId('assign-submit').click();
  await expect.poll(() => drawer.getByTestId('refusal').textContent()).toBe(refusal.messages['zh-CN']);
  browser.tolerate = null;
  await drawer.getByTestId('assign-deadline').fill('');
  await drawer.getByTestId('assign-submit').click();
  await expect.poll(() => drawer.getByTestId('detail-status').textContent()).toBe('办理中');
  const assigned = await call('GET', `/api/proposals/${target.id}`);
  expect(assigned.status).toBe('handling');
  expect(assigned.review.outcome).toBe('filed');
  expect(assigned.assignments.map((a: { unitId: number; role: string }) => [a.unitId, a.role])).toEqual([[unit.id, 'lead']]);
  await expect.poll(() => drawer.getByTestId('assignment-deadline').textContent()).toBe(assigned.assignments[0].deadline);
  await browser.screenshot('proposals-02-assigned');
  await page.locator('.ant-drawer-close').click();

  // The statistics: a chart, and the counts the API gives.
  await page.getByTestId('tab-stats').click();
  const stats = await call('GET', `/api/sessions/${session.id}/proposals/stats`);
  await page.getByTestId('stats-status-chart').locator('canvas').waitFor();
  await expect.poll(() => page.getByTestId('stats-total').textContent()).toContain(String(stats.total));
  await expect.poll(() => page.getByTestId('stats-status').getByTestId('count').allTextContents()).toEqual(stats.byStatus.map((c: { count: number }) => String(c.count)));
  await expect.poll(() => page.getByTestId('stats-category').getByTestId('count').allTextContents()).toEqual(stats.byCategory.map((c: { count: number }) => String(c.count)));
  await browser.screenshot('proposals-03-stats');

  // The unit's account: only its own assignment; the written reply.
  await page.getByRole('button', { name: /退出登录/ }).click();
  await signInOnPage(page, 'unit-health', 'health-unit-2026');
  await page.waitForURL(/\/console\/units/);
  const assignmentId = assigned.assignments[0].id as number;
  await expect.poll(() => page.getByTestId('unit-name').textContent()).toBe(`承办单位：${UNIT}`);
  await expect.poll(() => page.locator('.ant-table-row').count()).toBe(1);
  await page.getByTestId(`assignment-${assignmentId}`).click();
  await page.getByTestId('reply-text').fill(REPLY);
  await page.getByTestId('reply-submit').click();
  await expect.poll(() => page.getByTestId('reply-sent').textContent()).toBe(REPLY);
  await browser.screenshot('units-01-replied');
  expect((await call('GET', `/api/proposals/${target.id}`)).status).toBe('replied');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: /退出登录/ }).click();

  // The lead proposer on the pad: a new proposal, then the evaluation of the reply.
  const lead = assigned.signers[0].membershipId as number;
  const credential = await call('POST', `/api/memberships/${lead}/credential`, {});
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`${demo.server.base}/pad?token=${credential.token as string}`);
  const mine = page.getByTestId(`my-proposal-${target.id}`);
  await expect.poll(() => mine.getByTestId('my-proposal-reply').textContent()).toContain(REPLY);
  await page.getByTestId('new-proposal').click();
  await page.getByTestId('proposal-title').fill('关于推广中小学课后服务的提案');
  await page.getByTestId('proposal-category').click();
  await page.locator('.ant-select-item-option').filter({ hasText: '社会建设' }).click();
  await page.getByTestId('proposal-body').fill('建议统筹校内外资源，丰富课后服务内容。');
  // A co-proposer, found by the first character of their name as the member types.
  const candidates = (await call('GET', `/api/sessions/${session.id}/co-proposers`)) as { membershipId: number; name: string }[];
  const co = candidates.find((c) => c.membershipId !== lead)!;
  await page.getByTestId('co-search').pressSequentially(co.name.slice(0, 1));
  await page.getByTestId('co-option').filter({ hasText: co.name }).first().click();
  await expect.poll(() => page.getByTestId('co-chosen').allTextContents()).toEqual([expect.stringContaining(co.name)]);
  await browser.screenshot('pad-proposals-01-co-proposer');
  await page.getByTestId('proposal-submit').click();
  await expect.poll(() => page.getByTestId('proposal-notice').textContent()).toBe('已提交：第0013号');
  await browser.screenshot('pad-proposals-02-submitted');
  const list = await call('GET', `/api/sessions/${session.id}/proposals?q=${encodeURIComponent('课后服务')}`);
  expect(list.total).toBe(1);
  const created = await call('GET', `/api/proposals/${list.proposals[0].id as number}`);
  expect([created.numberText, created.status, created.category, created.sourceKind, created.signers.map((s: { membershipId: number }) => s.membershipId)]).toEqual(['第0013号', 'submitted', '社会建设', 'joint', [lead, co.membershipId]]);
  // The co-proposer finds it among their own.
  const theirs = await call('GET', `/api/sessions/${session.id}/proposals?signer=${co.membershipId}`);
  expect(theirs.proposals.map((p: { id: number }) => p.id)).toContain(created.id);

  await mine.getByTestId('rating-satisfied').click();
  await mine.getByTestId('evaluate-submit').click();
  await expect.poll(() => mine.getByTestId('my-proposal-evaluation').textContent()).toBe('您的评价：满意');
  await expect.poll(() => mine.getByTestId('my-proposal-status').textContent()).toBe('已评价');
  await browser.screenshot('pad-proposals-03-evaluated');
  const evaluated = await call('GET', `/api/proposals/${target.id}`);
  expect([evaluated.status, evaluated.evaluations.map((e: { rating: string; rehandle: boolean }) => [e.rating, e.rehandle])]).toEqual(['evaluated', [['satisfied', false]]]);

});
