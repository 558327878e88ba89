import Type, { type Static } from 'typebox';
import { defineOperation } from '../../server/operation.js';
import { can } from '../../server/permissions.js';
import { errors } from '../../server/errors.js';
import { OneOf } from '../registry/kinds.js';
import { Attachment, Category, Id, Text } from './inputs.js';
import { activeMemberships, sessionContext, settingsOf, type SessionContext } from './queries.js';
import { presentProposal } from './presenters.js';
import { refusals } from './refusals.js';
import { billSignatureMinimum, meetsSignatureMinimum } from './rules/signatures.js';
import { Limits, ProposalKind, ProposalKinds, ProposalStatus, SourceKind, SourceKinds } from './states.js';

export const SubmitProposalInput = Type.Object(
  {
    sessionId: Id,
    kind: OneOf(ProposalKinds),
    title: Text(Limits.titleLength),
    body: Text(Limits.bodyLength),
    category: Category,
    sourceKind: OneOf(SourceKinds),
    signers: Type.Optional(Type.Array(Id, { maxItems: Limits.signers, uniqueItems: true, description: 'Membership ids: the lead proposer first, then the co-proposers in order' })),
    groupId: Type.Optional(Id),
    sourceName: Type.Optional(Text(200)),
    attachments: Type.Optional(Type.Array(Attachment, { maxItems: Limits.attachments })),
  },
  { additionalProperties: false },
);

type Input = Static<typeof SubmitProposalInput>;

/** Proposals at a consultative conference, bills and suggestions at a congress. */
function kindFits(kind: string, ctx: SessionContext): boolean {
  if (ctx.bodyKind === 'cppcc') return kind === ProposalKind.Proposal;
  if (ctx.bodyKind === 'people-congress' || ctx.bodyKind === 'standing-committee') return kind !== ProposalKind.Proposal;
  return true;
}

/** What each source must name: signers for members, a group for a sector or delegation, a name for an organisation or committee. */
function checkSourceShape(input: Input): void {
  const signers = input.signers ?? [];
  switch (input.sourceKind) {
    case SourceKind.Member:
      if (signers.length !== 1) throw refusals.sourceShape('member', 'has exactly one signer');
      break;
    case SourceKind.Joint:
      if (signers.length < 2) throw refusals.sourceShape('joint', 'has two or more signers');
      break;
    case SourceKind.Group:
      if (input.groupId === undefined) throw refusals.sourceShape('group', 'names its groupId');
      break;
    default:
      if (input.sourceName === undefined) throw refusals.sourceShape(input.sourceKind, 'names its sourceName');
  }
}

/**
 * A proposal, bill or suggestion, numbered in its session and kind in order of submission. A member
 * submits as the lead proposer, alone or jointly; staff enter any source. A bill from deputies needs
 * the body's joint-signature minimum; a bill waits for the presidium, the others for review or
 * assignment.
 */
export const submitProposal = defineOperation({
  name: 'proposals.submitProposal',
  input: SubmitProposalInput,
  permission: 'proposals.submit',
  async run({ tx, dialect, actor, now }, input) {
    const ctx = await sessionContext(tx, input.sessionId);
    if (!kindFits(input.kind, ctx)) throw refusals.kindNotForBody(input.kind, ctx.bodyKind);
    checkSourceShape(input);
    const settings = await settingsOf(tx, ctx.bodyId);
    if (!settings.categories.includes(input.category)) throw refusals.unknownCategory(input.category, settings.categories);

    const signers = input.signers ?? [];
    const members = await activeMemberships(tx, ctx.termId, signers);
    for (const id of signers) if (!members.has(id)) throw refusals.signerNotMember(id, ctx.sessionId);
    const staff = can(actor.role, 'proposals.manage');
    if (!staff) {
      if (input.sourceKind !== SourceKind.Member && input.sourceKind !== SourceKind.Joint) throw refusals.memberSourceOnly();
      if (actor.personId === null || members.get(signers[0]!)?.personId !== actor.personId) throw refusals.notOwnProposal();
    }
    if (input.groupId !== undefined) {
      const group = await tx.selectFrom('groups').select('body_id').where('id', '=', input.groupId).executeTakeFirst();
      if (!group || group.body_id !== ctx.bodyId) throw errors.notFound('group', input.groupId);
    }
    if (input.kind === ProposalKind.Bill && (input.sourceKind === SourceKind.Member || input.sourceKind === SourceKind.Joint)) {
      const minimum = billSignatureMinimum(ctx.bodyLevel, settings.billMinSigners);
      if (!meetsSignatureMinimum(signers.length, minimum)) throw refusals.billShortOfSignatures(signers.length, minimum);
    }

    // The next number is the session's highest plus one. On PostgreSQL two submissions could both
    // read the same highest; holding the session row serialises them (SQLite has one writer).
    if (dialect === 'postgres') await tx.selectFrom('sessions').select('id').where('id', '=', ctx.sessionId).forUpdate().execute();
    const last = await tx
      .selectFrom('proposals')
      .select((eb) => eb.fn.max('number').as('n'))
      .where('session_id', '=', ctx.sessionId)
      .where('kind', '=', input.kind)
      .executeTakeFirst();
    const row = await tx
      .insertInto('proposals')
      .values({
        body_id: ctx.bodyId,
        session_id: ctx.sessionId,
        kind: input.kind,
        number: Number(last?.n ?? 0) + 1,
        title: input.title,
        body: input.body,
        category: input.category,
        source_kind: input.sourceKind,
        group_id: input.groupId ?? null,
        source_name: input.sourceName ?? null,
        attachments: JSON.stringify(input.attachments ?? []),
        status: ProposalStatus.Submitted,
        review_outcome: null,
        review_reason: null,
        review_note: null,
        merged_into_id: null,
        reviewed_by: null,
        reviewed_at: null,
        decision_note: null,
        submitted_at: now.toISOString(),
        submitted_by: actor.label,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    if (signers.length > 0) {
      await tx
        .insertInto('proposal_signers')
        .values(signers.map((membershipId, i) => ({ proposal_id: row.id, ordinal: i + 1, body_id: ctx.bodyId, membership_id: membershipId })))
        .execute();
    }
    return presentProposal(tx, row);
  },
  audit: (input, p) => ({
    bodyId: p.bodyId,
    payload: { proposalId: p.id, sessionId: p.sessionId, kind: p.kind, number: p.number, title: p.title, category: p.category, sourceKind: p.sourceKind, signers: input.signers ?? [], groupId: p.groupId, sourceName: p.sourceName },
  }),
});
