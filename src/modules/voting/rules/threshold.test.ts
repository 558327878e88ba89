import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BodyKinds } from '../../registry/kinds.js';
import { defaultThreshold, describeThreshold, figuresProblem, requiredVotes, tally, type Threshold } from './threshold.js';

describe('vote thresholds', () => {
  it('announces the result in the customary sentence', () => {
    const t = tally('people-congress', { expected: 523, present: 500, yes: 480, no: 5, abstain: 10 });
    expect(t).toMatchObject({ notVoted: 5, required: 262, passed: true, rule: '全体代表的过半数', ruleEn: 'more than half of all deputies' });
    expect(t.sentence).toBe('赞成480票，反对5票，弃权10票，未按表决器5人，通过。');
    expect(t.sentenceEn).toBe('480 in favour, 5 against, 10 abstentions, 5 did not vote; adopted.');
    expect(t.citation).toBe('《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》（2022年修正）第二十五条');
  });

  it('counts a congress majority against all deputies, not those present', () => {
    // 523 deputies: 262 needed even when only 400 are present and 250 of them vote yes.
    const t = tally('people-congress', { expected: 523, present: 400, yes: 250, no: 100, abstain: 50 });
    expect(t.required).toBe(262);
    expect(t.passed).toBe(false);
    expect(t.sentence).toBe('赞成250票，反对100票，弃权50票，未按表决器0人，未通过。');
    expect(t.sentenceEn).toBe('250 in favour, 100 against, 50 abstentions, 0 did not vote; not adopted (262 in favour required).');
  });

  it('holds constitutional matters to two thirds inclusive', () => {
    const rule = defaultThreshold('people-congress', 'constitutional');
    expect(describeThreshold(rule, 'people-congress')).toEqual({ zh: '全体代表的三分之二以上', en: 'at least 2/3 of all deputies' });
    expect(tally('people-congress', { expected: 3000, present: 2990, yes: 2000, no: 990, abstain: 0 }, rule).passed).toBe(true);
    expect(tally('people-congress', { expected: 3000, present: 2990, yes: 1999, no: 991, abstain: 0 }, rule).passed).toBe(false);
  });

  it('refuses impossible figures', () => {
    expect(figuresProblem({ expected: 10, present: 11, yes: 0, no: 0, abstain: 0 })?.en).toBe('present (11) exceeds expected (10)');
    expect(figuresProblem({ expected: 10, present: 5, yes: 3, no: 2, abstain: 1 })?.zh).toBe('表决6票多于实到5人');
    expect(() => tally('cppcc', { expected: 10, present: 5, yes: 3, no: 2, abstain: 1 })).toThrow('6 votes exceed the 5 present');
  });

  const body = fc.integer({ min: 1, max: 5000 });
  const rules: Array<[string, Threshold]> = [
    ['1/2 exclusive of all', { base: 'all', num: 1, den: 2, inclusive: false, citation: '' }],
    ['2/3 inclusive of all', { base: 'all', num: 2, den: 3, inclusive: true, citation: '' }],
    ['1/2 exclusive of present', { base: 'present', num: 1, den: 2, inclusive: false, citation: '' }],
    ['1/2 exclusive of cast', { base: 'cast', num: 1, den: 2, inclusive: false, citation: '' }],
  ];

  for (const [name, rule] of rules) {
    it(`puts the bound exactly at the boundary: ${name}, odd and even bodies`, () => {
      fc.assert(
        fc.property(body, fc.nat(), fc.nat(), (expected, p, split) => {
          const present = p % (expected + 1);
          const yes = split % (present + 1);
          const f = { expected, present, yes, no: present - yes, abstain: 0 };
          const n = rule.base === 'all' ? expected : present;
          const need = requiredVotes(rule, f);
          // need is the least count reaching the fraction: need reaches it, need - 1 does not.
          const reaches = (k: number) => (rule.inclusive ? k * rule.den >= n * rule.num : k * rule.den > n * rule.num);
          expect(reaches(need)).toBe(true);
          expect(reaches(need - 1)).toBe(false);
          expect(tally('generic', f, rule).passed).toBe(yes >= need);
        }),
      );
    });
  }

  it('gives every body kind a default for both classes of motion', () => {
    for (const kind of BodyKinds) {
      expect(defaultThreshold(kind)).toMatchObject({ base: 'all', num: 1, den: 2, inclusive: false });
      expect(defaultThreshold(kind, 'constitutional')).toMatchObject({ base: 'all', num: 2, den: 3, inclusive: true });
    }
    expect(requiredVotes(defaultThreshold('cppcc'), { expected: 446, present: 427, yes: 0, no: 0, abstain: 0 })).toBe(224);
    expect(requiredVotes(defaultThreshold('people-congress', 'constitutional'), { expected: 523, present: 500, yes: 0, no: 0, abstain: 0 })).toBe(349);
  });
});
