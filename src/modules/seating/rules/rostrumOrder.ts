/**
 * Rostrum seating (主席台座次), the convention of the Chinese state: front rows outrank back rows,
 * the centre outranks the sides, and the seat at the principal's left hand (as the seated person
 * sees it, so the audience's right) outranks the one at the right hand. Odd count: 1 in the
 * centre, 2 at 1's left hand, 3 at 1's right hand, alternating. Even count: 1 and 2 straddle the
 * centre, 2 at 1's left hand. The international (right-hand-first) precedence is the mirror image.
 * No I/O: rank numbers only.
 */

export const RostrumConventions = {
  /** 我国惯例: the principal's left hand first (the audience's right). */
  leftFirst: 'left-first',
  /** International protocol: the principal's right hand first. */
  rightFirst: 'right-first',
} as const;
export type RostrumConvention = (typeof RostrumConventions)[keyof typeof RostrumConventions];
export const RostrumConventionValues = Object.values(RostrumConventions);

/** The most seats one rostrum row may have, and the most rows. */
export const RostrumLimits = { seatsPerRow: 200, rows: 20 } as const;

/**
 * The ranks of one row's seats as the audience sees them, left to right.
 *
 * @example rostrumOrder(7) // [7, 5, 3, 1, 2, 4, 6]
 * @example rostrumOrder(8) // [7, 5, 3, 1, 2, 4, 6, 8]
 */
export function rostrumOrder(count: number, convention: RostrumConvention = RostrumConventions.leftFirst): number[] {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`a rostrum row needs a whole number of seats, at least 1, not ${count}`);
  const seats = new Array<number>(count);
  // Rank 1 sits at the centre, or left of it (audience view) when the count is even; then the
  // audience's right (the principal's left hand) and the audience's left take turns moving out.
  const first = Math.floor((count - 1) / 2);
  for (let rank = 1; rank <= count; rank++) {
    const step = Math.floor(rank / 2);
    const index = rank === 1 ? first : rank % 2 === 0 ? first + step : first - step;
    seats[index] = rank;
  }
  return convention === RostrumConventions.rightFirst ? seats.reverse() : seats;
}

/**
 * A rostrum of several rows, front row first, each row's ranks seen from the audience; ranks
 * continue from row to row (front row 1..N, the next N+1..).
 *
 * @example rostrumRows([3, 4]) // [[3, 1, 2], [7, 5, 4, 6]]
 */
export function rostrumRows(seatsPerRow: readonly number[], convention: RostrumConvention = RostrumConventions.leftFirst): number[][] {
  let before = 0;
  return seatsPerRow.map((count) => {
    const row = rostrumOrder(count, convention).map((rank) => rank + before);
    before += count;
    return row;
  });
}
