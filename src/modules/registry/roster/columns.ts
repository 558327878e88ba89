/**
 * Which spreadsheet column holds which field. Headers are matched by their Chinese or English
 * names, ignoring case, spaces (full-width too), a required-field asterisk, a trailing colon and
 * any bracketed note: "* 姓 名（必填）" reads as 姓名. Export writes the first name of each column,
 * so what Plenum exports it reads back.
 */
import { AppError } from '../../../server/errors.js';
import type { BodyKind } from '../kinds.js';

export const RosterFields = ['key', 'name', 'gender', 'ethnicity', 'birth', 'group', 'title', 'phone', 'idNumber', 'role', 'status'] as const;
export type RosterField = (typeof RosterFields)[number];

/** Where a column's values come from in a file: the field and its recognised headers. */
interface ColumnSpec {
  /** The header export writes and problems name. */
  zh: string;
  en: string;
  aliases: readonly string[];
}

export const COLUMNS: Record<RosterField, ColumnSpec> = {
  key: { zh: '编号', en: 'number', aliases: ['编号', '代表证号', '委员证号', 'number', 'no', 'no.'] },
  name: { zh: '姓名', en: 'name', aliases: ['姓名', 'name'] },
  gender: { zh: '性别', en: 'gender', aliases: ['性别', 'gender', 'sex'] },
  ethnicity: { zh: '民族', en: 'ethnicity', aliases: ['民族', 'ethnicity'] },
  birth: { zh: '出生年月', en: 'birth', aliases: ['出生年月', '出生日期', 'birth', 'dateofbirth', 'birthdate'] },
  group: { zh: '分组', en: 'group', aliases: ['代表团', '界别', '组别', '分组', 'group', 'delegation', 'sector'] },
  title: { zh: '职务', en: 'title', aliases: ['职务', 'title', 'position'] },
  phone: { zh: '手机', en: 'phone', aliases: ['手机', '手机号', '手机号码', '电话', '联系电话', 'phone', 'mobile'] },
  idNumber: { zh: '证件号', en: 'ID number', aliases: ['证件号', '证件号码', '身份证号', '身份证号码', 'id', 'idnumber', 'idno'] },
  role: { zh: '身份', en: 'role', aliases: ['身份', 'role'] },
  status: { zh: '状态', en: 'status', aliases: ['状态', 'status'] },
};

/** The group column's header in an export: what the body calls its groups. */
export function groupHeader(kind: BodyKind): string {
  if (kind === 'people-congress') return '代表团';
  if (kind === 'cppcc') return '界别';
  return '分组';
}

/** A header reduced to what matching looks at. */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/\([^)]*\)|\[[^\]]*\]|【[^】]*】/g, '')
    .replace(/[\s*:]/g, '')
    .toLowerCase();
}

const BY_ALIAS = new Map<string, RosterField>(
  RosterFields.flatMap((f) => COLUMNS[f].aliases.map((a) => [normalizeHeader(a), f] as const)),
);

/** A note about the file that did not stop the import. */
export interface RosterWarning {
  column: string;
  reason: string;
  reasonEn: string;
}

export interface ColumnMap {
  /** Column index (0-based) of each field the file has. */
  fields: Partial<Record<RosterField, number>>;
  /** Where the roster key comes from: the member number, or the ID number when there is none. */
  keyFrom: 'key' | 'idNumber';
  warnings: RosterWarning[];
}

/**
 * Finds the fields among a header row. Refuses a roster without a name column, or with neither
 * a number nor an ID number column to key members by.
 */
export function recognizeColumns(headers: readonly string[]): ColumnMap {
  const fields: Partial<Record<RosterField, number>> = {};
  const warnings: RosterWarning[] = [];
  headers.forEach((raw, index) => {
    const header = raw.trim();
    if (header === '') return;
    const field = BY_ALIAS.get(normalizeHeader(header));
    if (field === undefined) {
      warnings.push({ column: header, reason: `未识别的列“${header}”，已忽略`, reasonEn: `Column "${header}" is not recognised and was ignored` });
    } else if (fields[field] !== undefined) {
      const first = headers[fields[field]]!.trim();
      warnings.push({
        column: header,
        reason: `列“${header}”与前面的“${first}”重复，已忽略`,
        reasonEn: `Column "${header}" repeats the earlier column "${first}" and was ignored`,
      });
    } else {
      fields[field] = index;
    }
  });
  if (fields.name === undefined) throw missingColumn('姓名', 'name', '姓名 / name');
  if (fields.key === undefined && fields.idNumber === undefined) {
    throw missingColumn('编号或证件号', 'a number or ID number', '编号 / 代表证号 / 委员证号 / number / no, or 证件号 / 身份证号 / ID / id number');
  }
  return { fields, keyFrom: fields.key !== undefined ? 'key' : 'idNumber', warnings };
}

function missingColumn(zh: string, en: string, headers: string): AppError {
  return new AppError(
    422,
    'roster_missing_column',
    {
      'zh-CN': `名册缺少“${zh}”列：第一个非空行应为表头，可用的列名有 ${headers}`,
      en: `The roster has no ${en} column: the first non-empty row must be the header, with one of ${headers}`,
    },
    { missing: zh },
  );
}
