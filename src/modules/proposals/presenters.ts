/** What leaves the server about proposals: allow-listed fields, never raw rows. */
import Type, { type Static } from 'typebox';
import { Nullable } from '../../server/schemaTypes.js';
import { OneOf } from '../registry/kinds.js';
import type { AssignmentRow, Db, ProposalRow, Signer } from './queries.js';
import { assignmentsOf, signersOf } from './queries.js';
import { proposalNumber } from './rules/numbering.js';
import { AssignmentRoles, AssignmentStates, DeclineReasons, ProposalKinds, ProposalStatuses, Ratings, RatingZh, ReviewOutcomes, SourceKinds, type DeclineReason, type Rating, type ReviewOutcome } from './states.js';

const SignerView = Type.Object({ membershipId: Type.Integer(), name: Type.String(), group: Nullable(Type.String()) });
const AttachmentView = Type.Object({ name: Type.String(), text: Type.String() });

export const AssignmentView = Type.Object({
  id: Type.Integer(),
  bodyId: Type.Integer(),
  proposalId: Type.Integer(),
  unitId: Type.Integer(),
  unitName: Type.String(),
  role: OneOf(AssignmentRoles),
  round: Type.Integer(),
  deadline: Type.String({ description: 'YYYY-MM-DD, China Standard Time' }),
  complex: Type.Boolean(),
  state: OneOf(AssignmentStates),
  assignedAt: Type.String(),
  reply: Nullable(Type.String()),
  repliedAt: Nullable(Type.String()),
});

const EvaluationView = Type.Object({
  round: Type.Integer(),
  rating: OneOf(Ratings),
  ratingLabel: Type.String(),
  comment: Nullable(Type.String()),
  rehandle: Type.Boolean(),
  at: Type.String(),
});

export const ProposalSummaryView = Type.Object({
  id: Type.Integer(),
  bodyId: Type.Integer(),
  sessionId: Type.Integer(),
  kind: OneOf(ProposalKinds),
  number: Type.Integer(),
  numberText: Type.String({ description: '第0001号' }),
  title: Type.String(),
  category: Type.String(),
  sourceKind: OneOf(SourceKinds),
  groupId: Nullable(Type.Integer()),
  sourceName: Nullable(Type.String()),
  status: OneOf(ProposalStatuses),
  mergedIntoId: Nullable(Type.Integer()),
  submittedAt: Type.String(),
});

/** A row of a list: the summary with the lead proposer's name and how many signed, so a list needs no detail reads. */
export const ProposalListItemView = Type.Object({
  ...ProposalSummaryView.properties,
  lead: Nullable(Type.String({ description: "The lead proposer's name; null for a group, organisation or committee" })),
  signerCount: Type.Integer(),
});

export const ProposalView = Type.Object({
  ...ProposalSummaryView.properties,
  body: Type.String(),
  attachments: Type.Array(AttachmentView),
  signers: Type.Array(SignerView),
  review: Nullable(
    Type.Object({
      outcome: OneOf(ReviewOutcomes),
      reason: Nullable(Type.String()),
      reasonLabel: Nullable(Type.String()),
      note: Nullable(Type.String()),
      by: Type.String(),
      at: Type.String(),
    }),
  ),
  decision: Nullable(Type.Object({ decision: Type.String(), note: Nullable(Type.String()), by: Type.String(), at: Type.String() })),
  assignments: Type.Array(AssignmentView),
  evaluations: Type.Array(EvaluationView),
});

export type ProposalOut = Static<typeof ProposalView>;

export function presentSummary(p: ProposalRow): Static<typeof ProposalSummaryView> {
  return {
    id: p.id,
    bodyId: p.body_id,
    sessionId: p.session_id,
    kind: p.kind as Static<typeof ProposalSummaryView>['kind'],
    number: p.number,
    numberText: proposalNumber(p.number),
    title: p.title,
    category: p.category,
    sourceKind: p.source_kind as Static<typeof ProposalSummaryView>['sourceKind'],
    groupId: p.group_id,
    sourceName: p.source_name,
    status: p.status as Static<typeof ProposalSummaryView>['status'],
    mergedIntoId: p.merged_into_id,
    submittedAt: p.submitted_at,
  };
}

/** List rows with their lead proposers, from one read of the signers. */
export async function presentListItems(db: Db, rows: ProposalRow[]): Promise<Array<Static<typeof ProposalListItemView>>> {
  const signers = await signersOf(db, rows.map((r) => r.id));
  return rows.map((p) => {
    const own = signers.get(p.id) ?? [];
    return { ...presentSummary(p), lead: own[0]?.name ?? null, signerCount: own.length };
  });
}

export function presentAssignment(a: AssignmentRow): Static<typeof AssignmentView> {
  return {
    id: a.id,
    bodyId: a.body_id,
    proposalId: a.proposal_id,
    unitId: a.unit_id,
    unitName: a.unit_name,
    role: a.role as 'lead' | 'co',
    round: a.round,
    deadline: a.deadline,
    complex: a.complex === 1,
    state: a.state as Static<typeof AssignmentView>['state'],
    assignedAt: a.assigned_at,
    reply: a.reply,
    repliedAt: a.replied_at,
  };
}

function reviewOf(p: ProposalRow): ProposalOut['review'] {
  if (p.kind === 'bill' || p.review_outcome === null) return null;
  const reason = p.review_reason;
  return {
    outcome: p.review_outcome as ReviewOutcome,
    reason,
    reasonLabel: reason !== null && reason in DeclineReasons ? DeclineReasons[reason as DeclineReason] : null,
    note: p.review_note,
    by: p.reviewed_by ?? '',
    at: p.reviewed_at ?? '',
  };
}

function decisionOf(p: ProposalRow): ProposalOut['decision'] {
  if (p.kind !== 'bill' || p.review_reason === null) return null;
  return { decision: p.review_reason, note: p.decision_note, by: p.reviewed_by ?? '', at: p.reviewed_at ?? '' };
}

/** The full view of one proposal: text, signers, review or decision, assignments, evaluations. */
export async function presentProposal(db: Db, p: ProposalRow): Promise<ProposalOut> {
  const signers: Signer[] = (await signersOf(db, [p.id])).get(p.id) ?? [];
  const assignments = await assignmentsOf(db, [p.id]);
  const evaluations = await db.selectFrom('proposal_evaluations').selectAll().where('proposal_id', '=', p.id).orderBy('round').execute();
  return {
    ...presentSummary(p),
    body: p.body,
    attachments: JSON.parse(p.attachments) as Array<{ name: string; text: string }>,
    signers,
    review: reviewOf(p),
    decision: decisionOf(p),
    assignments: assignments.map(presentAssignment),
    evaluations: evaluations.map((e) => ({ round: e.round, rating: e.rating as Rating, ratingLabel: RatingZh[e.rating as Rating], comment: e.comment, rehandle: e.rehandle === 1, at: e.at })),
  };
}

export const UnitView = Type.Object({ id: Type.Integer(), bodyId: Type.Integer(), name: Type.String(), accountId: Nullable(Type.Integer()) });
export function presentUnit(u: { id: number; body_id: number; name: string; account_id: number | null }): Static<typeof UnitView> {
  return { id: u.id, bodyId: u.body_id, name: u.name, accountId: u.account_id };
}
