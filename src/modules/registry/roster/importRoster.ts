import Type from 'typebox';
import { defineOperation } from '../../../server/operation.js';
import { canonicalJson, sha256 } from '../../audit/chain.js';
import { getBody, getTerm } from '../queries.js';
import { defaultGroupKind, GroupKinds, OneOf, type BodyKind } from '../kinds.js';
import { checkRows, rosterInvalid, tidyRow } from './checkRows.js';
import { RosterLimits } from './limits.js';
import { RosterRow } from './rosterRow.js';
import { saveMembers } from './saveMembers.js';

export const ImportRosterInput = Type.Object(
  {
    termId: Type.Integer({ minimum: 1 }),
    rows: Type.Array(RosterRow, { minItems: 1, maxItems: RosterLimits.rowsPerImport }),
    groupKind: Type.Optional(OneOf(GroupKinds, { description: 'Kind of the groups created; by default what the body calls its groups' })),
    dryRun: Type.Optional(Type.Boolean({ description: 'Check and count, store no member' })),
  },
  { additionalProperties: false },
);

export interface ImportResult {
  bodyId: number;
  termId: number;
  created: number;
  updated: number;
  unchanged: number;
  groupsCreated: number;
  total: number;
  dryRun: boolean;
}

/**
 * Imports a term's roster, all or nothing: if any row is wrong nothing is stored and the error
 * lists every problem (row numbers are places in `rows`, from 1). Members are matched by roster
 * key, so importing again updates them and never duplicates; groups named in the roster are
 * created when missing. A dry run stores no member, person or group; like every operation it
 * still leaves an audit entry, marked `dryRun`. The audit entry is a summary with a digest of
 * the rows, not the rows themselves (phone and ID numbers stay out of the log).
 */
export const importRoster = defineOperation({
  name: 'registry.importRoster',
  input: ImportRosterInput,
  permission: 'roster.manage',
  async run({ tx }, input): Promise<ImportResult> {
    const term = await getTerm(tx, input.termId);
    const body = await getBody(tx, term.body_id);
    const rows = input.rows.map(tidyRow);
    const problems = checkRows(rows);
    if (problems.length > 0) throw rosterInvalid(problems);
    const groupKind = input.groupKind ?? defaultGroupKind(body.kind as BodyKind);
    const dryRun = input.dryRun ?? false;
    const outcome = await saveMembers({ tx, body, term, groupKind, write: !dryRun }, rows);
    const { created, updated, unchanged, groupsCreated, total } = outcome;
    return { bodyId: body.id, termId: term.id, created, updated, unchanged, groupsCreated, total, dryRun };
  },
  audit: (input, result) => ({
    bodyId: result.bodyId,
    payload: {
      termId: result.termId,
      dryRun: result.dryRun,
      total: result.total,
      created: result.created,
      updated: result.updated,
      unchanged: result.unchanged,
      groupsCreated: result.groupsCreated,
      rowsDigest: sha256(canonicalJson(input.rows)),
    },
  }),
  events: (_input, result) =>
    result.dryRun
      ? []
      : [{ type: 'roster.imported', bodyId: result.bodyId, data: { termId: result.termId, created: result.created, updated: result.updated, total: result.total } }],
});
