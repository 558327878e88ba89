import Type from 'typebox';
import { defineOperation } from '../../server/operation.js';
import { getBody } from '../registry/queries.js';
import { listRanks } from './queries.js';
import { presentRankTable, RankEntry } from './presenters.js';
import { refusals } from './refusals.js';

export const SetRanksInput = Type.Object(
  {
    bodyId: Type.Integer({ minimum: 1 }),
    /** The whole table: it replaces the body's previous one. */
    ranks: Type.Array(RankEntry, { maxItems: 500 }),
  },
  { additionalProperties: false },
);

/** Sets (replaces) a body's rank table of office titles for protocol order (按职务排序). */
export const setRanks = defineOperation({
  name: 'protocol.setRanks',
  input: SetRanksInput,
  permission: 'meeting.manage',
  async run({ tx }, input) {
    await getBody(tx, input.bodyId);
    const seen = new Set<string>();
    for (const r of input.ranks) {
      if (seen.has(r.title)) throw refusals.duplicateTitle(r.title, input.bodyId);
      seen.add(r.title);
    }
    await tx.deleteFrom('protocol_ranks').where('body_id', '=', input.bodyId).execute();
    if (input.ranks.length > 0) {
      await tx
        .insertInto('protocol_ranks')
        .values(input.ranks.map((r) => ({ body_id: input.bodyId, title: r.title, rank: r.rank })))
        .execute();
    }
    return presentRankTable(input.bodyId, await listRanks(tx, input.bodyId));
  },
});
