import { describe, expect, it } from 'vitest';
import { billSignatureMinimum, meetsSignatureMinimum } from './signatures.js';
import { addMonths, handlingDeadline, isOverdue, localDay } from './deadline.js';
import { proposalNumber } from './numbering.js';

describe('the joint-signature minimum of a bill', () => {
  it('is 30 at the NPC, 10 at provincial, city and county level, 5 at a township, or the body setting', () => {
    expect(['national', 'provincial', 'city', 'county', 'township', 'other'].map((l) => billSignatureMinimum(l as never))).toEqual([30, 10, 10, 10, 5, 10]);
    expect(billSignatureMinimum('city', 12)).toBe(12);
    expect([meetsSignatureMinimum(9, 10), meetsSignatureMinimum(10, 10), meetsSignatureMinimum(11, 10)]).toEqual([false, true, true]);
  });
});

describe('handling deadlines', () => {
  const now = new Date('2025-01-31T17:00:00Z'); // 2025-02-01 01:00 in Beijing
  it('counts calendar days in China Standard Time and clamps to the month end', () => {
    expect(localDay(now)).toBe('2025-02-01');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-11-30', 3)).toBe('2025-02-28');
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
  });
  it('defaults to three months, six when complex; refuses a given day in the past or beyond six months', () => {
    expect(handlingDeadline(now, false)).toEqual({ ok: true, deadline: '2025-05-01' });
    expect(handlingDeadline(now, true)).toEqual({ ok: true, deadline: '2025-08-01' });
    expect(handlingDeadline(now, false, '2025-08-01')).toEqual({ ok: true, deadline: '2025-08-01' });
    expect(handlingDeadline(now, false, '2025-08-02')).toEqual({ ok: false, why: 'too-far', latest: '2025-08-01' });
    expect(handlingDeadline(now, false, '2025-02-01')).toEqual({ ok: false, why: 'past', latest: '2025-08-01' });
    expect(handlingDeadline(now, false, '2025-02-29')).toEqual({ ok: false, why: 'no-such-day', latest: '2025-08-01' });
  });
  it('is overdue only once the deadline day has ended', () => {
    expect(isOverdue('2025-05-01', new Date('2025-05-01T15:59:59Z'))).toBe(false);
    expect(isOverdue('2025-05-01', new Date('2025-05-01T16:00:00Z'))).toBe(true);
  });
});

describe('proposal numbers', () => {
  it('prints four digits', () => {
    expect([proposalNumber(1), proposalNumber(42), proposalNumber(12345)]).toEqual(['第0001号', '第0042号', '第12345号']);
  });
});
