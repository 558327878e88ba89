/** Schemas shared by the motion operations: the option labels and the threshold override. */
import Type from 'typebox';
import { OneOf } from '../registry/kinds.js';
import { MotionClasses, ThresholdBases } from './rules/threshold.js';
import { MotionKinds, VotingLimits } from './states.js';

export const Id = Type.Integer({ minimum: 1, maximum: 2147483647 });

const Label = Type.String({ minLength: 1, maxLength: VotingLimits.labelLength });

export const OptionsInput = Type.Object(
  { yes: Type.Optional(Label), no: Type.Optional(Label), abstain: Type.Optional(Label) },
  { additionalProperties: false, description: 'Labels of the three options; 赞成/反对/弃权 unless given' },
);

export const ThresholdInput = Type.Object(
  {
    base: OneOf(ThresholdBases, { description: 'all: every member (应到); present: those present; cast: yes + no + abstain' }),
    num: Type.Integer({ minimum: 1, maximum: VotingLimits.maxDen }),
    den: Type.Integer({ minimum: 1, maximum: VotingLimits.maxDen }),
    inclusive: Type.Boolean({ description: 'true: at least the fraction (以上); false: more than it (过半数, 超过)' }),
    citation: Type.Optional(Type.String({ minLength: 1, maxLength: VotingLimits.citationLength })),
  },
  { additionalProperties: false, description: "Overrides the body kind's default for the motion class" },
);

export const MotionFields = {
  title: Type.String({ minLength: 1, maxLength: VotingLimits.titleLength }),
  kind: OneOf(MotionKinds, { description: 'recorded (记名): who voted what is public; secret (无记名): only that a member voted' }),
  agendaItemId: Type.Optional(Id),
  options: Type.Optional(OptionsInput),
  allowChange: Type.Optional(Type.Boolean({ description: 'A member may change their vote until the close (recorded votes only)' })),
  motionClass: Type.Optional(OneOf(MotionClasses)),
  threshold: Type.Optional(ThresholdInput),
};
