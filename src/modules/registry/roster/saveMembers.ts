/**
 * The one way members are stored, for a 3,000-row import and for one member added or updated
 * alike: match each change to the term's members by roster key, work out what is new, what
 * changed and what did not, then write in a handful of batched statements (no round trip per
 * row). Groups named by the changes are created when missing, after the body's existing groups
 * in order of first appearance. Each person written gets the pinyin initials of their name, for the
 * check-in desk's search.
 */
import { sql, type Transaction } from 'kysely';
import type { Body, Database, Term } from '../../../store/schema.js';
import type { GroupKind, MembershipRole, MembershipStatus } from '../kinds.js';
import { RosterLimits } from './limits.js';
import { reportProgress } from './progress.js';
import { loadMembers, type StoredMember } from './rosterQueries.js';
import type { RosterRow } from './rosterRow.js';
import { initialsOf } from './initials.js';

/**
 * What to store for one member. `key` finds the member; a field left out keeps what is stored
 * (or its default, for a new member), `null` clears it.
 */
export type MemberChange = Partial<Omit<RosterRow, 'key'>> & {
  key: string;
  startDate?: string | null;
  endDate?: string | null;
};

export interface SaveTarget {
  tx: Transaction<Database>;
  body: Body;
  term: Term;
  /** Kind of the groups created on the way. */
  groupKind: GroupKind;
  /** False for a dry run: everything is worked out, nothing is written. */
  write: boolean;
}

export interface SaveOutcome {
  created: number;
  updated: number;
  unchanged: number;
  groupsCreated: number;
  total: number;
  /** The membership of each change, in order; null for a member a dry run would create. */
  membershipIds: (number | null)[];
}

/** Loading the whole term is one cheap query; below this many changes, ask for their keys only. */
const WHOLE_TERM_FROM = 100;

const PERSON_FIELDS = ['name', 'gender', 'ethnicity', 'birth', 'phone', 'id_number'] as const;
const MEMBERSHIP_FIELDS = ['group_id', 'title', 'role', 'status', 'start_date', 'end_date'] as const;
type PersonFields = Record<(typeof PERSON_FIELDS)[number], string | null> & { name: string };
type MembershipFields = { group_id: number | null; title: string | null; role: string; status: string; start_date: string | null; end_date: string | null };

export async function saveMembers(target: SaveTarget, changes: readonly MemberChange[]): Promise<SaveOutcome> {
  const { tx, body, term, write } = target;
  const stored = await loadMembers(tx, term.id, changes.length >= WHOLE_TERM_FROM ? undefined : changes.map((c) => c.key));
  const byKey = new Map(stored.map((m) => [m.key, m]));
  const { groupIds, groupsCreated } = await ensureGroups(target, changes);

  const creates: { index: number; key: string; person: PersonFields; membership: MembershipFields }[] = [];
  const updates: { index: number; personId: number; membershipId: number; person: PersonFields | null; membership: MembershipFields | null }[] = [];
  const membershipIds: (number | null)[] = changes.map(() => null);
  let unchanged = 0;

  changes.forEach((change, index) => {
    const before = byKey.get(change.key);
    const group = change.group === undefined ? undefined : change.group === null ? null : groupIds.get(change.group)!;
    const person = mergePerson(change, before);
    const membership = mergeMembership(change, group, before);
    if (!before) {
      creates.push({ index, key: change.key, person, membership });
      return;
    }
    membershipIds[index] = before.membershipId;
    const personChanged = PERSON_FIELDS.some((f) => person[f] !== storedPerson(before)[f]);
    const membershipChanged = MEMBERSHIP_FIELDS.some((f) => membership[f] !== storedMembership(before)[f]);
    if (personChanged || membershipChanged) {
      updates.push({ index, personId: before.personId, membershipId: before.membershipId, person: personChanged ? person : null, membership: membershipChanged ? membership : null });
    } else {
      unchanged++;
    }
  });

  if (write) {
    const total = creates.length + updates.length;
    let done = 0;
    for (const chunk of chunks(creates, RosterLimits.writeChunk)) {
      const personIds = await insertPeople(tx, body.id, chunk.map((c) => c.person));
      const rows = await tx
        .insertInto('memberships')
        .values(chunk.map((c, i) => ({ body_id: body.id, term_id: term.id, person_id: personIds[i]!, key: c.key, ...c.membership })))
        .returning(['id', 'key'])
        .execute();
      const idOfKey = new Map(rows.map((r) => [r.key, r.id]));
      for (const c of chunk) membershipIds[c.index] = idOfKey.get(c.key)!;
      done += chunk.length;
      reportProgress({ phase: 'write', done, total });
    }
    for (const chunk of chunks(updates, RosterLimits.writeChunk)) {
      await updateRows(tx, 'people', PERSON_COLUMNS, chunk.flatMap((u) => (u.person ? [{ id: u.personId, ...u.person, initials: initialsOf(u.person.name) }] : [])));
      await updateRows(tx, 'memberships', MEMBERSHIP_COLUMNS, chunk.flatMap((u) => (u.membership ? [{ id: u.membershipId, ...u.membership }] : [])));
      done += chunk.length;
      reportProgress({ phase: 'write', done, total });
    }
  }

  return { created: creates.length, updated: updates.length, unchanged, groupsCreated, total: changes.length, membershipIds };
}

function storedPerson(m: StoredMember): PersonFields {
  return { name: m.name, gender: m.gender, ethnicity: m.ethnicity, birth: m.birth, phone: m.phone, id_number: m.idNumber };
}

function storedMembership(m: StoredMember): MembershipFields {
  return { group_id: m.groupId, title: m.title, role: m.role, status: m.status, start_date: m.startDate, end_date: m.endDate };
}

/** `change[field]` when given, else what is stored, else the default. */
function pick<T>(given: T | undefined, stored: T | undefined, fallback: T): T {
  return given !== undefined ? given : stored !== undefined ? stored : fallback;
}

function mergePerson(c: MemberChange, before: StoredMember | undefined): PersonFields {
  const name = pick(c.name, before?.name, undefined);
  // Callers check that a new member has a name (checkRows); this is the guard behind them.
  if (name === undefined) throw new Error(`Member "${c.key}" is new and has no name`);
  return {
    name,
    gender: pick(c.gender, before?.gender, null),
    ethnicity: pick(c.ethnicity, before?.ethnicity, null),
    birth: pick(c.birth, before?.birth, null),
    phone: pick(c.phone, before?.phone, null),
    id_number: pick(c.idNumber, before?.idNumber, null),
  };
}

function mergeMembership(c: MemberChange, group: number | null | undefined, before: StoredMember | undefined): MembershipFields {
  return {
    group_id: pick(group, before?.groupId, null),
    title: pick(c.title, before?.title, null),
    role: pick<string>(c.role, before?.role, 'member' satisfies MembershipRole),
    status: pick<string>(c.status, before?.status, 'active' satisfies MembershipStatus),
    start_date: pick(c.startDate, before?.startDate, null),
    end_date: pick(c.endDate, before?.endDate, null),
  };
}

/** The ids of the groups the changes name, creating the missing ones. A dry run counts them without creating. */
async function ensureGroups(target: SaveTarget, changes: readonly MemberChange[]): Promise<{ groupIds: Map<string, number>; groupsCreated: number }> {
  const names = [...new Set(changes.flatMap((c) => (c.group ? [c.group] : [])))];
  if (names.length === 0) return { groupIds: new Map(), groupsCreated: 0 };
  const existing = await target.tx.selectFrom('groups').select(['id', 'name', 'sort_order']).where('body_id', '=', target.body.id).execute();
  const groupIds = new Map(existing.map((g) => [g.name, g.id]));
  const missing = names.filter((n) => !groupIds.has(n));
  if (missing.length === 0) return { groupIds, groupsCreated: 0 };
  if (!target.write) {
    // Stand-in ids, never stored: they only make "moved to a new group" count as a change.
    missing.forEach((name, i) => groupIds.set(name, -1 - i));
    return { groupIds, groupsCreated: missing.length };
  }
  const after = existing.reduce((max, g) => Math.max(max, g.sort_order), 0);
  const created = await target.tx
    .insertInto('groups')
    .values(missing.map((name, i) => ({ body_id: target.body.id, kind: target.groupKind, name, sort_order: after + 1 + i })))
    .returning(['id', 'name'])
    .execute();
  for (const g of created) groupIds.set(g.name, g.id);
  return { groupIds, groupsCreated: created.length };
}

/**
 * Inserts people and returns their ids in input order. RETURNING promises no row order, so rows
 * are matched back by their content; people whose every field is equal are interchangeable.
 */
async function insertPeople(tx: Transaction<Database>, bodyId: number, people: PersonFields[]): Promise<number[]> {
  const rows = await tx
    .insertInto('people')
    .values(people.map((p) => ({ body_id: bodyId, ...p, initials: initialsOf(p.name) })))
    .returning(['id', ...PERSON_FIELDS])
    .execute();
  const idsBySignature = new Map<string, number[]>();
  for (const r of rows) {
    const sig = signature(r);
    idsBySignature.set(sig, [...(idsBySignature.get(sig) ?? []), r.id]);
  }
  return people.map((p) => idsBySignature.get(signature(p))!.shift()!);
}

const signature = (p: PersonFields) => JSON.stringify(PERSON_FIELDS.map((f) => p[f]));

type ColumnType = 'text' | 'integer';
/** Initials are derived from the name: written with each person, never compared as a change of their own. */
const PERSON_COLUMNS: [string, ColumnType][] = [...PERSON_FIELDS.map((f): [string, ColumnType] => [f, 'text']), ['initials', 'text']];
const MEMBERSHIP_COLUMNS: [string, ColumnType][] = MEMBERSHIP_FIELDS.map((f) => [f, f === 'group_id' ? 'integer' : 'text']);

/**
 * Updates many rows of a table by id in one statement: `WITH v(id, …) AS (VALUES …) UPDATE t SET
 * … FROM v WHERE t.id = v.id`, which SQLite (3.33+) and PostgreSQL both run. Each value is cast so
 * PostgreSQL knows its type.
 */
async function updateRows(tx: Transaction<Database>, table: 'people' | 'memberships', columns: [string, ColumnType][], rows: Array<{ id: number } & object>): Promise<void> {
  if (rows.length === 0) return;
  const cast = (value: unknown, type: ColumnType) => (type === 'integer' ? sql`cast(${value} as integer)` : sql`cast(${value} as text)`);
  const values = rows.map((r) => sql`(${sql.join([cast(r.id, 'integer'), ...columns.map(([c, t]) => cast((r as Record<string, unknown>)[c], t))])})`);
  const names = sql.join([sql.ref('id'), ...columns.map(([c]) => sql.ref(c))]);
  const sets = sql.join(columns.map(([c]) => sql`${sql.ref(c)} = v.${sql.ref(c)}`));
  await sql`with v(${names}) as (values ${sql.join(values)}) update ${sql.table(table)} set ${sets} from v where ${sql.table(table)}.id = v.id`.execute(tx);
}

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
