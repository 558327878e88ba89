import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { runCli } from '../testing.js';
import { docxPart } from '../../modules/publishing/testing.js';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'plenum-document-'));
  vi.stubEnv('PLENUM_DATABASE_URL', '');
});

afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

it('plenum document writes a meeting or session document, and explains bad arguments', async () => {
  expect((await runCli('demo', '--data', dir)).code).toBe(0);

  const both = await runCli('document', 'news-release', '--meeting', '9', '--session', '2', '--data', dir);
  expect([both.code, both.err]).toEqual([2, expect.stringContaining('give exactly one of --meeting ID or --session ID')]);
  const format = await runCli('document', 'news-release', '--meeting', '9', '--format', 'pdf', '--data', dir);
  expect([format.code, format.err]).toEqual([2, expect.stringContaining('--format must be one of docx, html, md, not "pdf"')]);
  const unknown = await runCli('document', 'minutes', '--meeting', '9', '--data', dir);
  expect(unknown.code).toBe(1);
  expect(unknown.err).toContain('No meeting document is named "minutes"; there are: presiding-script, news-release, bulletin, resolutions [document_not_found]');

  const out = path.join(dir, 'release.docx');
  const written = await runCli('document', 'news-release', '--meeting', '9', '--out', out, '--data', dir);
  expect([written.code, written.out]).toEqual([0, `Wrote 新闻通稿 (News release) to ${out}.`]);
  expect(await docxPart(readFileSync(out), 'word/document.xml')).toContain('在主席台前排就座的有韩文博');
  expect((await runCli('document', 'news-release', '--meeting', '9', '--out', out, '--data', dir)).code).toBe(2);

  const md = path.join(dir, 'resolutions.md');
  expect((await runCli('document', 'resolutions', '--session', '2', '--format', 'md', '--out', md, '--data', dir)).code).toBe(0);
  expect(readFileSync(md, 'utf8')).toBe('# 云州市第十六届人民代表大会第三次会议决议\n\n尚无通过的决议。\n');
  expect(existsSync(path.join(dir, '十六届人大三次会议决议.docx'))).toBe(false);
}, 60_000);
