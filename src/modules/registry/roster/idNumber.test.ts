import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hasValidCheckDigit, idCheckDigit } from './idNumber.js';

describe('mainland ID check digit (ISO 7064 MOD 11-2)', () => {
  it('accepts the standard example of GB 11643-1999 and its X variant', () => {
    expect(idCheckDigit('11010519491231002')).toBe('X');
    expect(hasValidCheckDigit('11010519491231002X')).toBe(true);
    expect(idCheckDigit('44052418800101001')).toBe('4');
    expect(hasValidCheckDigit('440524188001010014')).toBe(true);
  });

  it('refuses every other last character', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{17}$/), fc.constantFrom(...'0123456789X'), (first17, last) => {
        expect(hasValidCheckDigit(first17 + last)).toBe(last === idCheckDigit(first17));
      }),
    );
  });

  it('catches any single changed digit', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{17}$/), fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), (first17, at, delta) => {
        const id = first17 + idCheckDigit(first17);
        const changed = id.slice(0, at) + String((Number(id[at]) + delta) % 10) + id.slice(at + 1);
        expect(hasValidCheckDigit(changed)).toBe(false);
      }),
    );
  });
});
