import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_SEED, generateDemo } from './generateDemo.js';
import { RESERVED_NAMES } from './names.js';
import { YUNZHOU } from './yunzhou.js';
import type { RosterRow } from '../modules/registry/roster/rosterRow.js';

const SECTOR_SIZES = [40, 12, 16, 16, 14, 14, 8, 12, 4, 10, 8, 24, 10, 10, 8, 4, 8, 20, 16, 10, 36, 20, 26, 6, 8, 24, 6, 10, 8, 10, 28];
const DELEGATION_SIZES = [62, 58, 55, 50, 44, 28, 52, 48, 40, 66, 20];
const COMPOUND = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '慕容'];

const surnameOf = (name: string) => (COMPOUND.includes(name.slice(0, 2)) ? name.slice(0, 2) : name.slice(0, 1));
const countBy = <T>(items: T[], f: (t: T) => string) => items.reduce((m, t) => m.set(f(t), (m.get(f(t)) ?? 0) + 1), new Map<string, number>());

describe('generateDemo', () => {
  const plan = generateDemo();
  const [cppcc, congress] = plan.bodies;

  it('gives the same rows for the same seed, byte for byte, and other rows for another seed', () => {
    expect(JSON.stringify(generateDemo(DEFAULT_SEED))).toBe(JSON.stringify(plan));
    expect(JSON.stringify(generateDemo(7))).toBe(JSON.stringify(generateDemo(7)));
    expect(JSON.stringify(generateDemo(7).bodies.map((b) => b.rows))).not.toBe(JSON.stringify(plan.bodies.map((b) => b.rows)));
    expect(generateDemo(8).bodies[1]!.rows.map((r) => r.name)).not.toEqual(generateDemo(9).bodies[1]!.rows.map((r) => r.name));
  });

  it('seats 446 members in 31 sectors and 523 deputies in 11 delegations', () => {
    expect(plan.bodies.map((b) => [b.spec.name, b.rows.length])).toEqual([
      ['中国人民政治协商会议云州市委员会', 446],
      ['云州市人民代表大会', 523],
    ]);
    expect(cppcc!.spec.groups.map((g) => g.size)).toEqual(SECTOR_SIZES);
    expect(congress!.spec.groups.map((g) => g.size)).toEqual(DELEGATION_SIZES);
    expect(SECTOR_SIZES.reduce((a, b) => a + b)).toBe(446);
    expect(DELEGATION_SIZES.reduce((a, b) => a + b)).toBe(523);
    for (const body of plan.bodies) {
      const perGroup = countBy(body.rows, (r) => r.group!);
      expect([...perGroup]).toEqual(body.spec.groups.map((g) => [g.name, g.size]));
    }
  });

  it('fills the offices and the standing committees', () => {
    const roles = (rows: RosterRow[]) => Object.fromEntries(countBy(rows, (r) => `${r.role}:${r.title ?? ''}`));
    expect(roles(cppcc!.rows)).toEqual({ 'chair:主席': 1, 'vice-chair:副主席': 8, 'secretary-general:秘书长': 1, 'standing-member:常务委员': 55, 'member:': 381 });
    expect(roles(congress!.rows)).toEqual({ 'chair:常委会主任': 1, 'vice-chair:常委会副主任': 6, 'secretary-general:常委会秘书长': 1, 'standing-member:常委会委员': 32, 'member:': 483 });
    expect(cppcc!.rows[0]).toMatchObject({ key: 'ZX13-0001', group: '中国共产党', role: 'chair', title: '主席' });
    expect(congress!.rows[0]).toMatchObject({ key: 'RD16-0001', group: '青山区代表团', role: 'chair', title: '常委会主任' });
  });

  it('numbers members in order and never repeats a key or a name within a body', () => {
    for (const [body, prefix] of [[cppcc!, 'ZX13'], [congress!, 'RD16']] as const) {
      expect(body.rows.map((r) => r.key)).toEqual(body.rows.map((_, i) => `${prefix}-${String(i + 1).padStart(4, '0')}`));
      expect(new Set(body.rows.map((r) => r.name)).size).toBe(body.rows.length);
    }
  });

  it('has one-character given names, shared surnames and the odd compound surname', () => {
    for (const body of plan.bodies) {
      const names = body.rows.map((r) => r.name);
      expect(names.filter((n) => n.length === 2).length).toBeGreaterThan(50);
      const bySurname = countBy(names, surnameOf);
      expect(Math.max(...bySurname.values())).toBeGreaterThanOrEqual(25);
      expect([...bySurname.values()].filter((n) => n >= 10).length).toBeGreaterThanOrEqual(5);
    }
    const compound = plan.bodies.flatMap((b) => b.rows.map((r) => r.name)).filter((n) => COMPOUND.includes(n.slice(0, 2)));
    expect(compound.length).toBeGreaterThan(0);
  });

  it('keeps women and men roughly balanced, most members Han, the minorities sector all non-Han', () => {
    for (const body of plan.bodies) {
      const women = body.rows.filter((r) => r.gender === '女').length / body.rows.length;
      expect(women).toBeGreaterThan(0.35);
      expect(women).toBeLessThan(0.55);
      expect(body.rows.filter((r) => r.ethnicity === '汉族').length / body.rows.length).toBeGreaterThan(0.85);
    }
    const minorities = cppcc!.rows.filter((r) => r.group === '少数民族');
    expect(minorities).toHaveLength(8);
    expect(minorities.every((r) => r.ethnicity !== '汉族' && r.ethnicity!.endsWith('族'))).toBe(true);
  });

  it('holds for every seed: valid names, genders, births and no public figure', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (seed) => {
        for (const body of generateDemo(seed).bodies) {
          const wrong = body.rows.filter(
            (r) =>
              !/^[\u4e00-\u9fff]{2,4}$/.test(r.name) ||
              RESERVED_NAMES.has(r.name) ||
              (r.gender !== '男' && r.gender !== '女') ||
              !/^(19[5-8]\d|1990)-(0[1-9]|1[0-2])$/.test(r.birth ?? '') ||
              r.birth! < '1955-01',
          );
          expect(wrong).toEqual([]);
          expect(body.rows).toHaveLength(body.spec.groups.reduce((s, g) => s + g.size, 0));
        }
      }),
      { numRuns: 50 },
    );
  });

  it('schedules each session in order, on consecutive days, in the city hall', () => {
    expect(YUNZHOU.map((b) => b.meetings.map((m) => `${m.kind} ${m.title} ${m.startsAt.slice(0, 16)}`))).toEqual([
      ['opening 开幕会 2025-01-08T14:30', 'plenary 第二次全体会议 2025-01-09T09:00', 'closing 闭幕会 2025-01-10T09:00'],
      [
        'plenary 预备会议 2025-01-08T16:00',
        'presidium 主席团第一次会议 2025-01-08T17:00',
        'opening 第一次全体会议 2025-01-09T09:00',
        'plenary 第二次全体会议 2025-01-10T09:00',
        'plenary 第三次全体会议 2025-01-11T09:00',
        'closing 闭幕会 2025-01-12T09:00',
      ],
    ]);
  });
});
