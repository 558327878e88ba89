/**
 * The two orders of a published list of people, and the sentence that states which one it uses.
 * Pure: no I/O.
 *
 * - Stroke order (以姓氏笔画为序): GB13000.1 字符集汉字字序（笔画序）规范, see collation.ts.
 * - Protocol order (按职务排序): by office rank (the body's rank table, smaller first), then by
 *   seniority (earlier `since` first), with stroke order as the last tie-break. People with no
 *   office in the table come after every office holder (shared/DESIGN.md, "Ordering names").
 */
import { collationKey, type CollationOptions } from './collation.js';

export const ListOrders = ['strokes', 'rank'] as const;
export type ListOrder = (typeof ListOrders)[number];

/** The sentence printed under a list's heading, saying how it is ordered. */
export const OrderStatements: Record<ListOrder, { zh: string; en: string }> = {
  strokes: { zh: '以姓氏笔画为序', en: 'in stroke order of surnames' },
  rank: { zh: '按职务排序', en: 'in order of office' },
};

export interface RankedPerson {
  name: string;
  /** An office named in the body's rank table. */
  title?: string;
  /** An explicit rank, smaller first; wins over the title's. */
  rank?: number;
  /** When the person took the office or joined (ISO date): earlier is more senior. */
  since?: string;
}

export interface Ranked<T extends RankedPerson> {
  person: T;
  /** The rank the order used; null for people with no rank, placed last. */
  rank: number | null;
}

/** A title the rank table does not hold. */
export class UnknownTitle extends Error {
  constructor(
    readonly title: string,
    readonly personName: string,
  ) {
    super(`No rank for the title "${title}" of ${personName}`);
    this.name = 'UnknownTitle';
  }
}

/**
 * Orders people by office rank, then seniority, then strokes. Throws UnknownTitle for a title
 * the table lacks (a typo must not silently demote someone) and MissingStrokeData for a name
 * the stroke table cannot order.
 *
 * @example protocolOrder([{ name: '王毅' }, { name: '丁仲礼', title: '副主任' }], new Map([['副主任', 2]]))
 *   // 丁仲礼 (rank 2) first, then 王毅 (no office)
 */
export function protocolOrder<T extends RankedPerson>(people: readonly T[], ranks: ReadonlyMap<string, number>, options: CollationOptions = {}): Ranked<T>[] {
  const keyed = people.map((person, index) => {
    let rank: number | null = person.rank ?? null;
    if (rank === null && person.title !== undefined) {
      const fromTable = ranks.get(person.title);
      if (fromTable === undefined) throw new UnknownTitle(person.title, person.name);
      rank = fromTable;
    }
    return { person, rank, since: person.since ?? null, key: collationKey(person.name, options), index };
  });
  keyed.sort(
    (a, b) =>
      compareNullsLast(a.rank, b.rank, (x, y) => x - y) ||
      compareNullsLast(a.since, b.since, (x, y) => (x < y ? -1 : x > y ? 1 : 0)) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) ||
      a.index - b.index,
  );
  return keyed.map(({ person, rank }) => ({ person, rank }));
}

function compareNullsLast<V>(a: V | null, b: V | null, compare: (x: V, y: V) => number): number {
  if (a === null) return b === null ? 0 : 1;
  if (b === null) return -1;
  return compare(a, b);
}
