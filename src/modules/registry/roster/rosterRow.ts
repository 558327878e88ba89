/**
 * One member as a roster gives it: the shape that spreadsheet parsing produces, that the JSON
 * API accepts, and that `importRoster` stores. `key` is the stable roster key (member number 编号,
 * or the ID number when the roster has no numbers): re-importing matches members by it.
 */
import Type, { type Static } from 'typebox';
import { MembershipRoles, MembershipStatuses, OneOf } from '../kinds.js';

export const RosterRow = Type.Object(
  {
    key: Type.String({ minLength: 1, maxLength: 40, description: '编号 or 证件号: the stable key within the term' }),
    name: Type.String({ minLength: 1, maxLength: 40, description: '姓名' }),
    gender: Type.Optional(Type.Union([OneOf(['男', '女']), Type.Null()])),
    ethnicity: Type.Optional(Type.Union([Type.String({ maxLength: 20 }), Type.Null()], { description: '民族, e.g. 汉族' })),
    birth: Type.Optional(Type.Union([Type.String({ pattern: '^\\d{4}-\\d{2}$' }), Type.Null()], { description: '出生年月, YYYY-MM' })),
    group: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 100 }), Type.Null()], { description: '代表团 / 界别' })),
    title: Type.Optional(Type.Union([Type.String({ maxLength: 200 }), Type.Null()], { description: '职务' })),
    phone: Type.Optional(Type.Union([Type.String({ pattern: '^\\+?[0-9 -]{5,20}$' }), Type.Null()], { description: '手机' })),
    idNumber: Type.Optional(Type.Union([Type.String({ pattern: '^[0-9A-Za-z]{6,30}$' }), Type.Null()], { description: '证件号' })),
    role: Type.Optional(OneOf(MembershipRoles)),
    status: Type.Optional(OneOf(MembershipStatuses)),
  },
  { additionalProperties: false },
);
export type RosterRow = Static<typeof RosterRow>;
