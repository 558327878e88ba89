/**
 * What a motion needs to pass, and the sentence that announces its result. Pure: no I/O.
 *
 * Sources (see shared/DESIGN.md, "The rules"):
 * - Congress resolutions and elections: more than half of ALL deputies, not of those present.
 *   《地方各级人民代表大会和地方各级人民政府组织法》(2022) 第二十五条.
 * - Amending the Constitution at the NPC: two thirds of all deputies or more. 《宪法》第六十四条.
 * - Standing committee of a congress: more than half of all its members. 《地方组织法》第五十一条.
 * - Consultative conference resolutions: more than half of all members. 《中国人民政治协商会议章程》.
 * "以上" (at least) includes the bound; "超过"/"过半数" (more than) does not.
 */
import type { BodyKind } from '../../registry/kinds.js';
import { chineseNumeral } from '../../registry/rules/numerals.js';
import { leastCount } from '../../attendance/rules/quorum.js';

export const ThresholdBases = ['all', 'present', 'cast'] as const;
/** `all`: every member of the body (expected); `present`: those present; `cast`: yes + no + abstain. */
export type ThresholdBase = (typeof ThresholdBases)[number];

/** `ordinary`: resolutions, reports, elections; `constitutional`: the two-thirds matters. */
export const MotionClasses = ['ordinary', 'constitutional'] as const;
export type MotionClass = (typeof MotionClasses)[number];

export interface Threshold {
  base: ThresholdBase;
  num: number;
  den: number;
  /** true: at least the fraction (以上); false: more than it (超过, 过半数). */
  inclusive: boolean;
  citation: string;
}

const LOCAL_ORG_LAW = '《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》（2022年修正）';
const HALF = { base: 'all', num: 1, den: 2, inclusive: false } as const;
const TWO_THIRDS = { base: 'all', num: 2, den: 3, inclusive: true } as const;

export const DEFAULT_THRESHOLDS: Record<BodyKind, Record<MotionClass, Threshold>> = {
  'people-congress': {
    ordinary: { ...HALF, citation: `${LOCAL_ORG_LAW}第二十五条` },
    constitutional: { ...TWO_THIRDS, citation: '《中华人民共和国宪法》第六十四条' },
  },
  'standing-committee': {
    ordinary: { ...HALF, citation: `${LOCAL_ORG_LAW}第五十一条` },
    constitutional: { ...TWO_THIRDS, citation: '本机构议事规则' },
  },
  cppcc: {
    ordinary: { ...HALF, citation: '《中国人民政治协商会议章程》' },
    constitutional: { ...TWO_THIRDS, citation: '《中国人民政治协商会议章程》' },
  },
  generic: {
    ordinary: { ...HALF, citation: '本机构议事规则' },
    constitutional: { ...TWO_THIRDS, citation: '本机构议事规则' },
  },
};

export function defaultThreshold(kind: BodyKind, motionClass: MotionClass = 'ordinary'): Threshold {
  return DEFAULT_THRESHOLDS[kind][motionClass];
}

export interface Figures {
  /** Members of the body on the day (应到). */
  expected: number;
  /** Voting members present (实到). */
  present: number;
  yes: number;
  no: number;
  abstain: number;
}

/** What is wrong with a set of figures, in words, or null: counts are whole, and nobody votes twice or from outside. */
export function figuresProblem(f: Figures): { zh: string; en: string } | null {
  for (const [name, v] of Object.entries(f)) {
    if (!Number.isInteger(v) || v < 0) return { zh: `${name} 必须是非负整数`, en: `${name} must be a whole number, 0 or more` };
  }
  if (f.present > f.expected) return { zh: `实到${f.present}人多于应到${f.expected}人`, en: `present (${f.present}) exceeds expected (${f.expected})` };
  const cast = f.yes + f.no + f.abstain;
  if (cast > f.present) return { zh: `表决${cast}票多于实到${f.present}人`, en: `${cast} votes exceed the ${f.present} present` };
  return null;
}

/** Votes in favour needed: the least count that reaches the fraction of the base. */
export function requiredVotes(rule: Threshold, f: Figures): number {
  const n = rule.base === 'all' ? f.expected : rule.base === 'present' ? f.present : f.yes + f.no + f.abstain;
  return leastCount(n, rule);
}

/** The rule in words: "全体代表的过半数" / "more than half of all members". */
export function describeThreshold(rule: Threshold, kind: BodyKind): { zh: string; en: string } {
  const whom = { all: kind === 'people-congress' ? '全体代表' : '全体组成人员', present: '出席人员', cast: '投票数' }[rule.base];
  const whomEn = { all: kind === 'people-congress' ? 'all deputies' : 'all members', present: 'those present', cast: 'the votes cast' }[rule.base];
  const f = `${rule.num}/${rule.den}`;
  if (!rule.inclusive && f === '1/2') return { zh: `${whom}的过半数`, en: `more than half of ${whomEn}` };
  const zhFraction = `${chineseNumeral(rule.den)}分之${chineseNumeral(rule.num)}`;
  return rule.inclusive
    ? { zh: `${whom}的${zhFraction}以上`, en: `at least ${f} of ${whomEn}` }
    : { zh: `超过${whom}的${zhFraction}`, en: `more than ${f} of ${whomEn}` };
}

export interface Tally extends Figures {
  /** Present members who did not vote (未按表决器). */
  notVoted: number;
  required: number;
  passed: boolean;
  rule: string;
  ruleEn: string;
  citation: string;
  sentence: string;
  sentenceEn: string;
}

/**
 * The votes of a result as a report of the sitting quotes them: 赞成480票，反对5票，弃权10票.
 * The announcement (`tally`'s sentence) and the news release both say it this way.
 */
export function votesPhrase(f: Pick<Figures, 'yes' | 'no' | 'abstain'>): string {
  return `赞成${f.yes}票，反对${f.no}票，弃权${f.abstain}票`;
}

/**
 * The result of a vote and its announcement:
 *   赞成480票，反对5票，弃权10票，未按表决器5人，通过。
 *   480 in favour, 5 against, 10 abstentions, 5 did not vote; adopted.
 * Throws a RangeError when the figures are impossible (see `figuresProblem`).
 */
export function tally(kind: BodyKind, f: Figures, rule: Threshold = defaultThreshold(kind)): Tally {
  const problem = figuresProblem(f);
  if (problem) throw new RangeError(problem.en);
  const need = requiredVotes(rule, f);
  const passed = f.yes >= need;
  const notVoted = f.present - f.yes - f.no - f.abstain;
  const words = describeThreshold(rule, kind);
  return {
    ...f,
    notVoted,
    required: need,
    passed,
    rule: words.zh,
    ruleEn: words.en,
    citation: rule.citation,
    sentence: `${votesPhrase(f)}，未按表决器${notVoted}人，${passed ? '通过' : '未通过'}。`,
    sentenceEn: `${f.yes} in favour, ${f.no} against, ${f.abstain} ${f.abstain === 1 ? 'abstention' : 'abstentions'}, ${notVoted} did not vote; ${passed ? 'adopted' : `not adopted (${need} in favour required)`}.`,
  };
}
