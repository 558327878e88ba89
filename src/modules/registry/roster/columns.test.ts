import { describe, expect, it } from 'vitest';
import { AppError } from '../../../server/errors.js';
import { normalizeHeader, recognizeColumns } from './columns.js';

describe('roster header recognition', () => {
  it('reads Chinese and English headers, ignoring case, spaces (full-width too), asterisks and notes', () => {
    const map = recognizeColumns(['* 姓　名（必填）', 'SEX', 'Date of Birth', '代表证号', 'Delegation', 'Position', 'Mobile', 'ID Number', '民 族', '备注']);
    expect(map.fields).toEqual({ name: 0, gender: 1, birth: 2, key: 3, group: 4, title: 5, phone: 6, idNumber: 7, ethnicity: 8 });
    expect(map.keyFrom).toBe('key');
    expect(map.warnings).toEqual([{ column: '备注', reason: '未识别的列“备注”，已忽略', reasonEn: 'Column "备注" is not recognised and was ignored' }]);
  });

  it.each([
    ['姓名', 'name'], ['name', 'name'], ['性别', 'gender'], ['gender', 'gender'], ['sex', 'gender'],
    ['民族', 'ethnicity'], ['ethnicity', 'ethnicity'], ['出生年月', 'birth'], ['出生日期', 'birth'], ['birth', 'birth'], ['date of birth', 'birth'],
    ['代表团', 'group'], ['界别', 'group'], ['组别', 'group'], ['分组', 'group'], ['group', 'group'], ['delegation', 'group'], ['sector', 'group'],
    ['职务', 'title'], ['title', 'title'], ['position', 'title'],
    ['手机', 'phone'], ['手机号', 'phone'], ['电话', 'phone'], ['phone', 'phone'], ['mobile', 'phone'],
    ['证件号', 'idNumber'], ['身份证号', 'idNumber'], ['ID', 'idNumber'], ['id number', 'idNumber'],
    ['编号', 'key'], ['代表证号', 'key'], ['委员证号', 'key'], ['number', 'key'], ['No.', 'key'], ['NO', 'key'],
  ])('"%s" is the %s column', (header, field) => {
    expect(recognizeColumns([header, '姓名', '编号']).fields[field as 'name']).toBe(0);
  });

  it('normalises full-width letters and spaces', () => {
    expect(normalizeHeader('　ＩＤ　Ｎｕｍｂｅｒ ')).toBe('idnumber');
  });

  it('keys by the ID number when there is no number column', () => {
    expect(recognizeColumns(['姓名', '身份证号']).keyFrom).toBe('idNumber');
  });

  it('keeps the first of two columns for one field and warns about the second', () => {
    const map = recognizeColumns(['编号', '姓名', '手机', '电话']);
    expect(map.fields.phone).toBe(2);
    expect(map.warnings).toEqual([{ column: '电话', reason: '列“电话”与前面的“手机”重复，已忽略', reasonEn: 'Column "电话" repeats the earlier column "手机" and was ignored' }]);
  });

  it('refuses a roster without a name column, naming it', () => {
    const error = catchError(() => recognizeColumns(['编号', '性别']));
    expect(error.status).toBe(422);
    expect(error.id).toBe('roster_missing_column');
    expect(error.messages['zh-CN']).toBe('名册缺少“姓名”列：第一个非空行应为表头，可用的列名有 姓名 / name');
    expect(error.messages.en).toBe('The roster has no name column: the first non-empty row must be the header, with one of 姓名 / name');
  });

  it('refuses a roster with neither a number nor an ID number column', () => {
    const error = catchError(() => recognizeColumns(['姓名', '性别']));
    expect(error.id).toBe('roster_missing_column');
    expect(error.messages['zh-CN']).toBe(
      '名册缺少“编号或证件号”列：第一个非空行应为表头，可用的列名有 编号 / 代表证号 / 委员证号 / number / no, or 证件号 / 身份证号 / ID / id number',
    );
    expect(error.details).toEqual({ missing: '编号或证件号' });
  });
});

function catchError(f: () => unknown): AppError {
  try {
    f();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}
