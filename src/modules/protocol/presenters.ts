import Type, { type Static } from 'typebox';
import { OneOf } from '../registry/kinds.js';
import { ListOrders, OrderStatements, type ListOrder, type Ranked, type RankedPerson } from './rules/protocolOrder.js';

export const RankEntry = Type.Object(
  { title: Type.String({ minLength: 1, maxLength: 100 }), rank: Type.Integer({ minimum: 0, maximum: 1_000_000 }) },
  { additionalProperties: false },
);

export const RankTableView = Type.Object({ bodyId: Type.Integer(), ranks: Type.Array(RankEntry) });
export function presentRankTable(bodyId: number, rows: ReadonlyArray<{ title: string; rank: number }>): Static<typeof RankTableView> {
  return { bodyId, ranks: rows.map((r) => ({ title: r.title, rank: r.rank })) };
}

export const SortedItemView = Type.Object({
  name: Type.String(),
  title: Type.Optional(Type.String()),
  rank: Type.Union([Type.Integer(), Type.Null()]),
  since: Type.Optional(Type.String()),
});

export const SortedListView = Type.Object({
  by: OneOf(ListOrders),
  /** The sentence under the list's heading: 以姓氏笔画为序 / 按职务排序. */
  statement: Type.String(),
  statementEn: Type.String(),
  names: Type.Array(Type.String()),
  /** By rank: each person with the rank the order used. */
  items: Type.Optional(Type.Array(SortedItemView)),
});

export function presentSortedNames(names: string[]): Static<typeof SortedListView> {
  return { by: 'strokes', statement: OrderStatements.strokes.zh, statementEn: OrderStatements.strokes.en, names };
}

export function presentRankedList(ranked: Ranked<RankedPerson>[]): Static<typeof SortedListView> {
  const by: ListOrder = 'rank';
  return {
    by,
    statement: OrderStatements.rank.zh,
    statementEn: OrderStatements.rank.en,
    names: ranked.map((r) => r.person.name),
    items: ranked.map(({ person, rank }) => ({
      name: person.name,
      ...(person.title === undefined ? {} : { title: person.title }),
      rank,
      ...(person.since === undefined ? {} : { since: person.since }),
    })),
  };
}
