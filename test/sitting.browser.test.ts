/**
 * A whole sitting across three kinds of page at once, in one chromium against a real Plenum with
 * the demo: the secretariat's console (1280×800), the hall screen (1920×1080) and six members'
 * phones (360×740), each page in its own context (its own signed-in account).
 *
 * A city congress's standing committee is registered by the administrator (API). Then, in the
 * browser, the secretariat convenes its 20th session, imports its nine members from a CSV, plans
 * the sitting (a vote on the agenda, check-in on the pad allowed) and prints the members' pad
 * credentials; the hall screen signs in; six members open their credential links and check in on
 * their pads until the screen shows the quorum met in the server's exact words; the secretariat
 * makes a motion from the agenda item and opens it; the members vote on their pads while the
 * console counts the votes cast; once closed the screen shows the result sentence and its chart.
 * Screenshots of every page and step go to test/artifacts/sitting-*.png; any console error fails.
 */
import { afterAll, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { browserMissing, launchBrowsers, type Browsers } from './fixtures/browser.js';
import { signInOnPage, startDemo, type Demo } from './fixtures/demoServer.js';

const skipped = browserMissing();
if (skipped) console.log(skipped);

let demo: Demo | null = null;
let browsers: Browsers | null = null;
const files = mkdtempSync(path.join(tmpdir(), 'plenum-sitting-files-'));

afterAll(async () => {
  await browsers?.close();
  await demo?.stop();
  rmSync(files, { recursive: true, force: true });
});

const BODY = '云州市人民代表大会常务委员会';
/** Nine synthetic members: 编号, 姓名, 性别, 民族, 出生年月, 分组, 职务. */
const MEMBERS = [
  ['CW-01', '林晓岚', '女', '汉族', '1968-04', '主任会议', '主任'],
  ['CW-02', '周明哲', '男', '汉族', '1966-09', '主任会议', '副主任'],
  ['CW-03', '欧阳蕙', '女', '回族', '1970-01', '主任会议', '副主任'],
  ['CW-04', '韩立新', '男', '汉族', '1972-06', '委员', '委员'],
  ['CW-05', '沈雨桐', '女', '汉族', '1975-11', '委员', '委员'],
  ['CW-06', '马骏驰', '男', '回族', '1969-03', '委员', '委员'],
  ['CW-07', '苏青禾', '女', '汉族', '1978-08', '委员', '委员'],
  ['CW-08', '贺远航', '男', '汉族', '1971-12', '委员', '委员'],
  ['CW-09', '葛书宁', '女', '汉族', '1974-05', '委员', '委员'],
];

/** Picks the option showing `text` in the antd Select `select`. */
async function choose(page: Page, select: ReturnType<Page['getByTestId']>, text: string): Promise<void> {
  await select.click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first().click();
}

it.skipIf(skipped !== null)('runs a sitting across the console, the hall screen and six pads: roster, quorum, vote, result', async () => {
  demo = await startDemo('sitting');
  const { call } = demo;
  const base = demo.server.base;
  const today = new Date().toISOString().slice(0, 10);

  // Before the session: the administrator registers the body and its term, and the accounts of the secretariat and the hall screen.
  const body = await call('POST', '/api/bodies', { kind: 'standing-committee', level: 'city', name: BODY, nameEn: "Standing Committee of the Yunzhou Municipal People's Congress", region: '云州市', regionEn: 'Yunzhou' });
  await call('POST', `/api/bodies/${body.id}/terms`, { ordinal: 16, startDate: '2022-01-10' });
  await call('POST', '/api/accounts', { username: 'secretariat', displayName: '秘书处', password: 'secretariat-pass-1', role: 'secretariat' });
  await call('POST', '/api/accounts', { username: 'hall', displayName: '会场大屏', password: 'hall-screen-pass-1', role: 'screen' });

  browsers = await launchBrowsers();
  const shot = browsers.screenshot;
  const staff = await browsers.open('console', { width: 1280, height: 800 });

  // The secretariat convenes the 20th session of the 16th standing committee.
  await staff.goto(`${base}/console/sessions`);
  await signInOnPage(staff, 'secretariat', 'secretariat-pass-1');
  await staff.getByTestId('new-session').click();
  const sessionForm = staff.getByTestId('session-form');
  await choose(staff, sessionForm.getByLabel('机构'), BODY);
  await choose(staff, sessionForm.getByLabel('届'), '第十六届');
  await sessionForm.getByLabel('第几次会议').fill('20');
  await sessionForm.getByTestId('start-date').fill(today);
  await sessionForm.getByTestId('end-date').fill(today);
  await staff.getByRole('dialog').getByRole('button', { name: /保\s*存/ }).click();
  await expect.poll(() => staff.getByTestId('scope-session').textContent()).toBe('云州市第十六届人民代表大会常务委员会第二十次会议');
  await shot(staff, 'sitting-01-console-session-convened');

  // Its nine members, imported from a CSV as Excel saves one.
  const csv = path.join(files, '常委会组成人员.csv');
  writeFileSync(csv, `\uFEFF${[['编号', '姓名', '性别', '民族', '出生年月', '分组', '职务'], ...MEMBERS].map((r) => r.join(',')).join('\r\n')}\r\n`);
  await staff.getByTestId('console-menu').getByText('名册').click();
  await staff.locator('input[type=file]').setInputFiles(csv);
  await expect.poll(() => staff.getByTestId('import-result').textContent()).toContain('新增 9 人');
  await expect.poll(() => staff.getByTestId('roster-total').textContent()).toBe('共 9 人');
  await shot(staff, 'sitting-02-console-roster-imported');

  // The sitting: today, check-in on the pad allowed, one vote on the agenda.
  await staff.getByTestId('console-menu').getByText('会议与议程').click();
  await staff.getByTestId('new-sitting').click();
  await staff.getByTestId('sitting-title').fill('第一次全体会议');
  await staff.getByTestId('sitting-start').fill(`${today}T09:00`);
  await staff.getByTestId('sitting-venue').fill('市人大常委会会议厅');
  await staff.getByRole('dialog').getByRole('button', { name: /保\s*存/ }).click();
  await expect.poll(() => staff.getByTestId('scope-meeting').textContent()).toBe('第一次全体会议');
  await staff.getByRole('dialog').waitFor({ state: 'hidden' });
  const session = ((await call('GET', `/api/sessions?bodyId=${body.id}`)) as { id: number }[])[0]!;
  const meeting = ((await call('GET', `/api/sessions/${session.id}/meetings`)) as { id: number; title: string }[])[0]!;
  await staff.getByTestId(`sitting-${meeting.id}`).getByRole('button', { name: /编\s*辑/ }).click();
  await staff.getByTestId('sitting-form').getByRole('switch').click();
  await staff.getByRole('dialog').getByRole('button', { name: /保\s*存/ }).click();
  await staff.getByText('会次已保存').waitFor();
  await staff.getByRole('dialog').waitFor({ state: 'hidden' });
  await staff.getByRole('tab', { name: '会次安排：第一次全体会议' }).click();
  await staff.getByTestId('agenda-add').click();
  const item = staff.getByTestId('agenda-editor').getByTestId('agenda-row').first();
  await choose(staff, item.getByLabel('类型'), '表决');
  await item.getByTestId('agenda-title').fill('表决关于云州市2025年市级预算调整方案的决议（草案）');
  await staff.getByTestId('agenda-save').click();
  await staff.getByText('议程已保存').waitFor();
  await shot(staff, 'sitting-03-console-sitting-planned');
  const planned = await call('GET', `/api/meetings/${meeting.id}`);
  expect([planned.padCheckIn, planned.agenda.map((a: { kind: string; title: string }) => [a.kind, a.title])]).toEqual([true, [['vote', '表决关于云州市2025年市级预算调整方案的决议（草案）']]]);

  // The members' pad credentials, printed: one card per member, each with its link.
  await staff.getByTestId('console-menu').getByText('名册').click();
  await expect.poll(() => staff.getByTestId('roster-total').textContent()).toBe('共 9 人');
  await staff.getByTestId('roster-table').locator('thead input[type=checkbox]').check();
  await staff.getByTestId('issue-selected').click();
  await staff.getByTestId('issue-confirm').click();
  await expect.poll(() => staff.getByTestId('credential-card').count()).toBe(9);
  await staff.getByRole('dialog').waitFor({ state: 'hidden' });
  const names = await staff.getByTestId('credential-name').allTextContents();
  const links = await staff.getByTestId('credential-link').allTextContents();
  expect(names.slice().sort()).toEqual(MEMBERS.map((m) => m[1]).sort());
  await shot(staff, 'sitting-04-console-credentials');

  // The hall screen signs in: nobody yet, the quorum not met, in the server's words.
  const screen = await browsers.open('screen', { width: 1920, height: 1080 });
  await screen.goto(`${base}/screen/${meeting.id}`);
  await signInOnPage(screen, 'hall', 'hall-screen-pass-1');
  const sentence = async () => (await call('GET', `/api/meetings/${meeting.id}/attendance`)).quorum.sentence as string;
  await expect.poll(() => screen.getByTestId('quorum').textContent()).toBe(await sentence());
  expect(await screen.getByTestId('figure-expected').textContent()).toBe('9人');
  await shot(screen, 'sitting-05-screen-before-check-in');

  // Six members open their credential links and check in on their pads; the fifth makes the quorum.
  const pads: Page[] = [];
  for (let i = 0; i < 6; i++) {
    const pad = await browsers.open(`pad-${i + 1}`, { width: 360, height: 740 });
    await pad.goto(links[i]!.replace(/^https?:\/\/[^/]+/, base));
    await expect.poll(() => pad.getByTestId('pad-member').textContent()).toBe(names[i]);
    await pad.getByTestId('meeting-select').getByText('第一次全体会议').waitFor();
    await pad.getByTestId('check-in').click();
    await expect.poll(() => pad.getByTestId('attendance-state').textContent()).toBe('已签到');
    pads.push(pad);
    await expect.poll(() => screen.getByTestId('figure-present').textContent()).toBe(`${i + 1}人`);
    if (i === 3) {
      expect(await screen.getByTestId('quorum').textContent()).toBe(await sentence());
      expect(await sentence()).toContain('不足法定人数');
    }
  }
  await shot(pads[0]!, 'sitting-06-pad-checked-in');
  await expect.poll(() => screen.getByTestId('quorum').textContent()).toBe(await sentence());
  expect(await sentence()).toBe('本次会议应到常务委员会组成人员9人，实到6人，符合法定人数。');
  await shot(screen, 'sitting-07-screen-quorum-met');

  // The secretariat makes a motion from the agenda item and opens it.
  await staff.getByTestId('console-menu').getByText('表决').click();
  await staff.getByTestId('new-motion').click();
  await choose(staff, staff.getByTestId('motion-agenda'), '表决关于云州市2025年市级预算调整方案的决议（草案）');
  await staff.getByTestId('create-motion-submit').click();
  await staff.getByTestId('open-motion').click();
  await staff.locator('.ant-popconfirm').getByRole('button', { name: '开始表决' }).click();
  const progress = staff.getByTestId('progress-text');
  await expect.poll(() => progress.textContent()).toBe('已表决 0 / 实到 6');
  await expect.poll(() => screen.getByTestId('motion').textContent()).toContain('表决进行中');

  // Five for, one against, each on their pad with a confirmation; the console counts them live.
  for (const [i, pad] of pads.entries()) {
    const choice = i === 5 ? 'no' : 'yes';
    await pad.getByTestId(`vote-${choice}`).click();
    if (i === 0) await shot(pad, 'sitting-08-pad-confirm-vote');
    await pad.getByRole('dialog').getByRole('button', { name: '确认投票' }).click();
    await expect.poll(() => pad.getByTestId('vote-answer').textContent()).toContain('已投票');
    await expect.poll(() => progress.textContent()).toBe(`已表决 ${i + 1} / 实到 6`);
  }
  await shot(staff, 'sitting-09-console-votes-cast');

  await staff.getByTestId('close-motion').click();
  await staff.locator('.ant-popconfirm').getByRole('button', { name: '结束表决' }).click();
  const motion = ((await call('GET', `/api/meetings/${meeting.id}/motions`)) as { status: string; result: { sentence: string; yes: number; no: number; passed: boolean } }[])[0]!;
  expect([motion.status, motion.result.yes, motion.result.no, motion.result.passed]).toEqual(['closed', 5, 1, true]);
  await expect.poll(() => staff.getByTestId('motion-sentence').textContent()).toBe(motion.result.sentence);
  await shot(staff, 'sitting-10-console-result');

  // The hall screen: the result sentence, the figures and the chart.
  await expect.poll(() => screen.getByTestId('motion-sentence').textContent()).toBe(motion.result.sentence);
  expect(await screen.getByTestId('motion-verdict').textContent()).toBe('通过');
  expect(await screen.locator('.screen-motion-figure').allTextContents()).toEqual(['赞成5', '反对1', '弃权0', '未按表决器0']);
  expect(await screen.getByTestId('result-chart').locator('canvas').count()).toBeGreaterThan(0);
  await shot(screen, 'sitting-11-screen-result');
  await expect.poll(() => pads[5]!.getByTestId('motion-sentence').textContent()).toBe(motion.result.sentence);
  await shot(pads[5]!, 'sitting-12-pad-result');

  expect(browsers.errors).toEqual([]);
}, 120_000);
