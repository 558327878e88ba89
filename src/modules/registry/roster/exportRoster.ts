/**
 * A term's roster as an .xlsx workbook, in the columns the importer reads (so exporting and
 * importing again changes nothing): group by group in the groups' order, then by key. Numbers,
 * phone and ID numbers are written as text so Excel never rounds them.
 */
import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import type { Database } from '../../../store/schema.js';
import { getBody, getTerm } from '../queries.js';
import { memberNoun, type BodyKind, type MembershipRole, type MembershipStatus } from '../kinds.js';
import { termNames } from '../rules/sessionName.js';
import { COLUMNS, groupHeader, type RosterField } from './columns.js';
import { loadMembers, rosterOrder, type StoredMember } from './rosterQueries.js';
import { ROLE_LABELS, STATUS_LABELS } from './values.js';

interface ExportColumn {
  field: RosterField;
  width: number;
  text?: boolean;
  value(m: StoredMember): string | null;
}

const EXPORT_COLUMNS: ExportColumn[] = [
  { field: 'key', width: 12, text: true, value: (m) => m.key },
  { field: 'name', width: 14, value: (m) => m.name },
  { field: 'gender', width: 6, value: (m) => m.gender },
  { field: 'ethnicity', width: 10, value: (m) => m.ethnicity },
  { field: 'birth', width: 10, text: true, value: (m) => m.birth },
  { field: 'group', width: 22, value: (m) => m.groupName },
  { field: 'title', width: 40, value: (m) => m.title },
  { field: 'phone', width: 16, text: true, value: (m) => m.phone },
  { field: 'idNumber', width: 22, text: true, value: (m) => m.idNumber },
  { field: 'role', width: 10, value: (m) => ROLE_LABELS[m.role as MembershipRole]?.[0] ?? m.role },
  { field: 'status', width: 8, value: (m) => STATUS_LABELS[m.status as MembershipStatus]?.[0] ?? m.status },
];

export interface RosterExport {
  /** The workbook's bytes. */
  bytes: Buffer;
  /** A file name for the download: 云州市政协第十三届委员名册.xlsx */
  fileName: string;
  /** The same in ASCII, for clients that cannot read the other. */
  asciiFileName: string;
  members: number;
}

export async function exportRoster(db: Kysely<Database>, termId: number): Promise<RosterExport> {
  const term = await getTerm(db, termId);
  const body = await getBody(db, term.body_id);
  const members = (await loadMembers(db, term.id)).sort(rosterOrder);

  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Plenum';
  const sheet = workbook.addWorksheet('名册', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = EXPORT_COLUMNS.map((c) => ({
    header: c.field === 'group' ? groupHeader(body.kind as BodyKind) : COLUMNS[c.field].zh,
    key: c.field,
    width: c.width,
    ...(c.text ? { style: { numFmt: '@' } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const m of members) sheet.addRow(EXPORT_COLUMNS.map((c) => c.value(m) ?? ''));
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());

  const title = `${body.name}${termNames(term.ordinal).zh}${memberNoun(body.kind as BodyKind).zh}名册`;
  return { bytes, fileName: `${title.replace(/[\\/:*?"<>|]/g, '')}.xlsx`, asciiFileName: `roster-term-${term.id}.xlsx`, members: members.length };
}
