import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { main } from '../main.js';
import { openStore } from '../../store/store.js';

let dir: string;
let out: string[];
let err: string[];

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'plenum-demo-'));
  out = [];
  err = [];
  vi.stubEnv('PLENUM_DATABASE_URL', '');
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

it('plenum demo loads an empty store, prints what it loaded, and refuses a second time', async () => {
  expect(await main(['demo', '--data', dir, '--seed', '42'])).toBe(0);
  expect(err).toEqual([]);
  expect(out[0]).toMatch(
    /^Demo loaded: 中国人民政治协商会议云州市第十三届委员会第三次会议 \(446 members\), 云州市第十六届人民代表大会第三次会议 \(523 deputies\) {2}\(seed 42, \d+\.\d\d s\)$/,
  );
  expect(out.slice(1)).toEqual([
    '  中国人民政治协商会议云州市委员会 (body 1)',
    '    中国人民政治协商会议云州市第十三届委员会第三次会议 · 十三届政协三次会议 (session 1, term 1)',
    '    446 members in 31 groups; 3 meetings',
    '  云州市人民代表大会 (body 2)',
    '    云州市第十六届人民代表大会第三次会议 · 十六届人大三次会议 (session 2, term 2)',
    '    523 deputies in 11 groups; 6 meetings',
  ]);

  out.length = 0;
  expect(await main(['demo', '--data', dir])).toBe(1);
  expect(out).toEqual([]);
  expect(err).toEqual([
    'plenum demo: 存储中已有机构，演示数据只载入空存储；未做任何改动。',
    'plenum demo: the store already holds bodies; demo data loads into an empty store only. Nothing was changed.',
  ]);

  const store = await openStore({ dataDir: dir });
  try {
    expect(Number((await store.db.selectFrom('memberships').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)).toBe(969);
    expect(new Set((await store.db.selectFrom('audit_log').select('actor').execute()).map((a) => a.actor))).toEqual(new Set(['cli']));
  } finally {
    await store.close();
  }
});

it('plenum demo rejects a seed that is not a whole number, before touching the store', async () => {
  expect(await main(['demo', '--data', dir, '--seed', '1.5'])).toBe(2);
  expect(await main(['demo', '--data', dir, '--seed', '4294967296'])).toBe(2);
  expect(err).toEqual([
    'plenum demo: --seed must be a whole number from 0 to 4294967295, not "1.5"',
    'Usage: plenum demo [--seed N] [--data DIR] [--database-url URL]',
    'plenum demo: --seed must be a whole number from 0 to 4294967295, not "4294967296"',
    'Usage: plenum demo [--seed N] [--data DIR] [--database-url URL]',
  ]);
  expect(readdirSync(dir)).toEqual([]);
});
