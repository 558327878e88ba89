import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../testing.js';
import { openStore } from '../../store/store.js';
import { EventBus } from '../../server/events.js';
import { seedSitting } from '../../modules/meetings/testing.js';
import { danglingRefs, validateAkn } from '../../../test/schemas/akn.js';

let dir: string;
let seed: Awaited<ReturnType<typeof seedSitting>>;

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'plenum-cli-opendata-'));
  const store = await openStore({ dataDir: dir });
  seed = await seedSitting({ store, events: new EventBus() });
  await store.close();
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('plenum export popolo / export akn', () => {
  it('prints a session as Popolo JSON on standard output', async () => {
    const r = await runCli('export', 'popolo', '--session', String(seed.congress.sessionId), '--data', dir);
    expect([r.code, r.err]).toEqual([0, '']);
    const doc = JSON.parse(r.out) as { persons: Array<{ name: string }>; events: Array<{ classification: string }> };
    expect(doc.persons.map((p) => p.name).sort()).toEqual(['周小禾', '林晓东', '王雨桐', '赵一鸣', '陈立'].sort());
    expect(doc.events.map((e) => e.classification)).toEqual(['legislative period', 'legislative session', 'sitting']);
  });

  it('writes a sitting as Akoma Ntoso to a file, and will not overwrite it without --force', async () => {
    const file = path.join(dir, 'sitting.xml');
    const meeting = String(seed.congress.meetingId);
    const r = await runCli('export', 'akn', '--meeting', meeting, '--out', file, '--data', dir);
    expect([r.code, r.out]).toEqual([0, `Exported meeting ${meeting} to ${file}.`]);
    const xml = readFileSync(file, 'utf8');
    const verdict = validateAkn(xml);
    if (!('skipped' in verdict)) expect(verdict, verdict.output).toMatchObject({ ok: true });
    expect(danglingRefs(xml)).toEqual([]);

    writeFileSync(file, 'kept');
    const again = await runCli('export', 'akn', '--meeting', meeting, '--out', file, '--data', dir);
    expect([again.code, again.err.split('\n')[0]]).toEqual([2, `plenum export akn: ${file} already exists; add --force to overwrite it`]);
    expect(readFileSync(file, 'utf8')).toBe('kept');
    expect((await runCli('export', 'akn', '--meeting', meeting, '--out', file, '--force', '--data', dir)).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<akomaNtoso /);
  });

  it('names what is wrong with the arguments', async () => {
    const cases: Array<[string[], number, string]> = [
      [['export', 'popolo', '--data', dir], 2, 'plenum export popolo: missing --session ID (the id of the session to export)'],
      [['export', 'akn', '--meeting', 'x', '--data', dir], 2, 'plenum export akn: --meeting must be a meeting id (a positive whole number), not "x"'],
      [['export', 'akn', '--meeting', '1', '--out', path.join(dir, 'no', 'such.xml'), '--data', dir], 2, `plenum export akn: folder ${path.join(dir, 'no')} does not exist`],
      [['export', 'popolo', '--session', '999', '--data', dir], 1, 'plenum export popolo: Session 999 does not exist [session_not_found]'],
    ];
    for (const [argv, code, message] of cases) {
      const r = await runCli(...argv);
      expect([r.code, r.err.split('\n')[0]]).toEqual([code, message]);
    }
  });
});
