/** The hall assignment as an .xlsx workbook: one row per seat in fill order, then one row per group. */
import ExcelJS from 'exceljs';
import type { HallAssignment, HallLayout } from './rules/hallFill.js';

export const HallColumns = ['区 Block', '排 Row', '座 Seat', '组别 Group', '姓名 Name', '状态 State'] as const;
const STATE: Record<'member' | 'reserved' | 'empty', string> = { member: '就座', reserved: '预留', empty: '空位' };

export async function hallWorkbook(title: string, layout: HallLayout, assignment: HallAssignment): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Plenum';
  const seats = workbook.addWorksheet('座次 Seats');
  seats.addRow([title]);
  seats.addRow([...HallColumns]);
  for (const s of assignment.seats) {
    seats.addRow([
      layout.blocks[s.block - 1]!.name,
      s.row,
      s.seat,
      s.kind === 'member' ? s.groupName : '',
      s.kind === 'member' ? s.name : s.kind === 'reserved' ? s.label : '',
      STATE[s.kind],
    ]);
  }
  seats.columns.forEach((c, i) => (c.width = i === 3 || i === 4 ? 18 : 10));
  const groups = workbook.addWorksheet('组别 Groups');
  groups.addRow(['组别 Group', '人数 Members', '起 From', '止 To']);
  const ref = (s: { block: number; row: number; seat: number } | null) => (s ? `${layout.blocks[s.block - 1]!.name}第${s.row}排${s.seat}号` : '');
  for (const g of assignment.groups) groups.addRow([g.name, g.count, ref(g.first), ref(g.last)]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
