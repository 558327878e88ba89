/**
 * Numbers as the secretariat writes them: Chinese numerals for ordinals (第十三届, 第一百零五次)
 * and English ordinals (Third Session, 13th Committee).
 */

const DIGITS = '零一二三四五六七八九';
const UNITS = ['', '十', '百', '千'];

/**
 * Chinese numeral for 0 ≤ n < 100,000,000, as written in official titles: 十 (not 一十) at the
 * start, 一百一十, 一百零五, 一千零一十, 两 never.
 * @example chineseNumeral(13) === '十三'; chineseNumeral(105) === '一百零五'
 */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1e8) throw new RangeError(`Cannot write ${n} in Chinese numerals`);
  if (n === 0) return '零';
  if (n >= 10000) {
    const high = Math.floor(n / 10000);
    const low = n % 10000;
    const head = `${chineseNumeral(high)}万`;
    if (low === 0) return head;
    return head + (low < 1000 ? '零' : '') + below10000(low, true);
  }
  return below10000(n, false);
}

function below10000(n: number, afterHigher: boolean): string {
  const digits = String(n).padStart(4, '0').split('').map(Number);
  let out = '';
  let zeroPending = false;
  let started = false;
  digits.forEach((d, i) => {
    const unit = UNITS[3 - i]!;
    if (d === 0) {
      if (started) zeroPending = true;
      return;
    }
    if (zeroPending) out += '零';
    zeroPending = false;
    // 十三 at the very start; 一十 after a higher unit (一百一十, 一万零一十).
    const leadingTen = !started && !afterHigher && d === 1 && unit === '十';
    out += (leadingTen ? '' : DIGITS[d]) + unit;
    started = true;
  });
  return out;
}

const ORDINAL_WORDS = [
  '', 'First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth',
  'Eleventh', 'Twelfth', 'Thirteenth', 'Fourteenth', 'Fifteenth', 'Sixteenth', 'Seventeenth', 'Eighteenth',
  'Nineteenth', 'Twentieth',
];

/** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 101st, 111th. */
export function englishOrdinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** First … Twentieth in words, numerals beyond. */
export function englishOrdinalWord(n: number): string {
  return ORDINAL_WORDS[n] ?? englishOrdinal(n);
}
