/**
 * The names of proposal kinds, statuses, sources, review outcomes, presidium decisions and ratings
 * in both languages, shared by the console's proposals and units sections and the member pad. The
 * ids are the server's (`src/modules/proposals/states.ts`); the labels are the UI's.
 */
import type { Lang } from '@server/server/errors.js';
import { proposalNumber } from '@server/modules/proposals/rules/numbering.js';
import type { AssignmentState, PresidiumDecision, ProposalKind, ProposalStatus, Rating, ReviewOutcome, SourceKind } from '@server/modules/proposals/states.js';

type Labels<K extends string> = Record<Lang, Record<K, string>>;

export const KIND: Labels<ProposalKind> = {
  'zh-CN': { proposal: '提案', bill: '议案', suggestion: '建议' },
  en: { proposal: 'Proposal', bill: 'Bill', suggestion: 'Suggestion' },
};

export const STATUS: Labels<ProposalStatus> = {
  'zh-CN': {
    submitted: '待审查',
    filed: '已立案',
    declined: '不予立案',
    merged: '已并案',
    letter: '转来信',
    opinion: '转社情民意',
    handling: '办理中',
    replied: '已答复',
    evaluated: '已评价',
    'on-agenda': '列入会议议程',
    referred: '交专门委员会审议',
    'not-forwarded': '不予提出',
  },
  en: {
    submitted: 'Awaiting review',
    filed: 'Filed',
    declined: 'Declined',
    merged: 'Merged',
    letter: 'Passed on as a letter',
    opinion: 'Public-opinion report',
    handling: 'In handling',
    replied: 'Replied',
    evaluated: 'Evaluated',
    'on-agenda': 'On the agenda',
    referred: 'Referred to a committee',
    'not-forwarded': 'Not put forward',
  },
};

/** A tag colour per status, so the list reads at a glance. */
export const STATUS_COLOR: Record<ProposalStatus, string> = {
  submitted: 'gold',
  filed: 'blue',
  declined: 'default',
  merged: 'purple',
  letter: 'default',
  opinion: 'default',
  handling: 'processing',
  replied: 'cyan',
  evaluated: 'green',
  'on-agenda': 'green',
  referred: 'blue',
  'not-forwarded': 'default',
};

export const SOURCE: Labels<SourceKind> = {
  'zh-CN': { member: '委员个人', joint: '联名', group: '界别/代表团', organisation: '党派团体', committee: '专门委员会' },
  en: { member: 'Member', joint: 'Joint', group: 'Sector / delegation', organisation: 'Party or organisation', committee: 'Special committee' },
};

export const OUTCOME: Labels<ReviewOutcome> = {
  'zh-CN': { filed: '立案', declined: '不予立案', merged: '并案', letter: '转来信', opinion: '转社情民意' },
  en: { filed: 'File', declined: 'Decline', merged: 'Merge', letter: 'Pass on as a letter', opinion: 'Public-opinion report' },
};

export const DECISION: Labels<PresidiumDecision> = {
  'zh-CN': { 'on-agenda': '列入会议议程', referred: '交专门委员会审议', 'not-forwarded': '不予提出' },
  en: { 'on-agenda': 'On the agenda', referred: 'Refer to a special committee', 'not-forwarded': 'Not put forward' },
};

export const RATING: Labels<Rating> = {
  'zh-CN': { satisfied: '满意', 'basically-satisfied': '基本满意', 'not-satisfied': '不满意' },
  en: { satisfied: 'Satisfied', 'basically-satisfied': 'Basically satisfied', 'not-satisfied': 'Not satisfied' },
};

export const ASSIGNMENT_STATE: Labels<AssignmentState> = {
  'zh-CN': { open: '办理中', replied: '已答复', superseded: '已重办' },
  en: { open: 'Open', replied: 'Replied', superseded: 'Superseded' },
};

export const ROLE: Labels<'lead' | 'co'> = {
  'zh-CN': { lead: '主办', co: '会办' },
  en: { lead: 'Lead', co: 'Co-handler' },
};

/** What a submitted bill or suggestion awaits: the presidium, or assignment (a proposal awaits review). */
const AWAITING: Labels<'bill' | 'suggestion'> = {
  'zh-CN': { bill: '待主席团决定', suggestion: '待交办' },
  en: { bill: 'Awaiting the presidium', suggestion: 'Awaiting assignment' },
};

/** A proposal's status as the user reads it, naming what a submitted bill or suggestion awaits. */
export function statusLabel(p: { kind: ProposalKind; status: ProposalStatus }, lang: Lang): string {
  if (p.status === 'submitted' && p.kind !== 'proposal') return AWAITING[lang][p.kind];
  return STATUS[lang][p.status];
}

/** A label of one of these sets, or the id itself for one the UI does not know yet. */
export function label<K extends string>(set: Labels<K>, lang: Lang, id: string): string {
  return (set[lang] as Record<string, string>)[id] ?? id;
}

/** A time the server gives (ISO) as the user reads it: `2026-03-05 14:20`. */
export function when(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The set reasons for declining in English; zh-CN uses the server's own labels. */
export const DECLINE_REASON_EN: Record<string, string> = {
  'outside-remit': 'Outside the remit of the conference',
  'party-internal': "A party's internal affairs",
  academic: 'An academic discussion',
  'no-concrete-suggestion': 'No concrete suggestion',
  'judicial-case': 'A matter before the courts',
  'several-matters': 'Several matters in one proposal',
  other: 'Other',
};

/** A proposal's kind and number as the user reads it: 提案第0001号, or "Proposal No. 0001". */
export function numberLabel(p: { kind: string; number: number }, lang: Lang, withKind = true): string {
  const kind = withKind ? label(KIND, lang, p.kind) : '';
  return lang === 'en' ? `${kind}${withKind ? ' ' : ''}No. ${String(p.number).padStart(4, '0')}` : `${kind}${proposalNumber(p.number)}`;
}
