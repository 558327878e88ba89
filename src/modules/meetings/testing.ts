/**
 * A congress in session with its opening meeting, and a consultative conference beside it, for the
 * meetings tests. Everything goes through operations; names are synthetic.
 */
import { execute, SYSTEM, type Runtime } from '../../server/operation.js';
import { createBody } from '../registry/createBody.js';
import { createTerm } from '../registry/createTerm.js';
import { createSession } from '../registry/createSession.js';
import { importRoster } from '../registry/roster/importRoster.js';
import { createMeeting } from './createMeeting.js';

export interface SittingSeed {
  congress: { bodyId: number; termId: number; sessionId: number; meetingId: number; groupIds: Record<string, number>; members: Record<string, number> };
  cppcc: { bodyId: number; termId: number; groupIds: Record<string, number>; members: Record<string, number> };
}

const CONGRESS_ROWS = [
  { key: 'RD-001', name: '林晓东', group: '青山区代表团', title: '常委会主任', role: 'chair' as const },
  { key: 'RD-002', name: '王雨桐', group: '云湖区代表团', title: '常委会副主任', role: 'vice-chair' as const },
  { key: 'RD-003', name: '陈立', group: '青山区代表团', title: '常委会副主任', role: 'vice-chair' as const },
  { key: 'RD-004', name: '赵一鸣', group: '云湖区代表团' },
  { key: 'RD-005', name: '周小禾', group: '云湖区代表团', status: 'resigned' as const },
];

const CPPCC_ROWS = [
  { key: 'ZX-001', name: '郑安', group: '经济界', title: '主席', role: 'chair' as const },
  { key: 'ZX-002', name: '孙若兰', group: '经济界' },
  { key: 'ZX-003', name: '吴志远', group: '教育界' },
];

async function membersOf(runtime: Runtime, termId: number) {
  const rows = await runtime.store.db
    .selectFrom('memberships')
    .innerJoin('people', 'people.id', 'memberships.person_id')
    .leftJoin('groups', 'groups.id', 'memberships.group_id')
    .select(['memberships.id', 'people.name', 'groups.id as group_id', 'groups.name as group_name'])
    .where('memberships.term_id', '=', termId)
    .execute();
  return {
    members: Object.fromEntries(rows.map((r) => [r.name, r.id])),
    groupIds: Object.fromEntries(rows.filter((r) => r.group_name !== null).map((r) => [r.group_name!, r.group_id!])),
  };
}

export async function seedSitting(runtime: Runtime): Promise<SittingSeed> {
  const congress = await execute(runtime, createBody, { kind: 'people-congress', level: 'city', name: '云州市人民代表大会', nameEn: "Yunzhou People's Congress", region: '云州市', regionEn: 'Yunzhou' }, SYSTEM);
  const congressTerm = await execute(runtime, createTerm, { bodyId: congress.id, ordinal: 16 }, SYSTEM);
  const session = await execute(runtime, createSession, { termId: congressTerm.id, ordinal: 3 }, SYSTEM);
  await execute(runtime, importRoster, { termId: congressTerm.id, rows: CONGRESS_ROWS }, SYSTEM);
  const meeting = await execute(runtime, createMeeting, { sessionId: session.id, kind: 'opening', title: '第一次全体会议', startsAt: '2025-01-09T09:00:00+08:00', venue: '云州市人民会堂' }, SYSTEM);

  const cppcc = await execute(runtime, createBody, { kind: 'cppcc', level: 'city', name: '政协云州市委员会', nameEn: 'Yunzhou CPPCC Committee', region: '云州市', regionEn: 'Yunzhou' }, SYSTEM);
  const cppccTerm = await execute(runtime, createTerm, { bodyId: cppcc.id, ordinal: 13 }, SYSTEM);
  await execute(runtime, importRoster, { termId: cppccTerm.id, rows: CPPCC_ROWS }, SYSTEM);

  return {
    congress: { bodyId: congress.id, termId: congressTerm.id, sessionId: session.id, meetingId: meeting.id, ...(await membersOf(runtime, congressTerm.id)) },
    cppcc: { bodyId: cppcc.id, termId: cppccTerm.id, ...(await membersOf(runtime, cppccTerm.id)) },
  };
}

/** An audit entry of the operation, as stored: its actor, body and payload. */
export async function auditOf(runtime: Runtime, operation: string) {
  const rows = await runtime.store.db.selectFrom('audit_log').select(['actor', 'body_id', 'payload']).where('operation', '=', operation).orderBy('seq').execute();
  return rows.map((r) => ({ actor: r.actor, bodyId: r.body_id, payload: JSON.parse(r.payload) as unknown }));
}

/** Headers asking for English answers. */
export const en = { 'accept-language': 'en' };
