import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chineseNumeral, englishOrdinal, englishOrdinalWord } from './numerals.js';

describe('chineseNumeral', () => {
  it.each([
    [1, '一'], [3, '三'], [10, '十'], [13, '十三'], [16, '十六'], [20, '二十'], [21, '二十一'],
    [100, '一百'], [101, '一百零一'], [105, '一百零五'], [110, '一百一十'], [111, '一百一十一'],
    [1000, '一千'], [1001, '一千零一'], [1010, '一千零一十'], [1100, '一千一百'], [2026, '二千零二十六'],
    [10000, '一万'], [10010, '一万零一十'], [15000, '一万五千'], [100000, '十万'], [0, '零'],
  ])('%i is %s', (n, text) => expect(chineseNumeral(n)).toBe(text));

  it('never doubles or trails 零 and never starts with 一十', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999_999 }), (n) => {
        const s = chineseNumeral(n);
        expect(s).not.toMatch(/零零|零$|^一十/);
      }),
    );
  });

  it('refuses what it cannot write', () => {
    expect(() => chineseNumeral(-1)).toThrow('Cannot write -1 in Chinese numerals');
    expect(() => chineseNumeral(1.5)).toThrow(RangeError);
  });
});

describe('English ordinals', () => {
  it.each([[1, '1st'], [2, '2nd'], [3, '3rd'], [4, '4th'], [11, '11th'], [12, '12th'], [13, '13th'], [21, '21st'], [102, '102nd'], [111, '111th']])(
    '%i is %s',
    (n, text) => expect(englishOrdinal(n)).toBe(text),
  );
  it('spells the first twenty', () => {
    expect(englishOrdinalWord(3)).toBe('Third');
    expect(englishOrdinalWord(20)).toBe('Twentieth');
    expect(englishOrdinalWord(21)).toBe('21st');
  });
});
