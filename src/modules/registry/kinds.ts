/** The named kinds and states of the registry, in one place. */
import Type, { type TLiteral, type TSchema, type TUnion } from 'typebox';

export const BodyKinds = ['people-congress', 'cppcc', 'standing-committee', 'generic'] as const;
export type BodyKind = (typeof BodyKinds)[number];

export const BodyLevels = ['national', 'provincial', 'city', 'county', 'township', 'other'] as const;
export type BodyLevel = (typeof BodyLevels)[number];

/** 代表团 (delegation), 界别 (sector), 专门委员会 (committee), anything else. */
export const GroupKinds = ['delegation', 'sector', 'committee', 'other'] as const;
export type GroupKind = (typeof GroupKinds)[number];

export const MembershipStatuses = ['active', 'resigned', 'removed', 'deceased'] as const;
export type MembershipStatus = (typeof MembershipStatuses)[number];

/** A member's place in the body; offices such as chair are the `title`. */
export const MembershipRoles = ['member', 'standing-member', 'chair', 'vice-chair', 'secretary-general'] as const;
export type MembershipRole = (typeof MembershipRoles)[number];

export const MeetingKinds = ['opening', 'plenary', 'closing', 'group', 'presidium'] as const;
export type MeetingKind = (typeof MeetingKinds)[number];

/** A TypeBox union of string literals. */
export function OneOf<const T extends readonly string[]>(values: T, options: { description?: string } = {}) {
  return Type.Union(values.map((v) => Type.Literal(v)), options) as unknown as TUnion<Literals<T>>;
}

type Literals<T extends readonly string[]> = Extract<{ -readonly [K in keyof T]: TLiteral<T[K] & string> }, TSchema[]>;

/** The member noun each kind of body uses: 代表 for congresses, 委员 for the rest. */
export function memberNoun(kind: BodyKind): { zh: string; en: string } {
  return kind === 'people-congress' ? { zh: '代表', en: 'deputies' } : { zh: '委员', en: 'members' };
}

/** What a body calls its groups by default. */
export function defaultGroupKind(kind: BodyKind): GroupKind {
  if (kind === 'people-congress') return 'delegation';
  if (kind === 'cppcc') return 'sector';
  return 'other';
}
