/** The named states, kinds, choices, events and limits of motions, in one place. */

/** recorded: who voted what is public (记名表决); secret: only that a member voted (无记名表决). */
export const MotionKind = { Recorded: 'recorded', Secret: 'secret' } as const;
export const MotionKinds = ['recorded', 'secret'] as const;
export type MotionKindName = (typeof MotionKinds)[number];

export const MotionStatus = { Draft: 'draft', Open: 'open', Closed: 'closed' } as const;
export const MotionStatuses = ['draft', 'open', 'closed'] as const;
export type MotionStatusName = (typeof MotionStatuses)[number];

export const Choices = ['yes', 'no', 'abstain'] as const;
export type Choice = (typeof Choices)[number];

/** The labels of the three options unless the motion names its own: 赞成, 反对, 弃权. */
export const DEFAULT_LABELS: Record<Choice, string> = { yes: '赞成', no: '反对', abstain: '弃权' };

/** Published on the meeting's stream. */
export const MOTION_OPENED = 'motion.opened';
export const MOTION_CLOSED = 'motion.closed';
/** Published by each accepted first vote, naming the motion only (never the choice nor the voter): the live feed counts. */
export const VOTE_CAST = 'vote.cast';
/** The live feed's frame of an open motion's votes cast so far, at most one per motion per window. */
export const MOTION_PROGRESS = 'motion.progress';

export const VotingLimits = {
  titleLength: 200,
  labelLength: 20,
  citationLength: 200,
  /** Largest denominator of a threshold fraction. */
  maxDen: 100,
  /** Characters of a secret ballot's receipt (Crockford base32, 5 bits each: 50 bits). */
  receiptLength: 10,
  idempotencyKeyLength: 200,
} as const;
