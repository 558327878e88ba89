/** A sitting for attendance tests: a body, its term and session, members stored through the roster, and a meeting. */
import { execute, SYSTEM, type Runtime } from '../../server/operation.js';
import { createBody } from '../registry/createBody.js';
import { createTerm } from '../registry/createTerm.js';
import { createSession } from '../registry/createSession.js';
import { createGroup } from '../registry/createGroup.js';
import { importRoster } from '../registry/roster/importRoster.js';
import type { RosterRow } from '../registry/roster/rosterRow.js';
import type { BodyKind } from '../registry/kinds.js';
import { createMeeting } from '../meetings/createMeeting.js';

export interface Sitting {
  bodyId: number;
  termId: number;
  sessionId: number;
  meetingId: number;
  /** Membership ids by roster key. */
  ids: Record<string, number>;
}

/** Five members in two sectors: 王小明 A001, 曾国强 A002, 单丽 A003 (经济界); 解放 B001, 区伟 B002 (教育界). */
export const FIVE: RosterRow[] = [
  { key: 'A001', name: '王小明', group: '经济界' },
  { key: 'A002', name: '曾国强', group: '经济界' },
  { key: 'A003', name: '单丽', group: '经济界' },
  { key: 'B001', name: '解放', group: '教育界' },
  { key: 'B002', name: '区伟', group: '教育界' },
];

export async function seedSitting(runtime: Runtime, options: { kind?: BodyKind; rows?: RosterRow[]; startsAt?: string; name?: string } = {}): Promise<Sitting> {
  const kind = options.kind ?? 'cppcc';
  const name = options.name ?? '政协云州市委员会';
  const body = await execute(runtime, createBody, { kind, level: 'city', name, nameEn: 'Yunzhou', region: '云州市', regionEn: 'Yunzhou' }, SYSTEM);
  const term = await execute(runtime, createTerm, { bodyId: body.id, ordinal: 13 }, SYSTEM);
  const session = await execute(runtime, createSession, { termId: term.id, ordinal: 3 }, SYSTEM);
  const rows = options.rows ?? FIVE;
  for (const [i, group] of [...new Set(rows.flatMap((r) => (r.group ? [r.group] : [])))].entries()) {
    await execute(runtime, createGroup, { bodyId: body.id, kind: 'sector', name: group, sortOrder: i + 1 }, SYSTEM);
  }
  await execute(runtime, importRoster, { termId: term.id, rows }, SYSTEM);
  const meeting = await execute(runtime, createMeeting, { sessionId: session.id, kind: 'plenary', title: '第二次全体会议', startsAt: options.startsAt ?? '2025-01-09T09:00:00+08:00' }, SYSTEM);
  const stored = await runtime.store.db.selectFrom('memberships').select(['id', 'key']).where('term_id', '=', term.id).execute();
  return { bodyId: body.id, termId: term.id, sessionId: session.id, meetingId: meeting.id, ids: Object.fromEntries(stored.map((m) => [m.key, m.id])) };
}
