/**
 * Reads a roster file, .xlsx or .csv, into roster rows, checking every row. The header row is
 * the first non-empty row; row numbers are those the user sees in Excel (header 1, first data
 * row 2, blank rows counted but skipped). A CSV may be UTF-8 (with or without BOM), GB18030/GBK
 * as Excel in China saves it, or UTF-16 ("Unicode text").
 */
import ExcelJS from 'exceljs';
import { parse as parseCsv } from 'csv-parse/sync';
import { AppError } from '../../../server/errors.js';
import { COLUMNS, recognizeColumns, type ColumnMap, type RosterField, type RosterWarning } from './columns.js';
import { checkRows, type RowDraft, type RowProblem } from './checkRows.js';
import { RosterLimits } from './limits.js';
import { reportProgress } from './progress.js';
import type { RosterRow } from './rosterRow.js';
import {
  MaxLength,
  readBirth,
  readEthnicity,
  readGender,
  readIdNumber,
  readKey,
  readName,
  readPhone,
  readRole,
  readStatus,
  readText,
  type Cell,
  type Read,
} from './values.js';

export type RosterFormat = 'xlsx' | 'csv';

export interface ParsedRoster {
  /** The rows without problems, in file order. Only complete when `problems` is empty. */
  rows: RosterRow[];
  problems: RowProblem[];
  warnings: RosterWarning[];
  /** Where the roster key was read from. */
  keyFrom: ColumnMap['keyFrom'];
  /** Data rows read (blank rows not counted). */
  total: number;
}

/** One line of the sheet: its number as Excel shows it, and its cells. */
interface Line {
  number: number;
  cells: Cell[];
}

/** Reads and checks a roster file. Throws `roster_unreadable`, `roster_empty`, `roster_missing_column`, `roster_too_large`. */
export async function parseRoster(bytes: Uint8Array, format: RosterFormat): Promise<ParsedRoster> {
  reportProgress({ phase: 'read', done: 0, total: 1 });
  const lines = format === 'xlsx' ? await readXlsx(bytes) : readCsv(bytes);
  reportProgress({ phase: 'read', done: 1, total: 1 });
  return readLines(lines);
}

async function readXlsx(bytes: Uint8Array): Promise<Line[]> {
  if (!isZip(bytes)) {
    throw unreadable('不是 .xlsx 文件（旧版 .xls 请在 Excel 中另存为 .xlsx）', 'the file is not an .xlsx workbook (save an old .xls as .xlsx first)');
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw unreadable(`无法打开 .xlsx 文件：${(error as Error).message}`, `the .xlsx workbook cannot be opened: ${(error as Error).message}`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw empty();
  const lines: Line[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const values = row.values as ExcelJS.CellValue[];
    // row.values is 1-based: index 0 is always empty.
    lines.push({ number, cells: Array.from({ length: Math.max(values.length - 1, 0) }, (_, i) => cellOf(values[i + 1])) });
  });
  return lines;
}

/** An exceljs cell value as a plain cell: rich text as its text, a formula as its result. */
function cellOf(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('result' in value) return value.result === undefined ? null : cellOf(value.result as ExcelJS.CellValue);
  if ('formula' in value || 'sharedFormula' in value) return null;
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : null;
  if ('error' in value) return String(value.error);
  return null;
}

function readCsv(bytes: Uint8Array): Line[] {
  const { text, delimiter } = decodeCsv(bytes);
  let records: string[][];
  try {
    records = parseCsv(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][];
  } catch (error) {
    throw unreadable(`CSV 格式有误：${(error as Error).message}`, `the CSV cannot be read: ${(error as Error).message}`);
  }
  return records.map((cells, i) => ({ number: i + 1, cells }));
}

function decodeCsv(bytes: Uint8Array): { text: string; delimiter: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), delimiter: '\t' };
  if (isZip(bytes)) throw unreadable('这是 .xlsx 文件，不是 CSV；请以 .xlsx 格式上传', 'this is an .xlsx workbook, not a CSV; send it as .xlsx');
  if (bytes.includes(0)) throw unreadable('文件含二进制内容，不是 CSV 文本', 'the file holds binary data, not CSV text');
  for (const encoding of ['utf-8', 'gb18030']) {
    try {
      const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
      return { text, delimiter: ',' };
    } catch {
      // not this encoding; try the next
    }
  }
  throw unreadable('CSV 既不是 UTF-8 也不是 GBK/GB18030 编码', 'the CSV is neither UTF-8 nor GBK/GB18030 text');
}

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

const isBlank = (cells: readonly Cell[]) => cells.every((c) => c === null || (typeof c === 'string' && c.trim() === ''));

/** How each field reads its cell. */
const READERS: Record<Exclude<RosterField, 'key'>, (cell: Cell) => Read<string | null>> = {
  name: readName,
  gender: readGender,
  ethnicity: readEthnicity,
  birth: readBirth,
  group: (cell) => readText(cell, COLUMNS.group.zh, MaxLength.group),
  title: (cell) => readText(cell, COLUMNS.title.zh, MaxLength.title),
  phone: readPhone,
  idNumber: (cell) => readIdNumber(cell),
  role: readRole,
  status: readStatus,
};

function readLines(lines: Line[]): ParsedRoster {
  const filled = lines.filter((l) => !isBlank(l.cells));
  const header = filled[0];
  if (!header) throw empty();
  const columns = recognizeColumns(header.cells.map((c) => (c === null ? '' : String(c))));
  const data = filled.slice(1);
  if (data.length === 0) throw empty();
  if (data.length > RosterLimits.rowsPerImport) throw tooLarge(data.length);

  const problems: RowProblem[] = [];
  const drafts: RowDraft[] = [];
  const clean: boolean[] = [];
  const keyLabel = COLUMNS[columns.keyFrom].zh;
  data.forEach((line, i) => {
    const draft: Record<string, string> = {};
    let ok = true;
    for (const [field, index] of Object.entries(columns.fields) as [RosterField, number][]) {
      const cell = line.cells[index] ?? null;
      const read = field === 'key' ? readKey(cell, keyLabel) : READERS[field](cell);
      if (!read.ok) {
        problems.push({ row: line.number, column: COLUMNS[field].zh, reason: read.reason, reasonEn: read.reasonEn });
        ok = false;
        continue;
      }
      // A blank role or status keeps what is stored; any other blank cell clears the field.
      if (read.value !== null || (field !== 'role' && field !== 'status' && field !== 'key' && field !== 'name')) {
        (draft as Record<string, string | null>)[field] = read.value;
      }
    }
    if (columns.keyFrom === 'idNumber') {
      const key = draft.idNumber;
      if (key) draft.key = key;
    }
    drafts.push(draft);
    clean.push(ok);
    if ((i + 1) % 500 === 0) reportProgress({ phase: 'check', done: i + 1, total: data.length });
  });
  // One problem per cell: a cell that could not be read is not also reported as empty.
  const told = new Set(problems.map((p) => `${p.row}|${p.column}`));
  const rowProblems = checkRows(drafts, { rowNumbers: data.map((l) => l.number), keyFrom: columns.keyFrom }).filter((p) => !told.has(`${p.row}|${p.column}`));
  const indexOf = new Map(data.map((l, i) => [l.number, i]));
  for (const p of rowProblems) clean[indexOf.get(p.row)!] = false;
  problems.push(...rowProblems);
  problems.sort((a, b) => a.row - b.row || columnOrder(a.column) - columnOrder(b.column));
  reportProgress({ phase: 'check', done: data.length, total: data.length });
  return {
    rows: drafts.filter((_, i) => clean[i]) as RosterRow[],
    problems,
    warnings: columns.warnings,
    keyFrom: columns.keyFrom,
    total: data.length,
  };
}

const ORDER = Object.values(COLUMNS).map((c) => c.zh);
const columnOrder = (column: string) => ORDER.indexOf(column);

function unreadable(zh: string, en: string): AppError {
  return new AppError(400, 'roster_unreadable', { 'zh-CN': `名册文件无法读取：${zh}`, en: `The roster file cannot be read: ${en}` });
}

function empty(): AppError {
  return new AppError(422, 'roster_empty', { 'zh-CN': '名册是空的：没有表头或没有数据行', en: 'The roster is empty: it has no header row or no data rows' });
}

function tooLarge(rows: number): AppError {
  return new AppError(422, 'roster_too_large', {
    'zh-CN': `名册有 ${rows} 行，超过一次导入 ${RosterLimits.rowsPerImport} 行的上限`,
    en: `The roster has ${rows} rows, more than the ${RosterLimits.rowsPerImport} one import takes`,
  });
}
