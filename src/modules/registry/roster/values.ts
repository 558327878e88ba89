/**
 * What a spreadsheet cell may hold, and how each roster field reads it: the spellings a
 * secretariat actually types (M/F, 汉, 1968.05, 1968年5月, an Excel date) become one stored form.
 * Pure functions; each returns the value or the reason it is wrong, in zh-CN and English.
 */
import { MembershipRoles, MembershipStatuses, type MembershipRole, type MembershipStatus } from '../kinds.js';

/** A cell as the parsers hand it over: Excel dates arrive as Date, numbers as numbers. */
export type Cell = string | number | boolean | Date | null;

export type Read<T> = { ok: true; value: T } | { ok: false; reason: string; reasonEn: string };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const bad = (reason: string, reasonEn: string): Read<never> => ({ ok: false, reason, reasonEn });

/** Longest value of each text field, as the roster row schema allows. */
export const MaxLength = { key: 40, name: 40, ethnicity: 20, group: 100, title: 200 } as const;

/** A cell as trimmed text ('' when blank). Whole numbers lose no digits; dates read as YYYY-MM-DD. */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (typeof cell === 'number') return Number.isInteger(cell) ? cell.toFixed(0) : String(cell);
  return String(cell).trim();
}

/** A text field with a length limit; blank reads as null. */
export function readText(cell: Cell, label: string, max: number): Read<string | null> {
  const text = cellText(cell).replace(/\s+/g, ' ');
  if (text === '') return ok(null);
  if (text.length > max) return bad(`${label}超过 ${max} 个字符`, `${label} is longer than ${max} characters`);
  return ok(text);
}

const CJK_NAME = /^[\p{Script=Han}·•\s]+$/u;

/**
 * A name. Chinese rosters pad two-character names to line up (张 三, with a full-width space); the padding is not part of
 * the name, so spaces inside an all-Chinese name go. Other names keep single spaces.
 */
export function tidyName(name: string): string {
  const text = name.trim().replace(/[\s\u3000]+/g, ' ');
  return CJK_NAME.test(text) ? text.replace(/ /g, '') : text;
}

export function readName(cell: Cell): Read<string | null> {
  const text = tidyName(cellText(cell).normalize('NFC'));
  if (text === '') return ok(null);
  if (text.length > MaxLength.name) return bad(`姓名超过 ${MaxLength.name} 个字符`, `name is longer than ${MaxLength.name} characters`);
  return ok(text);
}

const GENDERS: Record<string, '男' | '女'> = { 男: '男', 男性: '男', m: '男', male: '男', 女: '女', 女性: '女', f: '女', female: '女' };

export function readGender(cell: Cell): Read<'男' | '女' | null> {
  const text = cellText(cell).normalize('NFKC').trim().toLowerCase();
  if (text === '') return ok(null);
  const value = GENDERS[text];
  return value ? ok(value) : bad(`性别应为“男”或“女”，不是“${cellText(cell)}”`, `gender must be 男 or 女 (M/F, male/female), not "${cellText(cell)}"`);
}

/** The 56 recognised ethnic groups by their short names; "汉" is stored as "汉族". */
const ETHNIC_GROUPS = new Set(
  ('汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 ' +
    '达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺').split(' '),
);

export function tidyEthnicity(text: string): string {
  const t = text.trim();
  return ETHNIC_GROUPS.has(t) ? `${t}族` : t;
}

export function readEthnicity(cell: Cell): Read<string | null> {
  const read = readText(cell, '民族', MaxLength.ethnicity);
  return read.ok && read.value !== null ? ok(tidyEthnicity(read.value)) : read;
}

/** Whether a year and month (and day, when given) name a real date a living member could be born on. */
function realDate(year: number, month: number, day?: number): boolean {
  if (year < 1900 || year > 2099 || month < 1 || month > 12) return false;
  if (day === undefined) return true;
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const BIRTH_TEXT = /^(\d{4})\s*[.\-/年]\s*(\d{1,2})\s*月?\s*(?:[.\-/]?\s*(\d{1,2})\s*日?)?$/;
const BIRTH_DIGITS = /^(\d{4})(\d{2})(\d{2})?$/;

/**
 * A birth year and month, YYYY-MM, from 1968.05, 1968-05, 1968/5/12, 1968年5月, 196805,
 * 19680512 or an Excel date. A number cell such as 1968.1 is read as 1968.10: Excel dropped the
 * trailing zero of what was typed as two-digit month.
 */
export function readBirth(cell: Cell): Read<string | null> {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return badBirth('(invalid date)');
    return realDate(cell.getUTCFullYear(), cell.getUTCMonth() + 1) ? ok(`${cell.getUTCFullYear()}-${pad2(cell.getUTCMonth() + 1)}`) : badBirth(cellText(cell));
  }
  if (typeof cell === 'number' && !Number.isInteger(cell) && cell >= 1900 && cell < 2100) {
    const year = Math.floor(cell);
    const month = Math.round((cell - year) * 100);
    return realDate(year, month) ? ok(`${year}-${pad2(month)}`) : badBirth(String(cell));
  }
  const text = cellText(cell).normalize('NFKC').replace(/\s+/g, '');
  if (text === '') return ok(null);
  const m = BIRTH_TEXT.exec(text) ?? BIRTH_DIGITS.exec(text);
  if (!m) return badBirth(text);
  const [year, month, day] = [Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3])];
  return realDate(year, month, day) ? ok(`${year}-${pad2(month)}`) : badBirth(text);
}

function badBirth(text: string): Read<never> {
  return bad(
    `出生年月“${text}”无法识别，应写成 1968.05、1968-05 或 1968年5月`,
    `birth "${text}" is not a date; write it as 1968.05, 1968-05 or 1968年5月`,
  );
}

/** A phone number: digits, an optional leading +, hyphens; spaces are dropped. */
export function readPhone(cell: Cell): Read<string | null> {
  const text = cellText(cell).normalize('NFKC').replace(/\s+/g, '');
  if (text === '') return ok(null);
  return /^\+?[0-9][0-9-]{4,19}$/.test(text)
    ? ok(text)
    : bad(`手机号“${cellText(cell)}”格式不对：应为 5 到 20 位数字，可含“+”和“-”`, `phone "${cellText(cell)}" is not a phone number: 5 to 20 digits, with + and - allowed`);
}

/**
 * An ID number: letters and digits, upper case. An 18-digit mainland ID typed into a number cell
 * reaches us with its last digits rounded off by Excel, which cannot be undone.
 */
export function readIdNumber(cell: Cell, label = '证件号'): Read<string | null> {
  if (typeof cell === 'number' && Math.abs(cell) > Number.MAX_SAFE_INTEGER) {
    return bad(
      `${label}被 Excel 存成了数字，末几位已丢失；请把该列设为“文本”格式后重新填写`,
      `${label} was stored by Excel as a number and lost its last digits; format the column as text and type it again`,
    );
  }
  const text = cellText(cell).normalize('NFKC').replace(/\s+/g, '').toUpperCase();
  if (text === '') return ok(null);
  return /^[0-9A-Z]{6,30}$/.test(text)
    ? ok(text)
    : bad(`${label}“${cellText(cell)}”格式不对：应为 6 到 30 位字母或数字`, `${label} "${cellText(cell)}" is not an ID number: 6 to 30 letters or digits`);
}

/** The roster key: the member number as written, or the ID number. */
export function readKey(cell: Cell, label: string): Read<string | null> {
  return readText(cell, label, MaxLength.key);
}

/** How roles and statuses are written in a roster: export writes the first label. */
export const ROLE_LABELS: Record<MembershipRole, readonly string[]> = {
  member: ['成员', '代表', '委员'],
  'standing-member': ['常务委员', '常委'],
  chair: ['主席', '主任'],
  'vice-chair': ['副主席', '副主任'],
  'secretary-general': ['秘书长'],
};

export const STATUS_LABELS: Record<MembershipStatus, readonly string[]> = {
  active: ['在任', '正常', '有效'],
  resigned: ['辞职', '已辞职'],
  removed: ['罢免', '撤销', '免去', '已罢免'],
  deceased: ['去世', '逝世', '已故'],
};

function labelReader<T extends string>(codes: readonly T[], labels: Record<T, readonly string[]>, zh: string, en: string) {
  const byText = new Map<string, T>();
  for (const code of codes) {
    byText.set(code, code);
    for (const l of labels[code]) byText.set(l, code);
  }
  return (cell: Cell): Read<T | null> => {
    const text = cellText(cell).normalize('NFKC').replace(/\s+/g, '').toLowerCase();
    if (text === '') return ok(null);
    const value = byText.get(text);
    if (value) return ok(value);
    const allowed = codes.map((c) => labels[c][0]).join('、');
    return bad(`${zh}“${cellText(cell)}”无法识别，应为 ${allowed} 之一`, `${en} "${cellText(cell)}" is not one of ${allowed} (${codes.join(', ')})`);
  };
}

export const readRole = labelReader(MembershipRoles, ROLE_LABELS, '身份', 'role');
export const readStatus = labelReader(MembershipStatuses, STATUS_LABELS, '状态', 'status');
