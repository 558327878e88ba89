/**
 * Stroke collation of personal names (以姓氏笔画为序). Pure: no I/O.
 *
 * Standard: GB13000.1 字符集汉字字序（笔画序）规范 (see shared/DESIGN.md, "Ordering names").
 * - By character: fewer strokes first; equal count: the stroke sequence position by position,
 *   横(incl. 提) < 竖(incl. 竖钩) < 撇 < 点(incl. 捺) < 折; identical sequences by the finer shapes,
 *   then by code point. That order is compiled into STROKE_ORDER by
 *   scripts/generateStrokeTable.mjs from cnchar-order's data and strokeOverrides.txt.
 * - By name: surname first; within one surname a one-character given name before a two-character
 *   one (`singleFirst`, on by default; some publishers turn it off); then the given name
 *   character by character.
 * ICU's `zh-u-co-stroke` is not this order (it breaks equal counts by radical) and is not used.
 */
import { STROKE_ORDER } from './strokeTable.generated.js';

export interface CollationOptions {
  /** Within one surname, one-character given names before longer ones. Default true. */
  singleFirst?: boolean;
}

/** Separators inside transcribed names (艾力更·依明巴海) that take no part in the order. */
const SEPARATORS = new Set(['·', '・', '•', '‧', '．', '.', '-', '－', ' ', '\u3000']);

/** The table's position of each character, offset so it encodes as one UTF-16 code unit. */
const RANK_BASE = 0x100;
const rankOf = new Map<string, number>();
const strokesOf = new Map<string, number>();
{
  let rank = RANK_BASE;
  STROKE_ORDER.forEach((chars, i) => {
    for (const char of chars) {
      rankOf.set(char, rank++);
      strokesOf.set(char, i + 1);
    }
  });
}

/** A character with no stroke data: the order of a name holding it is unknown. */
export class MissingStrokeData extends Error {
  readonly character: string;
  readonly codePoint: string;
  readonly nameWithIt: string;
  readonly messageZh: string;
  readonly messageEn: string;
  constructor(character: string, name: string) {
    const codePoint = `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
    const zh = `“${character}”（${codePoint}）没有笔画数据，无法按笔画排序“${name}”`;
    const en = `No stroke data for "${character}" (${codePoint}), so "${name}" cannot be sorted by strokes`;
    super(`${zh} / ${en}`);
    this.name = 'MissingStrokeData';
    this.character = character;
    this.codePoint = codePoint;
    this.nameWithIt = name;
    this.messageZh = zh;
    this.messageEn = en;
  }
}

/** The number of strokes of a character, or undefined when the table has no data for it. */
export function strokeCount(char: string): number | undefined {
  return strokesOf.get(char);
}

/** Whether the table has stroke data for a character. */
export function hasStrokeData(char: string): boolean {
  return rankOf.has(char);
}

/** The first character of a name without stroke data, or undefined. Separators are ignored. */
export function missingCharacter(name: string): string | undefined {
  for (const char of name.trim()) if (!SEPARATORS.has(char) && !rankOf.has(char)) return char;
  return undefined;
}

const SINGLE_GIVEN = String.fromCharCode(1);
const LONGER_GIVEN = String.fromCharCode(2);

/**
 * A string key whose code-unit order is the name's stroke order: one code unit per character's
 * rank, and (with singleFirst) a marker after the surname that puts one-character given names
 * first. Throws MissingStrokeData for a character the table lacks.
 *
 * @example collationKey('王毅') < collationKey('王东明') // true: one-character given name first
 */
export function collationKey(name: string, options: CollationOptions = {}): string {
  const ranks: number[] = [];
  for (const char of name.trim()) {
    if (SEPARATORS.has(char)) continue;
    const rank = rankOf.get(char);
    if (rank === undefined) throw new MissingStrokeData(char, name.trim());
    ranks.push(rank);
  }
  const [surname, ...given] = ranks;
  if (surname === undefined) return '';
  const head = String.fromCharCode(surname);
  const tail = String.fromCharCode(...given);
  if (options.singleFirst === false || given.length === 0) return head + tail;
  return head + (given.length === 1 ? SINGLE_GIVEN : LONGER_GIVEN) + tail;
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Compares two names in stroke order (negative: `a` first). Names identical in every
 * character compare equal. Throws MissingStrokeData for a character without stroke data.
 *
 * @example ['王东明', '丁仲礼', '王毅'].sort((a, b) => compareNames(a, b)) // ['丁仲礼', '王毅', '王东明']
 */
export function compareNames(a: string, b: string, options: CollationOptions = {}): number {
  return compareKeys(collationKey(a, options), collationKey(b, options));
}

/** A new array of the names in stroke order; stable for names that compare equal. */
export function sortNames(names: readonly string[], options: CollationOptions = {}): string[] {
  const keyed = names.map((name, index) => ({ name, key: collationKey(name, options), index }));
  keyed.sort((x, y) => compareKeys(x.key, y.key) || x.index - y.index);
  return keyed.map((k) => k.name);
}
