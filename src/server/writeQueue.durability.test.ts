/**
 * "Durable before acknowledged": a child process writes through the real WriteQueue and prints
 * each acknowledgement; it is killed with SIGKILL mid-burst, and every write it acknowledged
 * must be in the reopened store, with an intact audit chain. A kill loses what the process had
 * not committed yet; this proves no caller hears "done" before the commit. (Surviving power loss
 * on top of that is SQLite's synchronous=FULL and PostgreSQL's synchronous_commit.)
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { describeStores } from '../store/testing.js';
import { openStore, type StoreOptions } from '../store/store.js';
import { verifyChain } from '../modules/audit/verifyChain.js';

const CHILD = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/writeBurst.mjs');
/** Acknowledgements to wait for before the kill: enough that the queue is mid-burst. */
const ACKS_BEFORE_KILL = 400;

interface Burst {
  acknowledged: string[];
  signal: NodeJS.Signals | null;
}

/** Runs the child until it has acknowledged `ACKS_BEFORE_KILL` writes, then SIGKILLs it. */
function burstThenKill(options: StoreOptions): Promise<Burst> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, JSON.stringify(options)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acknowledged: string[] = [];
    let partial = '';
    let stderr = '';
    let killed = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop()!;
      for (const line of lines) if (line.startsWith('ack ')) acknowledged.push(line.slice(4));
      if (!killed && acknowledged.length >= ACKS_BEFORE_KILL) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (!killed) reject(new Error(`The writing child ended by itself (code ${code}): ${stderr}`));
      else resolve({ acknowledged, signal });
    });
  });
}

describeStores('WriteQueue durability', (stores) => {
  it('keeps every acknowledged write when the process is killed mid-burst', async () => {
    const store = await stores.open();
    const options: StoreOptions = stores.reopenOptions(store);

    const burst = await burstThenKill(options);
    expect(burst.signal).toBe('SIGKILL');
    expect(burst.acknowledged.length).toBeGreaterThanOrEqual(ACKS_BEFORE_KILL);

    const reopened = await openStore(options);
    try {
      const stored = new Set((await reopened.db.selectFrom('groups').select('name').execute()).map((r) => r.name));
      const lost = burst.acknowledged.filter((name) => !stored.has(name));
      expect(lost).toEqual([]);
      const audited = await reopened.db.selectFrom('audit_log').select('payload').where('operation', '=', 'test.addGroup').execute();
      const auditedNames = new Set(audited.map((r) => (JSON.parse(r.payload) as { name: string }).name));
      expect(burst.acknowledged.filter((name) => !auditedNames.has(name))).toEqual([]);
      // Committed but not yet acknowledged when the kill landed is allowed; the reverse is not.
      expect(stored.size).toBeGreaterThanOrEqual(burst.acknowledged.length);
      const report = await verifyChain(reopened.db);
      expect(report.ok).toBe(true);
      expect(report.entries).toBe(stored.size + 1);
    } finally {
      await reopened.close();
    }
  });
});
