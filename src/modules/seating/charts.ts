/**
 * The seating charts as data: the rostrum (rows of ranked seats with their names) and the seated
 * hall (the fill of `fillHall` arranged by block, row and seat), which the SVG, the print page and
 * the workbook all draw from.
 */
import { errors } from '../../server/errors.js';
import { collationKey, MissingStrokeData } from '../protocol/rules/collation.js';
import { namesDoNotFit } from './refusals.js';
import { fillHall, type HallAssignment, type HallGroup, type HallLayout, type ReservedSeat } from './rules/hallFill.js';
import { rostrumRows, type RostrumConvention } from './rules/rostrumOrder.js';

export interface RostrumSeat {
  rank: number;
  name: string | null;
}

export interface RostrumChart {
  convention: RostrumConvention;
  /** Front row first; each row's seats from the audience's left. */
  rows: Array<{ row: number; seats: RostrumSeat[] }>;
}

/** The rostrum with its names placed; names (in rank order) must fill the seats exactly when given. */
export function rostrumChart(seatsPerRow: readonly number[], names: readonly string[] | null, convention: RostrumConvention): RostrumChart {
  const total = seatsPerRow.reduce((a, b) => a + b, 0);
  if (names !== null && names.length !== total) throw namesDoNotFit(names.length, total);
  return {
    convention,
    rows: rostrumRows(seatsPerRow, convention).map((ranks, i) => ({ row: i + 1, seats: ranks.map((rank) => ({ rank, name: names?.[rank - 1] ?? null })) })),
  };
}

/** Seats per row when none are given: everyone in one front row up to `perRow`, then as many rows as needed, the front row fullest. */
export function defaultRows(count: number, perRow = 15): number[] {
  const rows: number[] = [];
  for (let left = count; left > 0; left -= perRow) rows.push(Math.min(perRow, left));
  return rows;
}

/**
 * `fillHall` with members in stroke order; a name the stroke table lacks is a 422 naming it.
 * The comparison is `compareNames` (which compares the two names' collation keys) with each
 * name's key computed once instead of at every comparison: the same order, a fraction of the time.
 */
export function seatHall(layout: HallLayout, groups: readonly HallGroup[], reserved: readonly ReservedSeat[]): HallAssignment {
  const keys = new Map<string, string>();
  const keyOf = (name: string) => {
    let key = keys.get(name);
    if (key === undefined) keys.set(name, (key = collationKey(name)));
    return key;
  };
  try {
    return fillHall(layout, groups, reserved, (a, b) => {
      const x = keyOf(a);
      const y = keyOf(b);
      return x < y ? -1 : x > y ? 1 : 0;
    });
  } catch (error) {
    if (error instanceof MissingStrokeData) {
      throw errors.unprocessable('name_without_stroke_data', { 'zh-CN': error.messageZh, en: error.messageEn }, { character: error.character, name: error.nameWithIt });
    }
    throw error;
  }
}

