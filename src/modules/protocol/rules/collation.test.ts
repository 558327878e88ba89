import { describe, expect, it } from 'vitest';
import { compareNames, MissingStrokeData, sortNames, strokeCount } from './collation.js';

describe('stroke collation of names', () => {
  it('orders characters by stroke count, then by the five classes', () => {
    expect(sortNames(['王', '丁', '乙', '干', '土'])).toEqual(['乙', '丁', '干', '土', '王']);
    expect(strokeCount('王')).toBe(4);
  });

  it('puts a one-character given name before a two-character one within a surname', () => {
    expect(sortNames(['王东明', '王毅', '丁仲礼', '王晨'])).toEqual(['丁仲礼', '王晨', '王毅', '王东明']);
    expect(sortNames(['王东明', '王毅', '丁仲礼', '王晨'], { singleFirst: false })).toEqual(['丁仲礼', '王东明', '王晨', '王毅']);
  });

  it('names the character with no stroke data', () => {
    expect(() => compareNames('𠮷永林', '王毅')).toThrow(MissingStrokeData);
    expect(() => compareNames('𠮷永林', '王毅')).toThrow('“𠮷”（U+20BB7）没有笔画数据，无法按笔画排序“𠮷永林”');
  });
});
