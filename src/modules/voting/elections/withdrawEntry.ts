import Type from 'typebox';
import { defineOperation } from '../../../server/operation.js';
import { entriesOf, loadRound } from './queries.js';
import { refusals } from './refusals.js';
import { Id } from './schemas.js';
import { RoundState } from './states.js';

export const WithdrawEntryInput = Type.Object(
  { roundId: Id, entryId: Id, reason: Type.String({ minLength: 1, maxLength: 200, description: '录入有误，重新录入' }) },
  { additionalProperties: false },
);

/** Withdraws an entry made in error while its round is open; it stays on record, marked withdrawn. */
export const withdrawEntry = defineOperation({
  name: 'elections.withdrawEntry',
  input: WithdrawEntryInput,
  permission: 'voting.manage',
  async run({ tx, actor, now }, input) {
    const round = await loadRound(tx, input.roundId);
    const entry = (await entriesOf(tx, round.id)).find((e) => e.id === input.entryId);
    if (!entry) throw refusals.entryNotFound(round.id, input.entryId);
    if (round.state !== RoundState.Open) throw refusals.roundClosed(round.id, round.closedAt);
    if (entry.withdrawnAt !== null) throw refusals.entryWithdrawn(entry.id, entry.withdrawnAt);
    const at = now.toISOString();
    await tx.updateTable('election_entries').set({ withdrawn_at: at, withdrawn_by: actor.label, withdraw_reason: input.reason }).where('id', '=', entry.id).execute();
    return { bodyId: round.bodyId, electionId: round.electionId, roundId: round.id, entryId: entry.id, kind: entry.kind, withdrawnAt: at, withdrawnBy: actor.label, reason: input.reason };
  },
  audit: (_input, r) => ({ bodyId: r.bodyId, payload: { electionId: r.electionId, roundId: r.roundId, entryId: r.entryId, kind: r.kind, reason: r.reason } }),
});
