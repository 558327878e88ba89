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
/** The rank of each BMP code unit (0: no stroke data; SKIP: a separator), for the hot path. */
const SKIP = 1;
const bmpRank = new Uint16Array(0x10000);
{
  let rank = RANK_BASE;
  STROKE_ORDER.forEach((chars, i) => {
    for (const char of chars) {
      const cp = char.codePointAt(0) ?? 0;
      if (cp < 0x10000) bmpRank[cp] = rank;
      rankOf.set(char, rank++);
      strokesOf.set(char, i + 1);
    }
  });
  if (rank > 0xffff) throw new Error(`The stroke table holds ${rank - RANK_BASE} characters; keys hold at most ${0xffff - RANK_BASE}`);
  for (const sep of SEPARATORS) bmpRank[sep.charCodeAt(0)] = SKIP;
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

const SINGLE_GIVEN = 1;
const LONGER_GIVEN = 2;
const units: number[] = [];

/** Fills `units` with a name's key units; throws MissingStrokeData. */
function fillUnits(name: string, options: CollationOptions): void {
  const text = name.trim();
  const marked = options.singleFirst !== false;
  units.length = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    let rank = bmpRank[unit] as number;
    if (rank === SKIP) continue;
    if (rank === 0) {
      // Outside the BMP (a surrogate pair) or without data: the slow path names the character.
      const char = String.fromCodePoint(text.codePointAt(i) ?? unit);
      const found = rankOf.get(char);
      if (found === undefined) throw new MissingStrokeData(char, text);
      rank = found;
      i += char.length - 1;
    }
    units.push(rank);
    // A slot for the marker after the surname, filled once the given name's length is known.
    if (marked && units.length === 1) units.push(0);
  }
  if (!marked) return;
  if (units.length <= 2) units.length = Math.min(units.length, 1);
  else units[1] = units.length === 3 ? SINGLE_GIVEN : LONGER_GIVEN;
}

/**
 * A string key whose code-unit order is the name's stroke order: one code unit per character's
 * rank, and (with singleFirst) a marker after the surname that puts one-character given names
 * first. Throws MissingStrokeData for a character the table lacks.
 *
 * @example collationKey('王毅') < collationKey('王东明') // true: one-character given name first
 */
export function collationKey(name: string, options: CollationOptions = {}): string {
  fillUnits(name, options);
  return String.fromCharCode(...units);
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

/** Radix digits: key units are below 2^13 while the table holds under 7,936 characters. */
const DIGIT_RANGE = 8192;
const DIGITS = 4;
const RADIX = RANK_BASE + rankOf.size <= DIGIT_RANGE;

/**
 * A new array of the names in stroke order; stable for names that compare equal.
 *
 * For speed (100,000 names well under 200 ms) the first four key units of each name (surname,
 * marker, two given-name characters: the whole key of most names) are sorted by a stable LSD
 * radix sort over typed arrays, and only runs of equal prefixes that hold a longer key are sorted
 * further by the whole key. A comparator called 1.7 million times costs several times more.
 */
export function sortNames(names: readonly string[], options: CollationOptions = {}): string[] {
  const n = names.length;
  if (!RADIX) {
    const keys = names.map((name) => collationKey(name, options));
    const order = keys.map((_, i) => i).sort((a, b) => compareKeys(keys[a] as string, keys[b] as string));
    return order.map((i) => names[i] as string);
  }
  const digits = new Uint16Array(n * DIGITS);
  const longKeys = new Map<number, string>();
  for (let i = 0; i < n; i++) {
    fillUnits(names[i] as string, options);
    for (let j = 0; j < DIGITS && j < units.length; j++) digits[i * DIGITS + j] = units[j] as number;
    if (units.length > DIGITS) longKeys.set(i, String.fromCharCode(...units));
  }
  let order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let next = new Int32Array(n);
  const counts = new Int32Array(DIGIT_RANGE + 1);
  for (let d = DIGITS - 1; d >= 0; d--) {
    counts.fill(0);
    for (let i = 0; i < n; i++) (counts[(digits[i * DIGITS + d] as number) + 1] as number)++;
    for (let v = 0; v < DIGIT_RANGE; v++) counts[v + 1] = (counts[v + 1] as number) + (counts[v] as number);
    for (let k = 0; k < n; k++) {
      const i = order[k] as number;
      next[(counts[digits[i * DIGITS + d] as number] as number)++] = i;
    }
    [order, next] = [next, order];
  }
  if (longKeys.size > 0) resolveLongKeys(order, digits, longKeys);
  const sorted = new Array<string>(n);
  for (let k = 0; k < n; k++) sorted[k] = names[order[k] as number] as string;
  return sorted;
}

/** Sorts each run of equal four-unit prefixes that holds a longer key by the whole key. */
function resolveLongKeys(order: Int32Array, digits: Uint16Array, longKeys: ReadonlyMap<number, string>): void {
  const samePrefix = (a: number, b: number) => {
    for (let j = 0; j < DIGITS; j++) if (digits[a * DIGITS + j] !== digits[b * DIGITS + j]) return false;
    return true;
  };
  const keyOf = (i: number) => longKeys.get(i) ?? String.fromCharCode(...digits.subarray(i * DIGITS, i * DIGITS + DIGITS)).replace(/\0+$/, '');
  let start = 0;
  while (start < order.length) {
    let end = start + 1;
    while (end < order.length && samePrefix(order[start] as number, order[end] as number)) end++;
    if (end - start > 1) {
      const run = Array.from(order.subarray(start, end));
      if (run.some((i) => longKeys.has(i))) {
        run.sort((a, b) => compareKeys(keyOf(a), keyOf(b)) || a - b);
        order.set(run, start);
      }
    }
    start = end;
  }
}
