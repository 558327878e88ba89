/** Input pieces shared by the election operations. */
import Type from 'typebox';
import { OneOf } from '../../registry/kinds.js';
import { ThresholdBases } from '../rules/threshold.js';
import { ElectionLimits } from './states.js';

export const Id = Type.Integer({ minimum: 1, maximum: 2147483647 });

/** A person's name as printed on the ballot: no leading or trailing space. */
export const PersonName = Type.String({ minLength: 1, maxLength: ElectionLimits.nameLength, pattern: '^\\S(.*\\S)?$', description: '张三' });

export const ThresholdInput = Type.Object(
  {
    base: OneOf(ThresholdBases, { description: 'all: all members (应到); present: those present; cast: ballots returned' }),
    num: Type.Integer({ minimum: 1, maximum: 1000 }),
    den: Type.Integer({ minimum: 1, maximum: 1000 }),
    inclusive: Type.Boolean({ description: 'true: at least the fraction (以上); false: more than it (过半数)' }),
    citation: Type.String({ minLength: 1, maxLength: 200, description: '《云州市第十六届人民代表大会第三次会议选举办法》第八条' }),
  },
  { additionalProperties: false },
);

const MarginBound = Type.Union([
  Type.Object({ count: Type.Integer({ minimum: 0, maximum: ElectionLimits.candidates }) }, { additionalProperties: false }),
  Type.Object({ num: Type.Integer({ minimum: 0, maximum: 1000 }), den: Type.Integer({ minimum: 1, maximum: 1000 }) }, { additionalProperties: false }),
]);

export const MarginInput = Type.Object(
  {
    min: Type.Optional(MarginBound),
    max: Type.Optional(MarginBound),
    citation: Type.String({ minLength: 1, maxLength: 200, description: '《地方组织法》第二十七条' }),
  },
  { additionalProperties: false, description: 'Extra candidates (candidates − seats), as a count or a fraction of the seats: 差额 1/5 to 1/2 is {min:{num:1,den:5},max:{num:1,den:2}}' },
);
