import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_RULES, quorumVerdict, required, ruleFor } from './quorum.js';

describe('the presiding sentence', () => {
  it('reads the consultative conference report of 446 expected, 427 present', () => {
    const v = quorumVerdict('cppcc', 446, 427);
    expect(v).toEqual({
      expected: 446,
      present: 427,
      required: 224,
      met: true,
      rule: '全体组成人员过半数',
      ruleEn: 'more than half of all members',
      citation: '《中国人民政治协商会议章程》',
      sentence: '本次大会应到委员446人，实到委员427人，符合《政协章程》规定的有效人数。',
      sentenceEn: '446 members are expected and 427 are present, which meets the quorum set by the CPPCC Charter.',
    });
  });

  it('reads the congress report of 523 expected, 500 present', () => {
    const v = quorumVerdict('people-congress', 523, 500);
    expect(v.required).toBe(349);
    expect(v.rule).toBe('全体组成人员的三分之二以上');
    expect(v.sentence).toBe('本次大会应到代表523人，实到500人，符合法定人数。');
    expect(v.sentenceEn).toBe('523 deputies are expected and 500 are present; the quorum is met.');
  });

  it('says so when the quorum is not met', () => {
    expect(quorumVerdict('people-congress', 523, 348).sentence).toBe('本次大会应到代表523人，实到348人，不足法定人数。');
    expect(quorumVerdict('people-congress', 523, 348).sentenceEn).toBe('523 deputies are expected and 348 are present; the quorum is not met (349 required).');
    expect(quorumVerdict('cppcc', 446, 223).sentence).toBe('本次大会应到委员446人，实到委员223人，不符合《政协章程》规定的有效人数。');
    expect(quorumVerdict('standing-committee', 61, 30).sentence).toBe('本次会议应到常务委员会组成人员61人，实到30人，不足法定人数。');
    expect(quorumVerdict('generic', 10, 6).sentence).toBe('本次会议应到10人，实到6人，达到规定人数。');
  });
});

describe('the boundaries', () => {
  it('two thirds inclusive: exactly two thirds is enough, one fewer is not', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), (n) => {
        const need = required(n, DEFAULT_RULES['people-congress']);
        // need is the least k with 3k >= 2n
        expect(3 * need).toBeGreaterThanOrEqual(2 * n);
        expect(3 * (need - 1)).toBeLessThan(2 * n);
        expect(quorumVerdict('people-congress', n, need).met).toBe(true);
        expect(quorumVerdict('people-congress', n, need - 1).met).toBe(false);
      }),
    );
  });

  it('more than half exclusive: exactly half is not enough, odd and even bodies alike', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.constantFrom('cppcc', 'standing-committee', 'generic') as fc.Arbitrary<'cppcc' | 'standing-committee' | 'generic'>, (n, kind) => {
        const need = required(n, DEFAULT_RULES[kind]);
        // need is the least k with 2k > n
        expect(2 * need).toBeGreaterThan(n);
        expect(2 * (need - 1)).toBeLessThanOrEqual(n);
        expect(quorumVerdict(kind, n, need).met).toBe(true);
        expect(quorumVerdict(kind, n, need - 1).met).toBe(false);
      }),
    );
    expect(required(446, DEFAULT_RULES.cppcc)).toBe(224);
    expect(required(445, DEFAULT_RULES.cppcc)).toBe(223);
  });
});

describe('overrides', () => {
  const none = { quorum_base: null, quorum_num: null, quorum_den: null, quorum_inclusive: null, quorum_fixed: null, quorum_citation: null };

  it("takes the meeting's rule over the body's, and the body's over the kind's", () => {
    const body = { ...none, quorum_base: 'all', quorum_num: 2, quorum_den: 3, quorum_inclusive: 1, quorum_citation: '本委员会议事规则第八条' };
    const meeting = { ...none, quorum_base: 'fixed', quorum_fixed: 300, quorum_citation: '本次会议选举办法第五条' };
    expect(ruleFor('cppcc', none, null)).toBe(DEFAULT_RULES.cppcc);
    expect(required(446, ruleFor('cppcc', none, body))).toBe(298);
    const election = quorumVerdict('cppcc', 446, 299, ruleFor('cppcc', meeting, body));
    expect([election.required, election.met, election.rule, election.citation]).toEqual([300, false, '不少于300人', '本次会议选举办法第五条']);
  });
});

describe('the rule in words', () => {
  it('writes any fraction in Chinese numerals', () => {
    const rule = (num: number, den: number, inclusive: boolean) => ({ base: 'all' as const, num, den, inclusive, fixed: null, citation: '' });
    expect(quorumVerdict('generic', 9, 3, rule(1, 3, true)).rule).toBe('全体组成人员的三分之一以上');
    expect(quorumVerdict('generic', 9, 3, rule(2, 3, true)).rule).toBe('全体组成人员的三分之二以上');
    expect(quorumVerdict('generic', 9, 3, rule(3, 5, false)).rule).toBe('超过全体组成人员的五分之三');
    expect(quorumVerdict('generic', 9, 3, rule(1, 2, true)).rule).toBe('全体组成人员的二分之一以上');
  });
});
