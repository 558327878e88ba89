/** The named kinds, states, reasons and limits of proposals, in one place. */

/** 提案 (consultative conference), 议案 and 建议 (people's congress). */
export const ProposalKinds = ['proposal', 'bill', 'suggestion'] as const;
export type ProposalKind = (typeof ProposalKinds)[number];
export const ProposalKind = { Proposal: 'proposal', Bill: 'bill', Suggestion: 'suggestion' } as const satisfies Record<string, ProposalKind>;

/** 委员个人 / 联名 / 界别或代表团 / 党派团体 / 专门委员会. */
export const SourceKinds = ['member', 'joint', 'group', 'organisation', 'committee'] as const;
export type SourceKind = (typeof SourceKinds)[number];
export const SourceKind = { Member: 'member', Joint: 'joint', Group: 'group', Organisation: 'organisation', Committee: 'committee' } as const satisfies Record<string, SourceKind>;

export const ProposalStatuses = [
  'submitted',
  // review outcomes (proposals)
  'filed',
  'declined',
  'merged',
  'letter',
  'opinion',
  // handling (filed proposals, suggestions)
  'handling',
  'replied',
  'evaluated',
  // the presidium's decision (bills)
  'on-agenda',
  'referred',
  'not-forwarded',
] as const;
export type ProposalStatus = (typeof ProposalStatuses)[number];
export const ProposalStatus = {
  Submitted: 'submitted',
  Filed: 'filed',
  Declined: 'declined',
  Merged: 'merged',
  Letter: 'letter',
  Opinion: 'opinion',
  Handling: 'handling',
  Replied: 'replied',
  Evaluated: 'evaluated',
  OnAgenda: 'on-agenda',
  Referred: 'referred',
  NotForwarded: 'not-forwarded',
} as const satisfies Record<string, ProposalStatus>;

/** What the proposal committee decides: 立案, 不予立案, 并案, 转来信, 转社情民意. */
export const ReviewOutcomes = ['filed', 'declined', 'merged', 'letter', 'opinion'] as const;
export type ReviewOutcome = (typeof ReviewOutcomes)[number];

/** The set list of reasons for 不予立案 (政协全国委员会提案工作条例 lists what a proposal may not be). Ids are stable. */
export const DeclineReasonIds = ['outside-remit', 'party-internal', 'academic', 'no-concrete-suggestion', 'judicial-case', 'several-matters', 'other'] as const;
export type DeclineReason = (typeof DeclineReasonIds)[number];
export const DeclineReasons: Record<DeclineReason, string> = {
  'outside-remit': '不属于政协履职范围',
  'party-internal': '涉及党派内部事务',
  academic: '属于学术探讨',
  'no-concrete-suggestion': '内容空泛，没有具体建议',
  'judicial-case': '涉及司法诉讼',
  'several-matters': '一案多事',
  other: '其他',
};

/** The presidium's decision on a bill: 列入会议议程 / 交专门委员会审议 / 不予提出. */
export const PresidiumDecisions = ['on-agenda', 'referred', 'not-forwarded'] as const;
export type PresidiumDecision = (typeof PresidiumDecisions)[number];

/** 满意 / 基本满意 / 不满意. */
export const Ratings = ['satisfied', 'basically-satisfied', 'not-satisfied'] as const;
export type Rating = (typeof Ratings)[number];
export const RatingZh: Record<Rating, string> = { satisfied: '满意', 'basically-satisfied': '基本满意', 'not-satisfied': '不满意' };

export const AssignmentRoles = ['lead', 'co'] as const;
export type AssignmentRole = (typeof AssignmentRoles)[number];
export const AssignmentStates = ['open', 'replied', 'superseded'] as const;
export type AssignmentState = (typeof AssignmentStates)[number];
export const AssignmentState = { Open: 'open', Replied: 'replied', Superseded: 'superseded' } as const satisfies Record<string, AssignmentState>;

/** The categories a body starts with; a body may set its own list. */
export const DEFAULT_CATEGORIES = ['经济建设', '政治建设', '文化建设', '社会建设', '生态文明建设', '其他'] as const;

export const Limits = {
  titleLength: 200,
  bodyLength: 50_000,
  attachments: 10,
  attachmentLength: 100_000,
  signers: 500,
  coHandlers: 10,
  reasonLength: 2_000,
  replyLength: 50_000,
  categories: 40,
  listPage: 200,
  /** Months to handle a proposal: three by default, six when complex (政协全国委员会提案工作条例, on handling). */
  deadlineMonths: 3,
  complexDeadlineMonths: 6,
} as const;
