/**
 * The charts as SVG: seats as boxes with the name (or the rank) inside, seen from the audience with
 * the rostrum at the top. Plain strings, every text escaped.
 */
import type { RostrumChart } from './charts.js';
import type { AssignedSeat, HallAssignment, HallLayout } from './rules/hallFill.js';
import { escapeHtml as escape } from '../../server/escapeHtml.js';

const FONT = 'font-family="Noto Sans CJK SC, Source Han Sans SC, Microsoft YaHei, sans-serif"';

/** The rostrum: one line of boxes per row, front row nearest the audience (at the bottom), rank under the name. */
export function rostrumSvg(title: string, chart: RostrumChart): string {
  const w = 96;
  const h = 56;
  const gap = 8;
  const widest = Math.max(1, ...chart.rows.map((r) => r.seats.length));
  const width = widest * (w + gap) + gap;
  const height = 48 + chart.rows.length * (h + gap) + gap;
  const parts: string[] = [];
  // The back row is drawn first, at the top: the audience looks at the front row's backs last.
  [...chart.rows].reverse().forEach((row, drawn) => {
    const y = 48 + drawn * (h + gap);
    const x0 = gap + ((widest - row.seats.length) * (w + gap)) / 2;
    row.seats.forEach((seat, i) => {
      const x = x0 + i * (w + gap);
      parts.push(
        `<g class="seat" data-row="${row.row}" data-rank="${seat.rank}"><rect x="${x}" y="${y}" width="${w}" height="${h}" rx="6" fill="#fff8e1" stroke="#b71c1c"/>` +
          `<text x="${x + w / 2}" y="${y + 26}" text-anchor="middle" font-size="18">${escape(seat.name ?? String(seat.rank))}</text>` +
          `<text x="${x + w / 2}" y="${y + 46}" text-anchor="middle" font-size="12" fill="#777">${seat.rank}</text></g>`,
      );
    });
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ${FONT}>` +
    `<title>${escape(title)}</title>` +
    `<text x="${width / 2}" y="30" text-anchor="middle" font-size="20" font-weight="700">${escape(title)}</text>` +
    parts.join('') +
    `</svg>`
  );
}

/** What a hall seat shows: the member's name, the reserved seat's label, nothing when empty. */
export function seatText(s: AssignedSeat): string {
  return s.kind === 'member' ? s.name : s.kind === 'reserved' ? s.label : '';
}

/** The hall: blocks side by side with an aisle between, front row at the top under the rostrum. */
export function hallSvg(title: string, layout: HallLayout, assignment: HallAssignment): string {
  const w = 64;
  const h = 28;
  const gap = 3;
  const aisle = 32;
  const top = 80;
  const at = new Map<string, AssignedSeat>();
  for (const s of assignment.seats) at.set(`${s.block}:${s.row}:${s.seat}`, s);
  const blockWidths = layout.blocks.map((b) => Math.max(1, ...b.rows) * (w + gap));
  const width = blockWidths.reduce((a, b) => a + b, 0) + aisle * (layout.blocks.length + 1);
  const rows = Math.max(0, ...layout.blocks.map((b) => b.rows.length));
  const height = top + (rows + 1) * (h + gap) + 16;
  const parts: string[] = [];
  const groupColour = new Map<number, string>();
  const palette = ['#fff8e1', '#e3f2fd', '#e8f5e9', '#fce4ec', '#ede7f6', '#fff3e0', '#e0f7fa', '#f1f8e9'];
  for (const [i, g] of assignment.groups.entries()) groupColour.set(g.id, palette[i % palette.length]!);
  let x = aisle;
  layout.blocks.forEach((block, bi) => {
    const bw = blockWidths[bi]!;
    parts.push(`<text x="${x + bw / 2}" y="${top - 8}" text-anchor="middle" font-size="14" font-weight="700">${escape(block.name)}</text>`);
    block.rows.forEach((n, ri) => {
      const y = top + ri * (h + gap);
      const x0 = x + (bw - n * (w + gap)) / 2;
      for (let s = 1; s <= n; s++) {
        const seat = at.get(`${bi + 1}:${ri + 1}:${s}`)!;
        const fill = seat.kind === 'member' ? groupColour.get(seat.groupId)! : seat.kind === 'reserved' ? '#cfd8dc' : '#ffffff';
        const group = seat.kind === 'member' ? ` data-group="${seat.groupId}"` : '';
        const sx = x0 + (s - 1) * (w + gap);
        parts.push(
          `<g class="seat ${seat.kind}" data-block="${bi + 1}" data-row="${ri + 1}" data-seat="${s}"${group}><rect x="${sx}" y="${y}" width="${w}" height="${h}" fill="${fill}" stroke="#90a4ae"/>` +
            `<text x="${sx + w / 2}" y="${y + 19}" text-anchor="middle" font-size="12">${escape(seatText(seat))}</text></g>`,
        );
      }
    });
    x += bw + aisle;
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ${FONT}>` +
    `<title>${escape(title)}</title>` +
    `<text x="${width / 2}" y="26" text-anchor="middle" font-size="20" font-weight="700">${escape(title)}</text>` +
    `<rect x="${width / 2 - 120}" y="36" width="240" height="20" fill="#b71c1c"/><text x="${width / 2}" y="51" text-anchor="middle" font-size="13" fill="#fff">主席台 Rostrum</text>` +
    parts.join('') +
    `</svg>`
  );
}
