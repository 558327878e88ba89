import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultThreshold, type Threshold } from '../../rules/threshold.js';
import { announce, ballotIsValid, candidatesProblem, decideRound, marginBounds, type RoundInput } from './election.js';

const HALF = defaultThreshold('people-congress', 'ordinary');
const C = [
  { candidateId: 1, name: '张三' },
  { candidateId: 2, name: '李四' },
  { candidateId: 3, name: '王小明' },
];

function round(over: Partial<Omit<RoundInput, 'votes'>> & { votes: Record<number, number> }): RoundInput {
  const { votes, ...rest } = over;
  return {
    kind: 'first',
    seats: 2,
    candidates: C,
    threshold: HALF,
    expected: 11,
    present: 10,
    issued: 10,
    returned: 10,
    valid: 10,
    void: 0,
    writeIns: new Map(),
    ...rest,
    votes: new Map(Object.entries(votes).map(([k, v]) => [Number(k), v])),
  };
}

describe('ballots', () => {
  it('a ballot marking more names than seats is void; fewer or equal is valid', () => {
    expect(ballotIsValid({ marks: [1, 2], writeIns: [] }, 2)).toBe(true);
    expect(ballotIsValid({ marks: [1], writeIns: ['赵六'] }, 2)).toBe(true);
    expect(ballotIsValid({ marks: [], writeIns: [] }, 2)).toBe(true);
    expect(ballotIsValid({ marks: [1, 2], writeIns: ['赵六'] }, 2)).toBe(false);
    expect(ballotIsValid({ marks: [1, 2, 3], writeIns: [] }, 2)).toBe(false);
  });

  it('property: valid exactly when the names are at most the seats', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.array(fc.nat(), { maxLength: 25 }), fc.array(fc.string(), { maxLength: 25 }), (seats, marks, writeIns) => {
        expect(ballotIsValid({ marks, writeIns }, seats)).toBe(marks.length + writeIns.length <= seats);
      }),
    );
  });
});

describe('decideRound', () => {
  it('more ballots returned than issued: void, nobody elected, the round is held again', () => {
    const v = decideRound(round({ issued: 10, returned: 11, valid: 11, votes: { 1: 11, 2: 11 } }));
    expect(v.valid).toBe(false);
    expect(v.elected).toEqual([]);
    expect(v.results.every((l) => !l.elected)).toBe(true);
    expect(v.next).toEqual({ action: 'repeat', kind: 'first', seats: 2, candidates: C });
    expect(announce('people-congress', v)).toEqual({
      zh: '本次选举应到代表11人，发出选票10张，收回选票11张，收回选票多于发出选票，本次选举无效。',
      en: '11 deputies are expected; 10 ballots were issued and 11 returned. More ballots were returned than issued: this round is void.',
    });
  });

  it('odd body (11): 6 is more than half and elects, 5 does not', () => {
    const v = decideRound(round({ votes: { 1: 6, 2: 5, 3: 4 } }));
    expect(v.required).toBe(6);
    expect(v.results).toEqual([
      { candidateId: 1, name: '张三', votes: 6, reached: true, elected: true },
      { candidateId: 2, name: '李四', votes: 5, reached: false, elected: false },
      { candidateId: 3, name: '王小明', votes: 4, reached: false, elected: false },
    ]);
    expect(v.next).toEqual({ action: 'further', seats: 1, candidates: [C[1], C[2]] });
  });

  it('even body (10): 6 elects, exactly half (5) does not', () => {
    const v = decideRound(round({ expected: 10, votes: { 1: 6, 2: 5, 3: 0 } }));
    expect(v.required).toBe(6);
    expect(v.elected).toEqual([C[0]]);
    expect(v.next).toEqual({ action: 'further', seats: 1, candidates: [C[1], C[2]] });
  });

  it('more reaching the bound than seats: the highest win', () => {
    const v = decideRound(round({ expected: 10, votes: { 1: 9, 2: 7, 3: 6 } }));
    expect(v.elected).toEqual([C[0], C[1]]);
    expect(v.results.map((l) => [l.name, l.reached, l.elected])).toEqual([
      ['张三', true, true],
      ['李四', true, true],
      ['王小明', true, false],
    ]);
    expect(v.next).toEqual({ action: 'done' });
    expect(announce('people-congress', v).zh).toBe('本次选举应到代表10人，发出选票10张，收回选票10张，其中有效票10张，无效票0张，选举有效。张三得9票，当选。李四得7票，当选。');
  });

  it('a tie at the last seat among those reaching it: that seat is not filled, the tied face a run-off', () => {
    const v = decideRound(round({ expected: 10, votes: { 1: 9, 2: 7, 3: 7 } }));
    expect(v.elected).toEqual([C[0]]);
    expect(v.next).toEqual({ action: 'runoff', seats: 1, candidates: [C[1], C[2]] });
    expect(announce('people-congress', v)).toEqual({
      zh: '本次选举应到代表10人，发出选票10张，收回选票10张，其中有效票10张，无效票0张，选举有效。张三得9票，当选。李四、王小明得票相等（各7票），就票数相等的候选人再次投票，选出1名。',
      en: '10 deputies are expected; 10 ballots were issued and 10 returned, of which 10 valid and 0 void; the round is valid. 张三 received 9 votes and is elected. 李四, 王小明 are tied at 7 votes each; they face a run-off for 1 seat.',
    });
  });

  it('a tie below the bound is no run-off: those seats go to a further round', () => {
    const v = decideRound(round({ expected: 10, votes: { 1: 9, 2: 5, 3: 5 } }));
    expect(v.next).toEqual({ action: 'further', seats: 1, candidates: [C[1], C[2]] });
    expect(announce('people-congress', v).zh).toContain('获得6票以上的当选人数少于应选名额，不足的1名另行选举。');
  });

  it('too few reach it: a further round for the seats left, the candidates not elected ranked by votes', () => {
    const v = decideRound(round({ seats: 3, expected: 10, votes: { 1: 4, 2: 6, 3: 5 } }));
    expect(v.elected).toEqual([C[1]]);
    expect(v.next).toEqual({ action: 'further', seats: 2, candidates: [C[2], C[0]] });
  });

  it('a write-in reaching the bound is elected; write-ins are listed but never in the further pool', () => {
    const v = decideRound(round({ expected: 10, votes: { 1: 2, 2: 1, 3: 0 }, writeIns: new Map([['赵六', 7], ['钱七', 1]]) }));
    expect(v.elected).toEqual([{ candidateId: null, name: '赵六' }]);
    expect(v.results.map((l) => `${l.name}:${l.votes}`)).toEqual(['赵六:7', '张三:2', '李四:1', '钱七:1', '王小明:0']);
    expect(v.next).toEqual({ action: 'further', seats: 1, candidates: [C[0], C[1], C[2]] });
  });

  it('an overridden threshold (at least 2/3 of those present) is used as given', () => {
    const rule: Threshold = { base: 'present', num: 2, den: 3, inclusive: true, citation: '本次会议选举办法' };
    const v = decideRound(round({ threshold: rule, present: 9, votes: { 1: 6, 2: 5, 3: 0 } }));
    expect(v.required).toBe(6);
    expect(v.citation).toBe('本次会议选举办法');
    expect(v.elected).toEqual([C[0]]);
  });

  const arbitrary = fc
    .record({
      seats: fc.integer({ min: 1, max: 4 }),
      expected: fc.integer({ min: 1, max: 40 }),
      votes: fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 6 }),
      extra: fc.integer({ min: 0, max: 3 }),
    })
    .map(({ seats, expected, votes, extra }) => {
      const candidates = votes.map((_, i) => ({ candidateId: i + 1, name: `候选人${i + 1}` }));
      const returned = Math.min(expected, Math.max(...votes));
      return { seats, expected, votes, candidates, issued: returned + extra - 1, returned };
    });

  it('property: never more elected than seats; every elected reached the bound and outpolled every unelected one reaching it', () => {
    fc.assert(
      fc.property(arbitrary, (a) => {
        const v = decideRound({
          kind: 'first', seats: a.seats, candidates: a.candidates, threshold: HALF, expected: a.expected, present: a.expected,
          issued: a.issued, returned: a.returned, valid: a.returned, void: 0,
          votes: new Map(a.votes.map((n, i) => [i + 1, n])), writeIns: new Map(),
        });
        if (a.returned > a.issued) {
          expect(v.valid).toBe(false);
          expect(v.elected).toEqual([]);
          return;
        }
        const need = Math.floor(a.expected / 2) + 1;
        expect(v.required).toBe(need);
        expect(v.elected.length).toBeLessThanOrEqual(a.seats);
        const won = v.results.filter((l) => l.elected);
        const lost = v.results.filter((l) => !l.elected && l.reached);
        for (const w of won) {
          expect(w.votes).toBeGreaterThanOrEqual(need);
          for (const l of lost) expect(w.votes).toBeGreaterThan(l.votes);
        }
        const reaching = a.votes.filter((n) => n >= need).length;
        if (v.next.action === 'done') expect(v.elected.length).toBe(a.seats);
        if (v.next.action === 'runoff') {
          expect(v.elected.length + v.next.seats).toBe(a.seats);
          expect(v.next.candidates.length).toBeGreaterThan(v.next.seats);
          const tied = new Set(v.results.filter((l) => v.next.action === 'runoff' && v.next.candidates.some((c) => c.candidateId === l.candidateId)).map((l) => l.votes));
          expect(tied.size).toBe(1);
        }
        if (v.next.action === 'further') {
          expect(reaching).toBeLessThan(a.seats);
          expect(v.next.seats).toBe(a.seats - reaching);
          const pool = v.next.candidates.map((c) => a.votes[c.candidateId! - 1]!);
          expect(pool).toEqual([...pool].sort((x, y) => y - x));
        }
      }),
    );
  });
});

describe('margin of extra candidates', () => {
  const fifthToHalf = { min: { num: 1, den: 5 }, max: { num: 1, den: 2 }, citation: '本次会议选举办法' };

  it('1/5 to 1/2 of the seats: 5 seats allow 1 or 2 extra; one seat still needs two candidates', () => {
    expect(marginBounds(fifthToHalf, 5)).toEqual({ min: 1, max: 2 });
    expect(marginBounds(fifthToHalf, 10)).toEqual({ min: 2, max: 5 });
    expect(marginBounds(fifthToHalf, 1)).toEqual({ min: 1, max: 1 });
    expect(marginBounds({ min: { count: 1 }, citation: 'x' }, 3)).toEqual({ min: 1, max: null });
  });

  it('names the figures when outside the rule; fewer candidates than seats is refused whatever the rule', () => {
    expect(candidatesProblem(8, 5, fifthToHalf)).toEqual({
      zh: '应选5名，候选人8名，差额3名；依本次会议选举办法，差额应为1至2名',
      en: '8 candidates for 5 seats is 3 extra; 本次会议选举办法 requires 1 to 2 extra',
      min: 1,
      max: 2,
    });
    expect(candidatesProblem(5, 5, fifthToHalf)?.zh).toBe('应选5名，候选人5名，差额0名；依本次会议选举办法，差额应为1至2名');
    expect(candidatesProblem(6, 5, fifthToHalf)).toBeNull();
    expect(candidatesProblem(2, 3, null)?.zh).toBe('候选人2名，少于应选名额3名');
    expect(candidatesProblem(3, 3, null)).toBeNull();
  });

  it('property: within the bounds exactly when no problem is named', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }), (seats, extra, a, b) => {
        const rule = { min: { num: 1, den: a + 4 }, max: { num: b, den: b + 1 }, citation: 'r' };
        const { min, max } = marginBounds(rule, seats);
        expect(min).toBeLessThanOrEqual(max!);
        expect(candidatesProblem(seats + extra, seats, rule) === null).toBe(extra >= min && extra <= max!);
      }),
    );
  });
});
