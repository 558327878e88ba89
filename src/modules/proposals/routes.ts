import Type from 'typebox';
import type { RouteModule } from '../../server/routing.js';
import { IdParams, operationRoute } from '../../server/routing.js';
import { getBody } from '../registry/queries.js';
import { OneOf } from '../registry/kinds.js';
import { submitProposal } from './submitProposal.js';
import { reviewProposal } from './reviewProposal.js';
import { decideBill } from './decideBill.js';
import { assignProposal } from './assignProposal.js';
import { replyAssignment } from './replyAssignment.js';
import { evaluateReply } from './evaluateReply.js';
import { createHandlingUnit } from './createHandlingUnit.js';
import { setProposalSettings, SettingsView } from './setProposalSettings.js';
import { listUnits, loadProposalRow, sessionContext, settingsOf } from './queries.js';
import { listProposals } from './search.js';
import { overdueAssignments, proposalStats } from './stats.js';
import { unitAssignment, unitAssignments } from './unitAssignments.js';
import { AssignmentView, presentAssignment, presentListItems, presentProposal, presentUnit, ProposalListItemView, ProposalSummaryView, ProposalView, UnitView } from './presenters.js';
import { activeInTerm, CO_PROPOSER_LIMIT, coProposers, CoProposerView } from './coProposers.js';
import { refusals } from './refusals.js';
import { can } from '../../server/permissions.js';
import { AssignmentStates, DeclineReasonIds, DeclineReasons, Limits, ProposalKinds, ProposalStatuses, SourceKinds } from './states.js';

const tag = 'proposals';
const tags = [tag];
const security = [{ bearer: [] }];

const ListQuery = Type.Object(
  {
    kind: Type.Optional(OneOf(ProposalKinds)),
    status: Type.Optional(OneOf(ProposalStatuses)),
    category: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
    sourceKind: Type.Optional(OneOf(SourceKinds)),
    signer: Type.Optional(Type.Integer({ minimum: 1, maximum: 2147483647, description: 'A membership id: only the proposals it signed, as lead or co-proposer (a member\'s own)' })),
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'Text in the title or body; any length, Chinese included' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: Limits.listPage })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
  },
  { additionalProperties: false },
);

const CountView = Type.Array(Type.Object({ key: Type.String(), count: Type.Integer() }));
const StatsView = Type.Object({
  total: Type.Integer(),
  byStatus: CountView,
  byCategory: CountView,
  bySourceKind: CountView,
  byGroup: CountView,
  byUnit: Type.Array(Type.Object({ unitId: Type.Integer(), unitName: Type.String(), lead: Type.Integer(), co: Type.Integer(), open: Type.Integer(), replied: Type.Integer() })),
});
const UnitAssignmentView = Type.Object({ ...AssignmentView.properties, proposal: Type.Object({ kind: Type.String(), number: Type.Integer(), title: Type.String() }) });
const OverdueView = Type.Array(Type.Object({ ...AssignmentView.properties, proposal: Type.Object({ kind: Type.String(), number: Type.Integer(), title: Type.String() }) }));

/** Proposals, bills and suggestions: submission, review, the presidium's decision, assignment, replies, evaluation. */
export const proposalRoutes: RouteModule = (app, runtime) => {
  const db = runtime.store.db;
  const dialect = runtime.store.dialect;

  operationRoute(app, runtime, { method: 'PUT', url: '/api/bodies/:id/proposal-settings', op: setProposalSettings, tag, summary: "The body's proposal categories and a bill's joint-signature minimum (0: the default by level)", params: { id: 'bodyId' }, status: 200 });
  operationRoute(app, runtime, { url: '/api/bodies/:id/handling-units', op: createHandlingUnit, tag, summary: 'A handling unit (承办单位), linked to its account of role unit', params: { id: 'bodyId' } });
  operationRoute(app, runtime, { url: '/api/sessions/:id/proposals', op: submitProposal, tag, summary: 'Submit a proposal, bill or suggestion; a member as its lead proposer, staff for any source. Numbered per session and kind', params: { id: 'sessionId' } });
  operationRoute(app, runtime, { url: '/api/proposals/:id/review', op: reviewProposal, tag, summary: 'The proposal committee files, declines (with a set reason), merges, or passes on a proposal as a letter or a public-opinion report', params: { id: 'proposalId' }, status: 200 });
  operationRoute(app, runtime, { url: '/api/proposals/:id/presidium-decision', op: decideBill, tag, summary: "The presidium's decision on a bill: on the agenda, referred to a special committee, or not put forward", params: { id: 'proposalId' }, status: 200 });
  operationRoute(app, runtime, { url: '/api/proposals/:id/assignments', op: assignProposal, tag, summary: 'Assign a filed proposal or a suggestion to a lead unit and co-handlers with a deadline (3 months, 6 when complex)', params: { id: 'proposalId' } });
  operationRoute(app, runtime, { url: '/api/assignments/:id/reply', op: replyAssignment, tag, summary: "A unit's written reply to its own assignment; the lead unit's reply completes the handling", params: { id: 'assignmentId' }, status: 200 });
  operationRoute(app, runtime, { url: '/api/proposals/:id/evaluation', op: evaluateReply, tag, summary: "The lead proposer's evaluation of the reply; not satisfied, they may ask for re-handling", params: { id: 'proposalId' } });

  app.get(
    '/api/bodies/:id/proposal-settings',
    {
      schema: {
        operationId: 'proposals.getSettings',
        tags,
        security,
        summary: "The body's proposal categories, the bill signature minimum setting, and the set reasons for declining",
        params: IdParams,
        response: { 200: Type.Object({ ...SettingsView.properties, declineReasons: Type.Array(Type.Object({ id: Type.String(), label: Type.String() })) }) },
      },
      config: { access: 'proposals.view' },
    },
    async (request) => {
      await getBody(db, request.params.id);
      const settings = await settingsOf(db, request.params.id);
      return { bodyId: request.params.id, ...settings, declineReasons: DeclineReasonIds.map((id) => ({ id, label: DeclineReasons[id] })) };
    },
  );

  app.get(
    '/api/bodies/:id/handling-units',
    {
      schema: { operationId: 'proposals.listUnits', tags, security, summary: "The body's handling units", params: IdParams, response: { 200: Type.Array(UnitView) } },
      config: { access: 'proposals.manage' },
    },
    async (request) => {
      await getBody(db, request.params.id);
      return (await listUnits(db, request.params.id)).map(presentUnit);
    },
  );

  app.get(
    '/api/sessions/:id/proposals',
    {
      schema: {
        operationId: 'proposals.listProposals',
        tags,
        security,
        summary: "A session's proposals by kind and number, filtered (`signer`: those a membership signed), with full-text search `q` over title and body; each with its lead proposer's name",
        params: IdParams,
        querystring: ListQuery,
        response: { 200: Type.Object({ total: Type.Integer(), proposals: Type.Array(ProposalListItemView) }) },
      },
      config: { access: 'proposals.view' },
    },
    async (request) => {
      await sessionContext(db, request.params.id);
      const { total, rows } = await listProposals(db, dialect, request.params.id, request.query);
      return { total, proposals: await presentListItems(db, rows) };
    },
  );

  app.get(
    '/api/sessions/:id/co-proposers',
    {
      schema: {
        operationId: 'proposals.findCoProposers',
        tags,
        security,
        summary: `Members a proposer may sign with: the active members of the session's term (not the caller; a member asks only in their own term, else 403 not_member_of_term) whose name contains q, key starts with it, or pinyin initials start with it; name, group and membership only, at most ${CO_PROPOSER_LIMIT}`,
        params: IdParams,
        querystring: Type.Object({ q: Type.Optional(Type.String({ maxLength: 40 })) }, { additionalProperties: false }),
        response: { 200: Type.Array(CoProposerView) },
      },
      config: { access: 'proposals.submit' },
    },
    async (request) => {
      const ctx = await sessionContext(db, request.params.id);
      const staff = can(request.actor.role, 'proposals.manage');
      if (!staff && !(await activeInTerm(db, ctx.termId, request.actor.personId))) throw refusals.notMemberOfTerm(ctx.sessionId);
      return coProposers(db, ctx.termId, request.query.q, request.actor.personId);
    },
  );

  app.get(
    '/api/sessions/:id/proposals/stats',
    {
      schema: {
        operationId: 'proposals.stats',
        tags,
        security,
        summary: "Counts of a session's proposals by status, category, source kind, group (the lead proposer's) and handling unit",
        params: IdParams,
        querystring: Type.Object({ kind: Type.Optional(OneOf(ProposalKinds)) }, { additionalProperties: false }),
        response: { 200: StatsView },
      },
      config: { access: 'proposals.view' },
    },
    async (request) => {
      await sessionContext(db, request.params.id);
      return proposalStats(db, request.params.id, request.query.kind);
    },
  );

  app.get(
    '/api/sessions/:id/proposals/overdue',
    {
      schema: { operationId: 'proposals.listOverdue', tags, security, summary: 'Open assignments of the session past their deadline, earliest first', params: IdParams, response: { 200: OverdueView } },
      config: { access: 'proposals.manage' },
    },
    async (request) => {
      await sessionContext(db, request.params.id);
      return (await overdueAssignments(db, request.params.id, new Date())).map((r) => ({ ...presentAssignment(r), proposal: { kind: r.kind, number: r.number, title: r.title } }));
    },
  );

  app.get(
    '/api/proposals/:id',
    {
      schema: { operationId: 'proposals.getProposal', tags, security, summary: 'One proposal with its text, signers, review or decision, assignments and evaluations', params: IdParams, response: { 200: ProposalView } },
      config: { access: 'proposals.view' },
    },
    async (request) => presentProposal(db, await loadProposalRow(db, dialect, request.params.id)),
  );

  app.get(
    '/api/units/me/assignments',
    {
      schema: {
        operationId: 'proposals.myAssignments',
        tags,
        security,
        summary: "The signed-in handling unit's own assignments, earliest deadline first",
        querystring: Type.Object({ state: Type.Optional(OneOf(AssignmentStates)) }, { additionalProperties: false }),
        response: { 200: Type.Object({ unit: Type.Object({ id: Type.Integer(), name: Type.String() }), assignments: Type.Array(UnitAssignmentView) }) },
      },
      config: { access: 'proposals.handle' },
    },
    async (request) => unitAssignments(db, request.actor.accountId, request.query.state),
  );

  app.get(
    '/api/units/me/assignments/:id',
    {
      schema: {
        operationId: 'proposals.myAssignment',
        tags,
        security,
        summary: "One of the unit's own assignments with the proposal's text (and, for the lead, the co-handlers' opinions); another unit's answers 404",
        params: IdParams,
        response: {
          200: Type.Object({
            ...AssignmentView.properties,
            proposal: Type.Object({ ...ProposalSummaryView.properties, body: Type.String(), attachments: Type.Array(Type.Object({ name: Type.String(), text: Type.String() })) }),
            coOpinions: Type.Array(Type.Object({ unitName: Type.String(), reply: Type.String(), repliedAt: Type.String() }), { description: "For the lead unit: the co-handlers' opinions of the same round" }),
          }),
        },
      },
      config: { access: 'proposals.handle' },
    },
    async (request) => unitAssignment(db, dialect, request.actor.accountId, request.params.id),
  );
};
