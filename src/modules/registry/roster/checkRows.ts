/**
 * The checks a whole roster must pass before anything is stored, whether it came from a file or
 * the JSON API: every row has a key and a name, no key or ID number appears twice, a mainland ID
 * number's check digit is right, a birth month exists.
 */
import { AppError } from '../../../server/errors.js';
import { COLUMNS } from './columns.js';
import { hasValidCheckDigit, isMainlandIdShape } from './idNumber.js';
import { RosterLimits } from './limits.js';
import type { RosterRow } from './rosterRow.js';
import { tidyEthnicity, tidyName } from './values.js';

/** One thing wrong with one row: its number as the user sees it, the column, and why. */
export interface RowProblem {
  row: number;
  column: string;
  reason: string;
  reasonEn: string;
}

export interface CheckOptions {
  /** The number the user sees for each row; by default its place in the list, from 1. */
  rowNumbers?: readonly number[];
  /** Which column the key was read from (a roster without numbers is keyed by ID number). */
  keyFrom?: 'key' | 'idNumber';
}

/** A row as far as it could be read: a cell that was wrong is left out, so its problem is told once. */
export type RowDraft = Partial<RosterRow>;

export function checkRows(rows: readonly RowDraft[], options: CheckOptions = {}): RowProblem[] {
  const numberOf = (i: number) => options.rowNumbers?.[i] ?? i + 1;
  const keyColumn = COLUMNS[options.keyFrom ?? 'key'].zh;
  const problems: RowProblem[] = [];
  const firstByKey = new Map<string, number>();
  const firstById = new Map<string, number>();
  rows.forEach((row, i) => {
    const n = numberOf(i);
    if (!row.key?.trim()) problems.push({ row: n, column: keyColumn, reason: `${keyColumn}为空`, reasonEn: `${keyColumn} (${COLUMNS[options.keyFrom ?? 'key'].en}) is empty` });
    if (!row.name?.trim()) problems.push({ row: n, column: COLUMNS.name.zh, reason: '姓名为空', reasonEn: 'name is empty' });
    if (row.key?.trim()) {
      const first = firstByKey.get(row.key);
      if (first === undefined) firstByKey.set(row.key, n);
      else problems.push({ row: n, column: keyColumn, reason: `${keyColumn}“${row.key}”重复：第 ${first} 行和第 ${n} 行`, reasonEn: `${keyColumn} "${row.key}" appears twice: rows ${first} and ${n}` });
    }
    if (row.idNumber) {
      if (isMainlandIdShape(row.idNumber) && !hasValidCheckDigit(row.idNumber)) {
        problems.push({ row: n, column: COLUMNS.idNumber.zh, reason: `身份证号“${row.idNumber}”校验位不对`, reasonEn: `ID number "${row.idNumber}" has a wrong check digit` });
      }
      // When the ID number is the key, the key check above has already told it.
      const first = firstById.get(row.idNumber);
      if (first === undefined) firstById.set(row.idNumber, n);
      else if (options.keyFrom !== 'idNumber') {
        problems.push({ row: n, column: COLUMNS.idNumber.zh, reason: `证件号“${row.idNumber}”重复：第 ${first} 行和第 ${n} 行`, reasonEn: `ID number "${row.idNumber}" appears twice: rows ${first} and ${n}` });
      }
    }
    if (row.birth) {
      const month = Number(row.birth.slice(5, 7));
      if (month < 1 || month > 12) problems.push({ row: n, column: COLUMNS.birth.zh, reason: `出生年月“${row.birth}”的月份不存在`, reasonEn: `birth "${row.birth}" has no such month` });
    }
  });
  return problems;
}

/** The roster as a whole is refused: how many rows are wrong, the first few, and every one in `details`. */
export function rosterInvalid(problems: readonly RowProblem[]): AppError {
  const rows = new Set(problems.map((p) => p.row)).size;
  const shown = problems.slice(0, RosterLimits.problemsInMessage);
  const more = problems.length - shown.length;
  const zh = shown.map((p) => `第 ${p.row} 行“${p.column}”：${p.reason}`).join('；');
  const en = shown.map((p) => `row ${p.row}, ${p.column}: ${p.reasonEn}`).join('; ');
  return new AppError(
    422,
    'roster_invalid',
    {
      'zh-CN': `名册有 ${rows} 行有误，未导入任何数据。${zh}${more > 0 ? `；另有 ${more} 处问题见 details` : ''}`,
      en: `${rows} ${rows === 1 ? 'row' : 'rows'} of the roster ${rows === 1 ? 'is' : 'are'} wrong; nothing was imported. ${en}${more > 0 ? `; ${more} more in details` : ''}`,
    },
    problems,
  );
}

/** One member's fields are refused (add or update): each column and why. */
export function memberInvalid(problems: readonly RowProblem[]): AppError {
  return new AppError(
    422,
    'member_invalid',
    {
      'zh-CN': `成员信息有误：${problems.map((p) => `“${p.column}”${p.reason}`).join('；')}`,
      en: `The member's details are wrong: ${problems.map((p) => `${p.column}: ${p.reasonEn}`).join('; ')}`,
    },
    problems.map(({ column, reason, reasonEn }) => ({ column, reason, reasonEn })),
  );
}

/**
 * A row as stored: the same tidying the file reader applies, so a row sent as JSON and the same
 * row read from a spreadsheet are stored alike (and an export reads back unchanged).
 */
export function tidyRow<T extends RowDraft>(row: T): T {
  const out: RowDraft = { ...row };
  if (out.key !== undefined) out.key = out.key.trim().replace(/\s+/g, ' ');
  if (out.name !== undefined) out.name = tidyName(out.name);
  for (const field of ['ethnicity', 'group', 'title'] as const) {
    const value = out[field];
    if (typeof value === 'string') {
      const text = value.trim().replace(/\s+/g, ' ');
      out[field] = text === '' ? null : text;
    }
  }
  if (typeof out.ethnicity === 'string') out.ethnicity = tidyEthnicity(out.ethnicity);
  if (typeof out.phone === 'string') out.phone = out.phone.replace(/\s+/g, '') || null;
  if (typeof out.idNumber === 'string') out.idNumber = out.idNumber.toUpperCase();
  return out as T;
}
