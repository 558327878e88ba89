/** Test helpers for the roster: synthetic members, spreadsheets built in memory, a GBK encoder, a body with a term. */
import ExcelJS from 'exceljs';
import { CLI, execute, type Runtime } from '../../../server/operation.js';
import { EventBus } from '../../../server/events.js';
import type { Store } from '../../../store/store.js';
import { createBody } from '../createBody.js';
import { createTerm } from '../createTerm.js';
import type { BodyKind } from '../kinds.js';
import { idCheckDigit } from './idNumber.js';
import type { RosterRow } from './rosterRow.js';

/** A valid synthetic mainland ID number for member `i` (region 530102, born 1970 + i % 30). */
export function syntheticId(i: number): string {
  const first17 = `530102${1970 + (i % 30)}0${1 + (i % 9)}1${i % 10}${String(i % 1000).padStart(3, '0')}`;
  return first17 + idCheckDigit(first17);
}

/** `n` synthetic members in `groups` groups: keys A0001…, names 成员0001…, every field filled. */
export function syntheticRows(n: number, groups = 30): RosterRow[] {
  return Array.from({ length: n }, (_, i) => ({
    key: `A${String(i + 1).padStart(4, '0')}`,
    name: `成员${String(i + 1).padStart(4, '0')}`,
    gender: i % 3 === 0 ? '女' : '男',
    ethnicity: i % 7 === 0 ? '回族' : '汉族',
    birth: `${1960 + (i % 35)}-${String(1 + (i % 12)).padStart(2, '0')}`,
    group: `第${(i % groups) + 1}组`,
    title: `云州市某单位职务${i + 1}`,
    phone: `139${String(i).padStart(8, '0')}`,
    idNumber: syntheticId(i),
  }));
}

/** An .xlsx with a header row and data rows, as a secretariat would fill one in. */
export async function xlsxOf(rows: unknown[][], options: { sheetName?: string; before?: number } = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(options.sheetName ?? 'Sheet1');
  for (let i = 0; i < (options.before ?? 0); i++) sheet.addRow([]);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The roster columns of synthetic rows, in the importer's Chinese headers. */
export function tableOf(rows: RosterRow[]): string[][] {
  return [
    ['编号', '姓名', '性别', '民族', '出生年月', '代表团', '职务', '手机', '身份证号'],
    ...rows.map((r) => [r.key, r.name, r.gender ?? '', r.ethnicity ?? '', r.birth ?? '', r.group ?? '', r.title ?? '', r.phone ?? '', r.idNumber ?? '']),
  ];
}

export function csvOf(table: string[][]): string {
  return table.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n') + '\r\n';
}

let gbkTable: Map<string, number[]> | undefined;

/** Encodes text as GBK, as Excel in China saves a CSV. Node can only decode GBK, so the table is built by decoding every two-byte code. */
export function gbkEncode(text: string): Buffer {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gbk');
    for (let hi = 0x81; hi <= 0xfe; hi++) {
      for (let lo = 0x40; lo <= 0xfe; lo++) {
        if (lo === 0x7f) continue;
        const ch = decoder.decode(new Uint8Array([hi, lo]));
        if (ch.length === 1 && ch !== '\ufffd' && !gbkTable.has(ch)) gbkTable.set(ch, [hi, lo]);
      }
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = gbkTable.get(ch);
      if (!pair) throw new Error(`"${ch}" has no GBK code`);
      bytes.push(...pair);
    }
  }
  return Buffer.from(bytes);
}

export interface TermFixture {
  runtime: Runtime;
  bodyId: number;
  termId: number;
}

/** A body of the given kind with its 13th term. */
export async function bodyWithTerm(store: Store, kind: BodyKind = 'cppcc'): Promise<TermFixture> {
  const runtime: Runtime = { store, events: new EventBus() };
  const body = await execute(
    runtime,
    createBody,
    { kind, level: 'city', name: '中国人民政治协商会议云州市委员会', nameEn: 'Yunzhou Municipal Committee of the CPPCC', region: '云州市', regionEn: 'Yunzhou' },
    CLI,
  );
  const term = await execute(runtime, createTerm, { bodyId: body.bodyId, ordinal: 13 }, CLI);
  return { runtime, bodyId: body.bodyId, termId: term.id };
}

/** Counts of the roster's tables and the audit head: what "nothing was stored" compares. */
export async function storeState(store: Store) {
  const count = async (table: 'people' | 'memberships' | 'groups') =>
    Number((await store.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const head = await store.db.selectFrom('audit_head').select(['seq', 'hash']).executeTakeFirstOrThrow();
  return { people: await count('people'), memberships: await count('memberships'), groups: await count('groups'), auditSeq: head.seq, auditHash: head.hash };
}
