/** Helpers for election tests: a sitting with members present, and an election with candidates. */
import { execute, SYSTEM, type Runtime } from '../../../server/operation.js';
import type { BodyKind } from '../../registry/kinds.js';
import type { RosterRow } from '../../registry/roster/rosterRow.js';
import { seedSitting, type Sitting } from '../../attendance/testing.js';
import { createElection } from './createElection.js';
import { addCandidate } from './addCandidate.js';

/** `n` members M001…, of whom the first `present` are checked in (rows inserted as a check-in would). */
export async function electionSitting(runtime: Runtime, n: number, present: number, kind: BodyKind = 'people-congress'): Promise<Sitting> {
  const rows: RosterRow[] = Array.from({ length: n }, (_, i) => ({ key: `M${String(i + 1).padStart(3, '0')}`, name: `代表${i + 1}`, group: '第一代表团' }));
  const s = await seedSitting(runtime, { kind, rows, name: kind === 'people-congress' ? '云州市人民代表大会' : '政协云州市委员会' });
  const ids = rows.slice(0, present).map((r) => s.ids[r.key]!);
  if (ids.length) {
    await runtime.store.db
      .insertInto('attendance')
      .values(ids.map((membershipId) => ({ body_id: s.bodyId, meeting_id: s.meetingId, membership_id: membershipId, state: 'present', method: 'desk', at: '2025-01-09T01:00:00.000Z', actor: 'test' })))
      .execute();
  }
  return s;
}

/** An election at the sitting with candidates by name, in ballot order; returns its id and the candidate ids. */
export async function electionWith(runtime: Runtime, s: Sitting, seats: number, names: string[], extra: Partial<{ margin: unknown; office: string }> = {}) {
  const e = await execute(runtime, createElection, { meetingId: s.meetingId, office: extra.office ?? '市人民代表大会常务委员会副主任', seats, ...(extra.margin ? { margin: extra.margin } : {}) }, SYSTEM);
  const ids: number[] = [];
  for (const name of names) ids.push((await execute(runtime, addCandidate, { electionId: e.id, name }, SYSTEM)).id);
  return { electionId: e.id, candidateIds: ids };
}
