/**
 * "Durable before acknowledged", through the whole server: the real `plenum serve` (compiled, in
 * a child process, on a SQLite data folder) takes a burst of check-ins over HTTP and is killed
 * with SIGKILL mid-burst; restarted on the same folder, it must hold every check-in it answered
 * with 2xx, and its live counts must equal the stored rows.
 *
 * SQLite only: `plenum serve` has no option for a PostgreSQL schema of its own, which tests need
 * to share one database; the WriteQueue durability test covers PostgreSQL.
 *
 * The check-in route (`POST /api/meetings/:id/check-ins`, staff with attendance.manage) comes
 * from the attendance module. Until it is in the tree, the block below states and checks that it
 * is absent; once it is, the crash test runs instead, with nothing to change here.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/store/store.js';
import { verifyChain } from '../src/modules/audit/verifyChain.js';
import { openSse, type SseFrame } from '../src/modules/live/testing.js';
import { json, postRoutePresent, startServer, type Server } from './fixtures/plenumServer.js';

const CHECK_INS = '/api/meetings/:id/check-ins';
/** Acknowledged check-ins to wait for before the kill: the burst is then well under way. */
const ACKS_BEFORE_KILL = 120;
const CONCURRENCY = 32;

const present = await postRoutePresent(CHECK_INS.replace(':id', '1'));

if (!present) {
  describe('check-in crash test: the check-in route POST /api/meetings/:id/check-ins is not present in this tree', () => {
    it('is absent, so the SIGKILL test waits for the attendance module to bring it', () => {
      expect(present).toBe(false);
    });
  });
} else {
  describe('check-ins survive SIGKILL of the server [sqlite]', () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'plenum-crash-'));
    const servers: Server[] = [];
    afterAll(() => {
      for (const s of servers) if (s.child.exitCode === null && s.child.signalCode === null) s.child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('keeps every acknowledged check-in, and its counts equal the rows after a restart', { timeout: 120_000 }, async () => {
      const first = await startServer(dataDir, true);
      servers.push(first);
      const admin = await json(first.base, 'POST', '/api/auth/sign-in', null, { username: 'admin', password: first.adminPassword });
      await json(first.base, 'POST', '/api/accounts', admin.token, { username: 'desk', displayName: '签到台', password: 'desk-password-1', role: 'secretariat' });
      const staff = (await json(first.base, 'POST', '/api/auth/sign-in', null, { username: 'desk', password: 'desk-password-1' })).token as string;
      const session = (await json(first.base, 'GET', '/api/sessions', staff))[0];
      const meeting = (await json(first.base, 'GET', `/api/sessions/${session.id}/meetings`, staff))[0];
      const roster = await json(first.base, 'GET', `/api/terms/${session.termId}/members?limit=1000`, staff);
      const members = (roster.members as Array<{ membershipId: number }>).map((m) => m.membershipId);
      expect(members.length).toBeGreaterThan(ACKS_BEFORE_KILL * 2);

      // The burst: CONCURRENCY desks check members in one after another; SIGKILL after ACKS_BEFORE_KILL answers.
      const acknowledged: number[] = [];
      let next = 0;
      let killed = false;
      const desk = async () => {
        while (next < members.length && !killed) {
          const membershipId = members[next++]!;
          try {
            const res = await fetch(`${first.base}/api/meetings/${meeting.id}/check-ins`, {
              method: 'POST',
              headers: { authorization: `Bearer ${staff}`, 'content-type': 'application/json' },
              body: JSON.stringify({ membershipId }),
            });
            await res.arrayBuffer();
            if (res.status >= 200 && res.status < 300) acknowledged.push(membershipId);
            else if (!killed) throw new Error(`check-in of ${membershipId} refused: ${res.status}`);
          } catch (error) {
            if (!killed) throw error;
          }
          if (!killed && acknowledged.length >= ACKS_BEFORE_KILL) {
            killed = true;
            first.child.kill('SIGKILL');
          }
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, desk));
      expect(killed).toBe(true);
      expect(await first.closed).toBe('SIGKILL');
      expect(acknowledged.length).toBeGreaterThanOrEqual(ACKS_BEFORE_KILL);
      expect(acknowledged.length).toBeLessThan(members.length);

      const second = await startServer(dataDir, false);
      servers.push(second);
      const stream = await openSse(second.port, `/api/meetings/${meeting.id}/stream?token=${staff}`);
      const counts = JSON.parse((await stream.next((f: SseFrame) => f.event === 'counts')).data) as { present: number };
      stream.close();
      second.child.kill('SIGTERM');
      await second.closed;

      const store = await openStore({ dataDir });
      try {
        const rows = await store.db.selectFrom('attendance').select(['membership_id', 'state']).where('meeting_id', '=', meeting.id).execute();
        const presentIds = new Set(rows.filter((r) => r.state === 'present').map((r) => r.membership_id));
        expect(acknowledged.filter((id) => !presentIds.has(id))).toEqual([]);
        // Committed but not yet answered when the kill landed is allowed; the reverse is not.
        expect(presentIds.size).toBeGreaterThanOrEqual(acknowledged.length);
        expect(counts.present).toBe(presentIds.size);
        expect((await verifyChain(store.db)).ok).toBe(true);
      } finally {
        await store.close();
      }
    });
  });
}
