/**
 * Puts the demo's members on a term's roster. The roster import (`registry.importRoster`) is the
 * operation meant for this; until it is merged, `demo.loadMembers` below stands in for it with
 * the same input and result: one `execute`, one transaction, one audit entry.
 *
 * When `importRoster` lands, `loadMembers` becomes
 *   `return execute(runtime, importRoster, input, actor);`
 * (`import { importRoster } from '../modules/registry/roster/importRoster.js'`) and the
 * `demoLoadMembers` operation is deleted.
 */
import Type, { type Static } from 'typebox';
import { defineOperation, execute, type Actor, type Runtime } from '../server/operation.js';
import { errors } from '../server/errors.js';
import { RosterRow } from '../modules/registry/roster/rosterRow.js';
import { getBody, getTerm, listGroups } from '../modules/registry/queries.js';
import { defaultGroupKind, type BodyKind } from '../modules/registry/kinds.js';
import { canonicalJson, sha256 } from '../modules/audit/chain.js';
import type { NewMembership } from '../store/schema.js';

export const LoadMembersInput = Type.Object(
  {
    termId: Type.Integer({ minimum: 1 }),
    rows: Type.Array(RosterRow, { minItems: 1, maxItems: 5000 }),
  },
  { additionalProperties: false },
);
export type LoadMembersInput = Static<typeof LoadMembersInput>;

/** The result `importRoster` gives; the stand-in only ever creates. */
export interface LoadMembersResult {
  bodyId: number;
  termId: number;
  created: number;
  updated: number;
  unchanged: number;
  groupsCreated: number;
  total: number;
}

/** Loads the demo's roster rows into a term. */
export function loadMembers(runtime: Runtime, input: LoadMembersInput, actor: Actor): Promise<LoadMembersResult> {
  return execute(runtime, demoLoadMembers, input, actor);
}

/** Memberships per INSERT: 11 columns each stays far under either dialect's parameter limit. */
const CHUNK = 200;

/** Stand-in for `registry.importRoster` on an empty term: creates people, memberships and missing groups. */
export const demoLoadMembers = defineOperation({
  name: 'demo.loadMembers',
  input: LoadMembersInput,
  permission: 'roster.manage',
  async run({ tx }, input): Promise<LoadMembersResult> {
    const term = await getTerm(tx, input.termId);
    const body = await getBody(tx, term.body_id);

    const seen = new Set<string>();
    for (const row of input.rows) {
      if (seen.has(row.key)) {
        throw errors.unprocessable('duplicate_key', { 'zh-CN': `编号“${row.key}”重复`, en: `The key "${row.key}" appears more than once` });
      }
      seen.add(row.key);
    }
    const existing = await tx.selectFrom('memberships').select('key').where('term_id', '=', term.id).limit(1).executeTakeFirst();
    if (existing) {
      throw errors.conflict('roster_not_empty', {
        'zh-CN': `届次 ${term.id} 已有成员（如编号“${existing.key}”）；演示数据只载入空名册`,
        en: `Term ${term.id} already has members (key "${existing.key}"); demo data loads into an empty roster only`,
      });
    }

    const groups = new Map((await listGroups(tx, body.id)).map((g) => [g.name, g]));
    let sortOrder = Math.max(0, ...[...groups.values()].map((g) => g.sort_order));
    let groupsCreated = 0;
    for (const row of input.rows) {
      if (!row.group || groups.has(row.group)) continue;
      const created = await tx
        .insertInto('groups')
        .values({ body_id: body.id, kind: defaultGroupKind(body.kind as BodyKind), name: row.group, sort_order: ++sortOrder })
        .returningAll()
        .executeTakeFirstOrThrow();
      groups.set(created.name, created);
      groupsCreated++;
    }

    const memberships: NewMembership[] = [];
    for (const row of input.rows) {
      const person = await tx
        .insertInto('people')
        .values({
          body_id: body.id,
          name: row.name,
          gender: row.gender ?? null,
          ethnicity: row.ethnicity ?? null,
          birth: row.birth ?? null,
          phone: row.phone ?? null,
          id_number: row.idNumber ?? null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      memberships.push({
        body_id: body.id,
        term_id: term.id,
        person_id: person.id,
        group_id: row.group ? groups.get(row.group)!.id : null,
        key: row.key,
        role: row.role ?? 'member',
        title: row.title ?? null,
        start_date: null,
        end_date: null,
        status: row.status ?? 'active',
      });
    }
    for (let i = 0; i < memberships.length; i += CHUNK) {
      await tx.insertInto('memberships').values(memberships.slice(i, i + CHUNK)).execute();
    }
    const total = input.rows.length;
    return { bodyId: body.id, termId: term.id, created: total, updated: 0, unchanged: 0, groupsCreated, total };
  },
  // The rows themselves are in the store; the log keeps their digest, not a second copy.
  audit: (input, result) => ({
    bodyId: result.bodyId,
    payload: { rowsDigest: sha256(canonicalJson(input.rows)), ...result },
  }),
});
