import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rostrumOrder, rostrumRows, RostrumConventions } from './rostrumOrder.js';

describe('rostrumOrder (the Chinese state: left hand first)', () => {
  it('reads exactly as DESIGN.md says from the audience, 1 to 12 seats', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((n) => rostrumOrder(n).join(' '))).toEqual([
      '1',
      '1 2',
      '3 1 2',
      '3 1 2 4',
      '5 3 1 2 4',
      '5 3 1 2 4 6',
      '7 5 3 1 2 4 6',
      '7 5 3 1 2 4 6 8',
      '9 7 5 3 1 2 4 6 8',
      '9 7 5 3 1 2 4 6 8 10',
      '11 9 7 5 3 1 2 4 6 8 10',
      '11 9 7 5 3 1 2 4 6 8 10 12',
    ]);
  });

  it('the right-hand-first convention is the mirror image', () => {
    expect(rostrumOrder(7, RostrumConventions.rightFirst).join(' ')).toBe('6 4 2 1 3 5 7');
    expect(rostrumOrder(8, RostrumConventions.rightFirst).join(' ')).toBe('8 6 4 2 1 3 5 7');
    expect(rostrumOrder(1, RostrumConventions.rightFirst)).toEqual([1]);
  });

  it('refuses a row of no seats or a fraction', () => {
    expect(() => rostrumOrder(0)).toThrow('a rostrum row needs a whole number of seats, at least 1, not 0');
    expect(() => rostrumOrder(2.5)).toThrow(RangeError);
  });

  it('several rows: the front row first, ranks continue from row to row', () => {
    expect(rostrumRows([7, 8, 3])).toEqual([
      [7, 5, 3, 1, 2, 4, 6],
      [14, 12, 10, 8, 9, 11, 13, 15],
      [18, 16, 17],
    ]);
    expect(rostrumRows([2, 2], RostrumConventions.rightFirst)).toEqual([
      [2, 1],
      [4, 3],
    ]);
  });

  const conventions = fc.constantFrom(RostrumConventions.leftFirst, RostrumConventions.rightFirst);

  it('every rank appears once; rank 1 sits at the centre or next to it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), conventions, (n, convention) => {
        const row = rostrumOrder(n, convention);
        expect([...row].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
        const at = row.indexOf(1);
        expect(Math.abs(at - (n - 1) / 2)).toBeLessThanOrEqual(0.5);
      }),
    );
  });

  it('ranks alternate sides and move outward: 2k on the principal\u2019s left hand, 2k+1 on the right, each further out than the last', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 200 }), (n) => {
        const row = rostrumOrder(n);
        const at = (rank: number) => row.indexOf(rank);
        const centre = at(1);
        for (let rank = 2; rank <= n; rank++) {
          // The principal faces the audience: their left hand is the audience's right (a higher index).
          if (rank % 2 === 0) expect(at(rank)).toBeGreaterThan(centre);
          else expect(at(rank)).toBeLessThan(centre);
          if (rank >= 4) expect(Math.abs(at(rank) - centre)).toBeGreaterThan(Math.abs(at(rank - 2) - centre));
        }
        expect(rostrumOrder(n, RostrumConventions.rightFirst)).toEqual([...row].reverse());
      }),
    );
  });

  it('front rows outrank back rows', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 6 }), conventions, (counts, convention) => {
        const rows = rostrumRows(counts, convention);
        for (let i = 1; i < rows.length; i++) expect(Math.min(...rows[i]!)).toBe(Math.max(...rows[i - 1]!) + 1);
        expect(rows.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: rows.flat().length }, (_, i) => i + 1));
      }),
    );
  });
});
