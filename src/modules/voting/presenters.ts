/**
 * What leaves the server about motions. A motion carries its result once closed; nothing here can
 * name a secret ballot's voter (the ballots are counted, never listed with a member).
 */
import Type from 'typebox';
import { OneOf } from '../registry/kinds.js';
import { Nullable } from '../../server/schemaTypes.js';
import { MotionClasses, ThresholdBases, type Tally } from './rules/threshold.js';
import { MotionKinds, MotionStatuses } from './states.js';
import type { Motion } from './queries.js';

export const ResultView = Type.Object({
  expected: Type.Integer({ description: '应到: members of the body on the day' }),
  present: Type.Integer({ description: '实到 at the close' }),
  yes: Type.Integer(),
  no: Type.Integer(),
  abstain: Type.Integer(),
  notVoted: Type.Integer({ description: 'Present members who did not vote (未按表决器)' }),
  required: Type.Integer({ description: 'Votes in favour needed' }),
  passed: Type.Boolean(),
  rule: Type.String(),
  ruleEn: Type.String(),
  citation: Type.String(),
  sentence: Type.String({ description: '赞成…票，反对…票，弃权…票，未按表决器…人，通过。' }),
  sentenceEn: Type.String(),
});

export const MotionView = Type.Object({
  id: Type.Integer(),
  bodyId: Type.Integer(),
  meetingId: Type.Integer(),
  agendaItemId: Nullable(Type.Integer()),
  title: Type.String(),
  kind: OneOf(MotionKinds),
  options: Type.Object({ yes: Type.String(), no: Type.String(), abstain: Type.String() }),
  allowChange: Type.Boolean(),
  motionClass: OneOf(MotionClasses),
  threshold: Type.Object({ base: OneOf(ThresholdBases), num: Type.Integer(), den: Type.Integer(), inclusive: Type.Boolean(), citation: Type.String() }),
  status: OneOf(MotionStatuses),
  createdAt: Type.String(),
  openedAt: Nullable(Type.String()),
  closedAt: Nullable(Type.String()),
  result: Nullable(ResultView),
});

/** A motion as GET /api/motions/:id gives it: while open, with how many have voted so far (never what). */
export const MotionDetailView = Type.Object({
  ...MotionView.properties,
  progress: Nullable(
    Type.Object(
      { cast: Type.Integer({ description: '已表决: members who have voted so far' }), present: Type.Integer({ description: '实到 now' }) },
      { description: 'While the motion is open; the same figures as the stream\'s motion.progress' },
    ),
  ),
});

export function presentResult(t: Tally) {
  return {
    expected: t.expected,
    present: t.present,
    yes: t.yes,
    no: t.no,
    abstain: t.abstain,
    notVoted: t.notVoted,
    required: t.required,
    passed: t.passed,
    rule: t.rule,
    ruleEn: t.ruleEn,
    citation: t.citation,
    sentence: t.sentence,
    sentenceEn: t.sentenceEn,
  };
}

export function presentMotion(m: Motion) {
  return {
    id: m.id,
    bodyId: m.bodyId,
    meetingId: m.meetingId,
    agendaItemId: m.agendaItemId,
    title: m.title,
    kind: m.kind,
    options: { ...m.options },
    allowChange: m.allowChange,
    motionClass: m.motionClass,
    threshold: { ...m.threshold },
    status: m.status,
    createdAt: m.createdAt,
    openedAt: m.openedAt,
    closedAt: m.closedAt,
    result: m.result === null ? null : presentResult(m.result),
  };
}

export type MotionPresented = ReturnType<typeof presentMotion>;
