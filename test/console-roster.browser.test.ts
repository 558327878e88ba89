/**
 * The console's roster section in a real browser (chromium, 1280×800) against a real Plenum with
 * the demo: the administrator imports a small CSV into the congress's term. With one wrong row
 * the file is refused and the error table shows that row's number and the server's exact words;
 * fixed, it imports and the counts shown are right. The new member is found by pinyin initials,
 * edited in the drawer (checked through the API), and two members' pad credentials are issued and
 * laid out as printable QR cards, each with its link, which signs that member in. Any console error
 * fails the test; screenshots go to test/artifacts/roster-*.png.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect } from 'vitest';
import { browserTest } from './fixtures/browserTest.js';
import { demoCongress, signInOnPage } from './fixtures/demoServer.js';

const files = mkdtempSync(path.join(tmpdir(), 'plenum-roster-files-'));

afterAll(async () => {
  rmSync(files, { recursive: true, force: true });
});

/** A roster CSV as Excel saves one (UTF-8 with BOM), the importer's Chinese headers. */
function csvFile(name: string, rows: string[][]): string {
  const file = path.join(files, name);
  const lines = [['编号', '姓名', '性别', '民族', '出生年月', '代表团', '职务'], ...rows].map((r) => r.join(','));
  writeFileSync(file, `\uFEFF${lines.join('\r\n')}\r\n`);
  return file;
}

browserTest('imports, searches, edits the roster and prints pad credentials', { server: 'roster', viewport: { width: 1280, height: 800 } }, async ({ demo, browser }) => {
  const { call } = demo;
  const { termId } = await demoCongress(demo);
  const before = (await call('GET', `/api/terms/${termId}/members?limit=1`)).total as number;

  const { page } = browser;
  await page.goto(`${demo.server.base}/console/roster`);
  await signInOnPage(page, 'admin', demo.adminPassword);
  await expect.poll(() => page.getByTestId('roster-total').textContent()).toBe(`共 ${before} 人`);

  // One wrong row: refused, nothing imported, the row and the server's words in a table.
  const good = ['ZZ-001', '欧阳明远', '男', '汉族', '1975-03', '青山区代表团', '云州市某研究院研究员'];
  const bad = ['ZZ-002', '司马青', 'X', '回族', '1981-11', '云湖区代表团', '云州市某学校教师'];
  browser.tolerate = /status of 422/;
  await page.locator('input[type=file]').setInputFiles(csvFile('roster-bad.csv', [good, bad]));
  await expect.poll(() => page.getByTestId('import-error-message').textContent()).toBe('名册有 1 行有误，未导入任何数据。第 3 行“性别”：性别应为“男”或“女”，不是“X”');
  const problemRows = page.getByTestId('import-problems').locator('tbody tr');
  expect(await problemRows.count()).toBe(1);
  expect(await problemRows.first().locator('td').allTextContents()).toEqual(['3', '性别', '性别应为“男”或“女”，不是“X”']);
  expect((await call('GET', `/api/terms/${termId}/members?limit=1`)).total).toBe(before);
  await browser.screenshot('roster-01-import-errors');
  browser.tolerate = null;

  // Fixed: imported, the counts shown, the table grows by two.
  await page.locator('input[type=file]').setInputFiles(csvFile('roster-fixed.csv', [good, [...bad.slice(0, 2), '女', ...bad.slice(3)]]));
  await expect.poll(() => page.getByTestId('import-result').textContent()).toBe('“roster-fixed.csv”已导入：新增 2 人，更新 0 人，未变 0 人；新建分组 0 个。');
  await expect.poll(() => page.getByTestId('roster-total').textContent()).toBe(`共 ${before + 2} 人`);

  // Pinyin initials find the new member.
  await page.getByTestId('roster-search').locator('input').fill('oymy');
  await page.getByTestId('roster-search').locator('input').press('Enter');
  await expect.poll(() => page.getByTestId('roster-total').textContent()).toBe('共 1 人');
  const found = (await call('GET', `/api/terms/${termId}/members?q=ZZ-001`)).members[0] as { membershipId: number; name: string };
  const row = page.locator(`tr[data-row-key="${found.membershipId}"]`);
  expect(await row.textContent()).toContain('欧阳明远');
  await browser.screenshot('roster-02-search-initials');

  // Edited in the drawer, stored.
  await page.getByTestId(`edit-${found.membershipId}`).click();
  const title = page.getByTestId('member-form').getByLabel('职务');
  await title.fill('云州市某研究院副院长');
  await page.getByTestId('member-save').click();
  await expect.poll(() => row.textContent()).toContain('云州市某研究院副院长');
  expect((await call('GET', `/api/terms/${termId}/members?q=ZZ-001`)).members[0]).toMatchObject({ membershipId: found.membershipId, title: '云州市某研究院副院长' });

  // Credentials for the two new members: a warning first, then two QR cards with their links.
  await page.getByTestId('roster-search').locator('input').fill('zz-');
  await page.getByTestId('roster-search').locator('input').press('Enter');
  await expect.poll(() => page.getByTestId('roster-total').textContent()).toBe('共 2 人');
  await page.getByTestId('roster-table').locator('thead input[type=checkbox]').check();
  await page.getByTestId('issue-selected').click();
  await expect.poll(() => page.getByTestId('issue-warning').textContent()).toContain('作废');
  await page.getByTestId('issue-confirm').click();
  const cards = page.getByTestId('credential-card');
  await expect.poll(() => cards.count()).toBe(2);
  await expect.poll(() => page.getByTestId('credential-qr').count()).toBe(2);
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
  expect(await page.getByTestId('credential-name').allTextContents()).toEqual(['欧阳明远', '司马青']);
  const links = await page.getByTestId('credential-link').allTextContents();
  for (const [i, link] of links.entries()) {
    expect(link).toMatch(new RegExp(`^${demo.server.base}/pad\\?token=plm_[A-Za-z0-9_-]{43}$`));
    expect(await page.getByTestId('credential-qr').nth(i).getAttribute('data-text')).toBe(link);
    const me = await call('GET', '/api/auth/me', undefined, new URL(link).searchParams.get('token')!);
    expect(me.account.displayName).toBe(i === 0 ? '欧阳明远' : '司马青');
  }
  await browser.screenshot('roster-03-credentials');
  await page.emulateMedia({ media: 'print' });
  await browser.screenshot('roster-04-print');
  expect(await page.locator('.console-sider').isVisible()).toBe(false);
  expect(await page.getByTestId('sheet-print').isVisible()).toBe(false);

});
