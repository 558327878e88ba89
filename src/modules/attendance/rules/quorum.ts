/**
 * The quorum to open a sitting, and the sentence the presiding officer reads. Pure: no I/O.
 *
 * Sources (see shared/DESIGN.md, "The rules"):
 * - Local people's congress (and the NPC): at least two thirds of all deputies present.
 *   《地方各级人民代表大会和地方各级人民政府组织法》(2022) 第十四条; 《全国人民代表大会议事规则》第四条.
 * - Standing committee of a congress: more than half of all its members. 《地方组织法》第五十一条.
 * - Consultative conference plenary: a body setting, by default more than half of all members
 *   (《中国人民政治协商会议章程》; the sitting's report says "符合《政协章程》规定的有效人数").
 * - Generic assembly: a fraction or a fixed number set by the body; by default more than half.
 * "以上" (at least) includes the bound; "超过"/"过半数" (more than) does not.
 */
import type { BodyKind } from '../../registry/kinds.js';
import { chineseNumeral } from '../../registry/rules/numerals.js';

export interface QuorumRule {
  /** `all`: a fraction of all members (expected); `fixed`: a set number. */
  base: 'all' | 'fixed';
  /** The fraction as numerator/denominator, for base `all`. */
  num: number;
  den: number;
  /** true: at least the fraction (以上); false: more than it (超过, 过半数). */
  inclusive: boolean;
  /** The number required, for base `fixed`. */
  fixed: number | null;
  citation: string;
}

export const DEFAULT_RULES: Record<BodyKind, QuorumRule> = {
  'people-congress': {
    base: 'all',
    num: 2,
    den: 3,
    inclusive: true,
    fixed: null,
    citation: '《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》（2022年修正）第十四条',
  },
  'standing-committee': {
    base: 'all',
    num: 1,
    den: 2,
    inclusive: false,
    fixed: null,
    citation: '《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》（2022年修正）第五十一条',
  },
  cppcc: { base: 'all', num: 1, den: 2, inclusive: false, fixed: null, citation: '《中国人民政治协商会议章程》' },
  generic: { base: 'all', num: 1, den: 2, inclusive: false, fixed: null, citation: '本机构议事规则' },
};

/** A stored override (a body's or a meeting's quorum_* columns); all null means none. */
export interface QuorumOverride {
  quorum_base: string | null;
  quorum_num: number | null;
  quorum_den: number | null;
  quorum_inclusive: number | null;
  quorum_fixed: number | null;
  quorum_citation: string | null;
}

/** The rule in force: the meeting's override, else the body's, else the kind's default. */
export function ruleFor(kind: BodyKind, ...overrides: Array<QuorumOverride | null | undefined>): QuorumRule {
  for (const o of overrides) {
    if (!o || o.quorum_base === null) continue;
    const fallback = DEFAULT_RULES[kind];
    return {
      base: o.quorum_base === 'fixed' ? 'fixed' : 'all',
      num: o.quorum_num ?? fallback.num,
      den: o.quorum_den ?? fallback.den,
      inclusive: o.quorum_inclusive === null ? fallback.inclusive : o.quorum_inclusive === 1,
      fixed: o.quorum_fixed,
      citation: o.quorum_citation ?? fallback.citation,
    };
  }
  return DEFAULT_RULES[kind];
}

/**
 * How many must be present. At least num/den of n: ⌈n·num/den⌉; more than num/den of n:
 * ⌊n·num/den⌋ + 1. Integer arithmetic only, so 2/3 of 523 is exactly 349 and half of 446 is 224.
 * @example required(523, DEFAULT_RULES['people-congress']) === 349
 */
export function required(expected: number, rule: QuorumRule): number {
  if (rule.base === 'fixed') return rule.fixed ?? 0;
  return leastCount(expected, rule);
}

/**
 * The least whole count that reaches a fraction of n: at least num/den (inclusive) is
 * ⌈n·num/den⌉, more than num/den is ⌊n·num/den⌋ + 1. The one piece of arithmetic behind the
 * quorum and every vote threshold.
 */
export function leastCount(n: number, f: { num: number; den: number; inclusive: boolean }): number {
  const scaled = n * f.num;
  return f.inclusive ? Math.ceil(scaled / f.den) : Math.floor(scaled / f.den) + 1;
}


/** The rule in words: "全体代表的三分之二以上" / "at least 2/3 of all members". */
export function describeRule(rule: QuorumRule): { zh: string; en: string } {
  if (rule.base === 'fixed') return { zh: `不少于${rule.fixed}人`, en: `at least ${rule.fixed} present` };
  const f = `${rule.num}/${rule.den}`;
  // Written in Chinese numerals, as statutes do: 三分之二, 三分之一 (never 3分之1).
  const zhFraction = `${chineseNumeral(rule.den)}分之${chineseNumeral(rule.num)}`;
  if (!rule.inclusive && f === '1/2') return { zh: '全体组成人员过半数', en: 'more than half of all members' };
  return rule.inclusive
    ? { zh: `全体组成人员的${zhFraction}以上`, en: `at least ${f} of all members` }
    : { zh: `超过全体组成人员的${zhFraction}`, en: `more than ${f} of all members` };
}

export interface QuorumVerdict {
  expected: number;
  present: number;
  required: number;
  met: boolean;
  rule: string;
  ruleEn: string;
  citation: string;
  sentence: string;
  sentenceEn: string;
}

/**
 * The verdict and the presiding sentence in the body's own wording:
 *   cppcc            本次大会应到委员446人，实到委员427人，符合《政协章程》规定的有效人数。
 *   people-congress  本次大会应到代表523人，实到500人，符合法定人数。
 */
export function quorumVerdict(kind: BodyKind, expected: number, present: number, rule: QuorumRule = DEFAULT_RULES[kind]): QuorumVerdict {
  const need = required(expected, rule);
  const met = present >= need;
  const words = describeRule(rule);
  return {
    expected,
    present,
    required: need,
    met,
    rule: words.zh,
    ruleEn: words.en,
    citation: rule.citation,
    sentence: sentenceZh(kind, expected, present, met),
    sentenceEn: sentenceEn(kind, expected, present, need, met),
  };
}

function sentenceZh(kind: BodyKind, expected: number, present: number, met: boolean): string {
  switch (kind) {
    case 'cppcc':
      return `本次大会应到委员${expected}人，实到委员${present}人，${met ? '符合' : '不符合'}《政协章程》规定的有效人数。`;
    case 'people-congress':
      return `本次大会应到代表${expected}人，实到${present}人，${met ? '符合法定人数' : '不足法定人数'}。`;
    case 'standing-committee':
      return `本次会议应到常务委员会组成人员${expected}人，实到${present}人，${met ? '符合法定人数' : '不足法定人数'}。`;
    case 'generic':
      return `本次会议应到${expected}人，实到${present}人，${met ? '达到' : '未达到'}规定人数。`;
  }
}

function sentenceEn(kind: BodyKind, expected: number, present: number, need: number, met: boolean): string {
  const noun = kind === 'people-congress' ? 'deputies' : 'members';
  const head = `${expected} ${noun} are expected and ${present} are present`;
  if (kind === 'cppcc') {
    return met
      ? `${head}, which meets the quorum set by the CPPCC Charter.`
      : `${head}, short of the quorum set by the CPPCC Charter (${need} required).`;
  }
  return met ? `${head}; the quorum is met.` : `${head}; the quorum is not met (${need} required).`;
}
