/** The named kinds and limits of a meeting's parts, in one place. */

/** 报告 report, 审议 deliberation, 表决 vote, 选举 election, 讲话/发言 speech, anything else. */
export const AgendaKinds = ['report', 'deliberation', 'vote', 'election', 'speech', 'other'] as const;
export type AgendaKind = (typeof AgendaKinds)[number];

/** 主持 presider, 执行主席 executive chair, 常务主席 standing chair (congresses only). */
export const PresidingRoles = { presider: 'presider', executiveChair: 'executive-chair', standingChair: 'standing-chair' } as const;
export type PresidingRole = (typeof PresidingRoles)[keyof typeof PresidingRoles];

/** Each presiding role in words, as refusals and the open data exports name it. */
export const PresidingRoleWords: Record<PresidingRole, { zh: string; en: string }> = {
  presider: { zh: '主持人', en: 'presider' },
  'executive-chair': { zh: '执行主席', en: 'executive chair' },
  'standing-chair': { zh: '常务主席', en: 'standing chair' },
};

/** 列席 nonvoting, 特邀 invited, 旁听 observer. */
export const AttendeeRoles = ['nonvoting', 'invited', 'observer'] as const;
export type AttendeeRole = (typeof AttendeeRoles)[number];

/** One line by name (with a head count), a group of any body, or every member of another body's term. */
export const AttendeeKinds = ['person', 'group', 'term'] as const;
export type AttendeeKind = (typeof AttendeeKinds)[number];

/** `all`: a fraction of all members; `fixed`: a set number present. */
export const QuorumBases = ['all', 'fixed'] as const;

export const Limits = {
  stagesPerMeeting: 10,
  agendaItems: 100,
  executiveChairs: 50,
  attendeeCount: 10_000,
  /** 主席台: rows, and people to a row. */
  rostrumRows: 10,
  rostrumSeatsPerRow: 60,
} as const;
