import { describe, expect, it } from 'vitest';
import { Compile } from 'typebox/compile';
import { AppError } from '../../../server/errors.js';
import { parseRoster } from './parseRoster.js';
import { RosterRow } from './rosterRow.js';
import { csvOf, gbkEncode, syntheticId, syntheticRows, tableOf, xlsxOf } from './testing.js';

const ID1 = syntheticId(1);
const ID2 = syntheticId(2);

async function failure(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('parseRoster: formats', () => {
  const rows = syntheticRows(5, 2);
  const table = tableOf(rows);

  it('reads an .xlsx built with exceljs, header on the first non-empty row', async () => {
    const parsed = await parseRoster(await xlsxOf(table, { before: 2 }), 'xlsx');
    expect(parsed).toEqual({ rows, problems: [], warnings: [], keyFrom: 'key', total: 5 });
  });

  it('reads a UTF-8 CSV, with or without BOM', async () => {
    const text = csvOf(table);
    expect((await parseRoster(Buffer.from(text, 'utf8'), 'csv')).rows).toEqual(rows);
    expect((await parseRoster(Buffer.from(`\uFEFF${text}`, 'utf8'), 'csv')).rows).toEqual(rows);
  });

  it('reads a GBK CSV as Excel in China saves it', async () => {
    const bytes = gbkEncode(csvOf(table));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect((await parseRoster(bytes, 'csv')).rows).toEqual(rows);
  });

  it('reads a UTF-16 tab-separated file ("Unicode text")', async () => {
    const text = table.map((r) => r.join('\t')).join('\r\n');
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect((await parseRoster(bytes, 'csv')).rows).toEqual(rows);
  });

  it('gives rows that the roster row schema accepts', async () => {
    const parsed = await parseRoster(await xlsxOf(tableOf(syntheticRows(200))), 'xlsx');
    const check = Compile(RosterRow);
    expect(parsed.rows.every((r) => check.Check(r))).toBe(true);
  });
});

describe('parseRoster: values', () => {
  it('normalises gender, ethnicity, names and every spelling of a birth month', async () => {
    const parsed = await parseRoster(
      await xlsxOf([
        ['编号', '姓名', '性别', '民族', '出生年月', '手机', '证件号'],
        [1, '张　三', 'M', '汉', '1968.05', '139 0000 0001', ID1.toLowerCase().replace('x', 'x')],
        [2, '李四', 'female', '蒙古', '1968-05', null, null],
        [3, 'Anna  Lee', '男性', '回族', '1968年5月', null, null],
        [4, '王五', 'F', null, 196805, 13900000004, null],
        [5, '赵六', '女', null, new Date(Date.UTC(1968, 4, 12)), null, null],
        [6, '钱七', null, null, 1968.1, null, null],
        [7, '孙八', null, null, '1968/5/12', null, null],
        [8, '周九', null, null, '19680512', null, null],
      ]),
      'xlsx',
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows.map((r) => [r.key, r.name, r.gender, r.ethnicity, r.birth, r.phone])).toEqual([
      ['1', '张三', '男', '汉族', '1968-05', '13900000001'],
      ['2', '李四', '女', '蒙古族', '1968-05', null],
      ['3', 'Anna Lee', '男', '回族', '1968-05', null],
      ['4', '王五', '女', null, '1968-05', '13900000004'],
      ['5', '赵六', '女', null, '1968-05', null],
      ['6', '钱七', null, null, '1968-10', null],
      ['7', '孙八', null, null, '1968-05', null],
      ['8', '周九', null, null, '1968-05', null],
    ]);
  });

  it('keys by the ID number when there is no number column', async () => {
    const parsed = await parseRoster(Buffer.from(`姓名,身份证号\n张三,${ID1}\n李四,${ID2}\n`), 'csv');
    expect(parsed.keyFrom).toBe('idNumber');
    expect(parsed.rows).toEqual([
      { key: ID1, name: '张三', idNumber: ID1 },
      { key: ID2, name: '李四', idNumber: ID2 },
    ]);
  });

  it('skips blank rows but numbers rows as Excel shows them, and warns about unknown columns', async () => {
    const parsed = await parseRoster(Buffer.from('编号,姓名,备注\n1,张三,x\n,,\n\n2,,y\n'), 'csv');
    expect(parsed.total).toBe(2);
    expect(parsed.problems).toEqual([{ row: 5, column: '姓名', reason: '姓名为空', reasonEn: 'name is empty' }]);
    expect(parsed.warnings).toEqual([{ column: '备注', reason: '未识别的列“备注”，已忽略', reasonEn: 'Column "备注" is not recognised and was ignored' }]);
  });
});

describe('parseRoster: row problems', () => {
  it('reports each problem with its row, column and exact reason', async () => {
    const wrongCheck = ID1.slice(0, 17) + (ID1[17] === '0' ? '1' : '0');
    const parsed = await parseRoster(
      await xlsxOf([
        ['编号', '姓名', '性别', '出生年月', '手机', '证件号', '职务', '身份', '状态'],
        ['A1', '张三', '男', '1968-05', '13900000001', ID1, '', '', ''],
        ['', '李四', '男', null, null, null, null, null, null],
        ['A3', '', '男', null, null, null, null, null, null],
        ['A1', '王五', '男', null, null, null, null, null, null],
        ['A5', '赵六', '未知', '1968-13', '电话号码', wrongCheck, null, null, null],
        ['A6', '钱七', null, '明年', '12', 'ABC', 'x'.repeat(201), '会长', '退休'],
        ['A7', '孙八', null, null, null, 110101199003077000, null, null, null],
        ['A8', '周九', null, '1968.05.32', null, ID1, null, null, null],
      ]),
      'xlsx',
    );
    expect(parsed.problems).toEqual([
      { row: 3, column: '编号', reason: '编号为空', reasonEn: '编号 (number) is empty' },
      { row: 4, column: '姓名', reason: '姓名为空', reasonEn: 'name is empty' },
      { row: 5, column: '编号', reason: '编号“A1”重复：第 2 行和第 5 行', reasonEn: '编号 "A1" appears twice: rows 2 and 5' },
      { row: 6, column: '性别', reason: '性别应为“男”或“女”，不是“未知”', reasonEn: 'gender must be 男 or 女 (M/F, male/female), not "未知"' },
      { row: 6, column: '出生年月', reason: '出生年月“1968-13”无法识别，应写成 1968.05、1968-05 或 1968年5月', reasonEn: 'birth "1968-13" is not a date; write it as 1968.05, 1968-05 or 1968年5月' },
      { row: 6, column: '手机', reason: '手机号“电话号码”格式不对：应为 5 到 20 位数字，可含“+”和“-”', reasonEn: 'phone "电话号码" is not a phone number: 5 to 20 digits, with + and - allowed' },
      { row: 6, column: '证件号', reason: `身份证号“${wrongCheck}”校验位不对`, reasonEn: `ID number "${wrongCheck}" has a wrong check digit` },
      { row: 7, column: '出生年月', reason: '出生年月“明年”无法识别，应写成 1968.05、1968-05 或 1968年5月', reasonEn: 'birth "明年" is not a date; write it as 1968.05, 1968-05 or 1968年5月' },
      { row: 7, column: '职务', reason: '职务超过 200 个字符', reasonEn: '职务 is longer than 200 characters' },
      { row: 7, column: '手机', reason: '手机号“12”格式不对：应为 5 到 20 位数字，可含“+”和“-”', reasonEn: 'phone "12" is not a phone number: 5 to 20 digits, with + and - allowed' },
      { row: 7, column: '证件号', reason: '证件号“ABC”格式不对：应为 6 到 30 位字母或数字', reasonEn: '证件号 "ABC" is not an ID number: 6 to 30 letters or digits' },
      { row: 7, column: '身份', reason: '身份“会长”无法识别，应为 成员、常务委员、主席、副主席、秘书长 之一', reasonEn: 'role "会长" is not one of 成员、常务委员、主席、副主席、秘书长 (member, standing-member, chair, vice-chair, secretary-general)' },
      { row: 7, column: '状态', reason: '状态“退休”无法识别，应为 在任、辞职、罢免、去世 之一', reasonEn: 'status "退休" is not one of 在任、辞职、罢免、去世 (active, resigned, removed, deceased)' },
      { row: 8, column: '证件号', reason: '证件号被 Excel 存成了数字，末几位已丢失；请把该列设为“文本”格式后重新填写', reasonEn: '证件号 was stored by Excel as a number and lost its last digits; format the column as text and type it again' },
      { row: 9, column: '出生年月', reason: '出生年月“1968.05.32”无法识别，应写成 1968.05、1968-05 或 1968年5月', reasonEn: 'birth "1968.05.32" is not a date; write it as 1968.05, 1968-05 or 1968年5月' },
      { row: 9, column: '证件号', reason: `证件号“${ID1}”重复：第 2 行和第 9 行`, reasonEn: `ID number "${ID1}" appears twice: rows 2 and 9` },
    ]);
    expect(parsed.rows.map((r) => r.key)).toEqual(['A1']);
  });

  it('names the spreadsheet row of a bad row at 2,999 of 3,000', async () => {
    const table = tableOf(syntheticRows(3000));
    table[2998]![2] = '?';
    const parsed = await parseRoster(await xlsxOf(table), 'xlsx');
    expect(parsed.problems).toEqual([{ row: 2999, column: '性别', reason: '性别应为“男”或“女”，不是“?”', reasonEn: 'gender must be 男 or 女 (M/F, male/female), not "?"' }]);
    expect(parsed.rows).toHaveLength(2999);
    expect(parsed.total).toBe(3000);
  });

  it('reports an over-long name and key', async () => {
    const parsed = await parseRoster(Buffer.from(`编号,姓名\n${'K'.repeat(41)},${'名'.repeat(41)}\n`), 'csv');
    expect(parsed.problems).toEqual([
      { row: 2, column: '编号', reason: '编号超过 40 个字符', reasonEn: '编号 is longer than 40 characters' },
      { row: 2, column: '姓名', reason: '姓名超过 40 个字符', reasonEn: 'name is longer than 40 characters' },
    ]);
  });
});

describe('parseRoster: files it cannot take', () => {
  it.each([
    ['garbage bytes as xlsx', Buffer.from([1, 2, 3, 4, 5, 0, 255]), 'xlsx', 400, 'roster_unreadable', 'The roster file cannot be read: the file is not an .xlsx workbook (save an old .xls as .xlsx first)'],
    ['a CSV sent as xlsx', Buffer.from('编号,姓名\n1,张三\n'), 'xlsx', 400, 'roster_unreadable', 'The roster file cannot be read: the file is not an .xlsx workbook (save an old .xls as .xlsx first)'],
    ['a broken zip as xlsx', Buffer.from('PK\u0003\u0004garbage'), 'xlsx', 400, 'roster_unreadable', undefined],
    ['binary as csv', Buffer.from([0x41, 0x00, 0x42]), 'csv', 400, 'roster_unreadable', 'The roster file cannot be read: the file holds binary data, not CSV text'],
    ['bytes of no encoding as csv', Buffer.from([0xff, 0xff, 0xff, 0x41]), 'csv', 400, 'roster_unreadable', 'The roster file cannot be read: the CSV is neither UTF-8 nor GBK/GB18030 text'],
    ['an empty csv', Buffer.alloc(0), 'csv', 422, 'roster_empty', 'The roster is empty: it has no header row or no data rows'],
    ['a header and nothing else', Buffer.from('编号,姓名\n\n'), 'csv', 422, 'roster_empty', 'The roster is empty: it has no header row or no data rows'],
    ['no name column', Buffer.from('编号,性别\n1,男\n'), 'csv', 422, 'roster_missing_column', undefined],
  ] as const)('%s', async (_what, bytes, format, status, id, message) => {
    const error = await failure(parseRoster(bytes, format));
    expect([error.status, error.id]).toEqual([status, id]);
    if (message) expect(error.messages.en).toBe(message);
  });

  it('an .xlsx sent as CSV is named for what it is', async () => {
    const error = await failure(parseRoster(await xlsxOf([['编号', '姓名']]), 'csv'));
    expect(error.messages['zh-CN']).toBe('名册文件无法读取：这是 .xlsx 文件，不是 CSV；请以 .xlsx 格式上传');
  });

  it('an .xlsx with only a header row is empty', async () => {
    expect((await failure(parseRoster(await xlsxOf([['编号', '姓名']]), 'xlsx'))).id).toBe('roster_empty');
  });
});
