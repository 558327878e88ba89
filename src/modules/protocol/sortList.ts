/**
 * `POST /api/protocol/sort`: orders a list of names by strokes or by office rank and says which
 * order it used. A read: it changes nothing, so it is not an operation and leaves no audit entry.
 */
import Type, { type Static } from 'typebox';
import { OneOf } from '../registry/kinds.js';
import { MissingStrokeData, sortNames } from './rules/collation.js';
import { ListOrders, protocolOrder, UnknownTitle, type RankedPerson } from './rules/protocolOrder.js';
import { presentRankedList, presentSortedNames, type SortedListView } from './presenters.js';
import { refusals } from './refusals.js';

const Name = Type.String({ minLength: 1, maxLength: 100 });
export const SortItem = Type.Object(
  {
    name: Name,
    title: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    rank: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
    since: Type.Optional(Type.String({ format: 'date', maxLength: 10 })),
  },
  { additionalProperties: false },
);

export const SortListInput = Type.Object(
  {
    /** Names, or (by rank) people with their title, rank and date of office. */
    names: Type.Array(Type.Union([Name, SortItem]), { maxItems: 10_000 }),
    by: OneOf(ListOrders),
    /** The body whose rank table gives each title's rank (by rank). */
    bodyId: Type.Optional(Type.Integer({ minimum: 1, maximum: 2147483647 })),
    /** Within one surname, one-character given names first (default true). */
    singleFirst: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type SortListInput = Static<typeof SortListInput>;

/** Orders the list; `ranks` is the body's rank table (empty without a body). */
export function sortList(input: SortListInput, ranks: ReadonlyMap<string, number>): Static<typeof SortedListView> {
  const people: RankedPerson[] = input.names.map((n) => (typeof n === 'string' ? { name: n } : n));
  const options = { singleFirst: input.singleFirst ?? true };
  try {
    if (input.by === 'strokes') return presentSortedNames(sortNames(people.map((p) => p.name), options));
    return presentRankedList(protocolOrder(people, ranks, options));
  } catch (error) {
    if (error instanceof MissingStrokeData) throw refusals.noStrokeData(error, people.findIndex((p) => p.name.trim() === error.nameWithIt));
    if (error instanceof UnknownTitle) throw refusals.unknownTitle(error.title, error.personName, input.bodyId ?? null);
    throw error;
  }
}
