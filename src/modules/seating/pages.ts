/**
 * Print-ready pages (A4, print CSS), server-rendered, Chinese first: the rostrum chart, the hall
 * chart with its list of groups, and the folded name cards (座签). Every text is escaped.
 */
import type { RostrumChart } from './charts.js';
import type { HallAssignment, HallLayout, SeatRef } from './rules/hallFill.js';
import { escapeHtml as escape } from '../../server/escapeHtml.js';
import { hallSvg, rostrumSvg } from './svg.js';

const FONT = '"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",system-ui,sans-serif';

function page(title: string, orientation: 'portrait' | 'landscape', style: string, body: string): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>
@page{size:A4 ${orientation};margin:12mm}
html,body{margin:0;font-family:${FONT};color:#000;background:#fff}
h1{font-size:18pt;text-align:center;margin:0 0 6mm}
svg{max-width:100%;height:auto}
@media print{.noprint{display:none}}
${style}
</style></head>
<body>
${body}
</body></html>
`;
}

/** The rostrum page: the chart, then each row's names from the audience's left. */
export function rostrumPage(title: string, chart: RostrumChart): string {
  const rows = chart.rows
    .map((r) => `<tr><th>第${r.row}排 Row ${r.row}</th><td>${r.seats.map((s) => `<span class="seat">${escape(s.name ?? String(s.rank))}<small>${s.rank}</small></span>`).join('')}</td></tr>`)
    .join('\n');
  return page(
    `${title} · 主席台座次`,
    'landscape',
    'table{border-collapse:collapse;margin:6mm auto}th{text-align:left;padding:2mm 4mm;white-space:nowrap}.seat{display:inline-block;border:1px solid #b71c1c;margin:1mm;padding:2mm 3mm;font-size:14pt}.seat small{display:block;font-size:8pt;color:#666;text-align:center}.note{text-align:center;font-size:10pt;color:#444}',
    `<h1>${escape(title)} · 主席台座次 Rostrum seating</h1>
<p class="note">自观众席看，左至右 Seen from the audience, left to right · ${chart.convention === 'left-first' ? '以左为尊（我国惯例）' : '以右为尊（国际惯例）'}</p>
${rostrumSvg(title, chart)}
<table>
${rows}
</table>`,
  );
}

const seatName = (s: SeatRef | null, layout: HallLayout) => (s ? `${layout.blocks[s.block - 1]!.name}第${s.row}排${s.seat}号` : '—');

/** The hall page: the chart, then the groups in protocol order with their seats. */
export function hallPage(title: string, layout: HallLayout, assignment: HallAssignment): string {
  const groups = assignment.groups
    .map((g) => `<tr><td>${escape(g.name)}</td><td class="n">${g.count}</td><td>${escape(seatName(g.first, layout))}</td><td>${escape(seatName(g.last, layout))}</td></tr>`)
    .join('\n');
  return page(
    `${title} · 会场座次`,
    'landscape',
    'table{border-collapse:collapse;margin:6mm auto;font-size:10pt}th,td{border:1px solid #999;padding:1mm 3mm}.n{text-align:right}.figures{text-align:center;font-size:11pt}',
    `<h1>${escape(title)} · ${escape(layout.name)} · 会场座次 Hall seating</h1>
<p class="figures">座位 ${assignment.capacity} · 预留 ${assignment.reserved} · 就座 ${assignment.seated} · 空位 ${assignment.empty}</p>
${hallSvg(`${title} · ${layout.name}`, layout, assignment)}
<table>
<thead><tr><th>组别 Group</th><th>人数 Members</th><th>起 From</th><th>止 To</th></tr></thead>
<tbody>
${groups}
</tbody>
</table>`,
  );
}

/**
 * Name cards (座签): one A4 sheet per person, folded across the middle into a tent; the name is
 * printed large on both faces, the upper face turned upside down so that, folded, each face reads
 * upright from its side of the table.
 */
export function nameCardsPage(title: string, people: ReadonlyArray<{ name: string; line?: string | null }>): string {
  const cards = people
    .map((p) => {
      const size = p.name.length <= 3 ? 120 : p.name.length <= 5 ? 84 : 56;
      const face = `<div class="name" style="font-size:${size}pt">${escape(p.name)}</div>${p.line ? `<div class="line">${escape(p.line)}</div>` : ''}`;
      return `<section class="card"><div class="face upper">${face}</div><div class="fold"></div><div class="face lower">${face}</div></section>`;
    })
    .join('\n');
  return page(
    `${title} · 座签`,
    'landscape',
    `@page{margin:0}
.card{width:297mm;height:210mm;box-sizing:border-box;display:flex;flex-direction:column;page-break-after:always;break-after:page}
.face{flex:1;display:flex;flex-direction:column;align-items:center;justify-content:center;overflow:hidden}
.upper{transform:rotate(180deg)}
.fold{border-top:1px dashed #bbb}
.name{font-weight:700;letter-spacing:.15em;font-family:"FangSong","STFangsong","Noto Serif CJK SC",serif}
.line{font-size:16pt;color:#333}`,
    `<h1 class="noprint">${escape(title)} · 座签 Name cards · ${people.length} 张</h1>
${cards}`,
  );
}
