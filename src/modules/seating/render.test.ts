import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { defaultRows, rostrumChart, seatHall } from './charts.js';
import { hallWorkbook } from './hallWorkbook.js';
import { hallPage, nameCardsPage, rostrumPage } from './pages.js';
import { hallSvg, rostrumSvg } from './svg.js';
import type { HallLayout } from './rules/hallFill.js';

const names = ['赵一', '钱二', '孙三', '李四', '周五'];

const layout: HallLayout = { name: '大礼堂', blocks: [{ name: '左区', rows: [2, 2] }, { name: '右区', rows: [2] }], order: 'blocks' };
const groups = [
  { id: 2, name: '第一组', members: [{ id: 10, name: '王五' }, { id: 11, name: '丁一' }] },
  { id: 1, name: '第二组', members: [{ id: 12, name: '<b>马六</b>' }] },
];

/** The texts of an SVG's seats in document order. */
const seatTexts = (svg: string) => [...svg.matchAll(/<g class="seat[^"]*"([^>]*)>.*?<text[^>]*>([^<]*)<\/text>/g)].map((m) => `${m[1]!.trim()}=${m[2]}`);

describe('rostrum chart', () => {
  it('places the names by rank, seen from the audience', () => {
    const chart = rostrumChart([3, 2], names, 'left-first');
    expect(chart.rows.map((r) => r.seats.map((s) => `${s.rank}${s.name}`).join(' '))).toEqual(['3孙三 1赵一 2钱二', '4李四 5周五']);
    expect(() => rostrumChart([3], names, 'left-first')).toThrow('The rostrum has 3 seats and the list 5 names; they must be equal');
    expect(defaultRows(5)).toEqual([5]);
    expect(defaultRows(31, 15)).toEqual([15, 15, 1]);
  });

  it('SVG: back row drawn first, each seat its name and rank', () => {
    const svg = rostrumSvg('第一次会议', rostrumChart([3, 2], names, 'left-first'));
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(seatTexts(svg)).toEqual(['data-row="2" data-rank="4"=李四', 'data-row="2" data-rank="5"=周五', 'data-row="1" data-rank="3"=孙三', 'data-row="1" data-rank="1"=赵一', 'data-row="1" data-rank="2"=钱二']);
  });

  it('page: A4 print CSS, the rows in order, text escaped', () => {
    const html = rostrumPage('<第一次会议>', rostrumChart([3], ['甲', '乙&', '丙'], 'left-first'));
    expect(html).toContain('@page{size:A4 landscape;margin:12mm}');
    expect(html).toContain('<h1>&#60;第一次会议&#62; · 主席台座次 Rostrum seating</h1>');
    expect(html).toContain('<tr><th>第1排 Row 1</th><td><span class="seat">丙<small>3</small></span><span class="seat">甲<small>1</small></span><span class="seat">乙&#38;<small>2</small></span></td></tr>');
    expect(html).not.toContain('<第一次会议>');
  });
});

describe('hall chart', () => {
  const assignment = seatHall(layout, groups, [{ block: 1, row: 1, seat: 2, label: '记者' }]);

  it('members in stroke order within their group (丁 2 strokes before 王 4)', () => {
    expect(assignment.seats.map((s) => (s.kind === 'member' ? s.name : s.kind))).toEqual(['丁一', 'reserved', '王五', '<b>马六</b>', 'empty', 'empty']);
  });

  it('SVG: every seat with its block, row, seat and text, escaped', () => {
    const svg = hallSvg('大会', layout, assignment);
    expect(seatTexts(svg)).toEqual([
      'data-block="1" data-row="1" data-seat="1" data-group="2"=丁一',
      'data-block="1" data-row="1" data-seat="2"=记者',
      'data-block="1" data-row="2" data-seat="1" data-group="2"=王五',
      'data-block="1" data-row="2" data-seat="2" data-group="1"=&#60;b&#62;马六&#60;/b&#62;',
      'data-block="2" data-row="1" data-seat="1"=',
      'data-block="2" data-row="1" data-seat="2"=',
    ]);
    expect(svg).not.toContain('<b>');
  });

  it('SVG: an aisle between blocks, no seat drawn in it', () => {
    const svg = hallSvg('大会', layout, assignment);
    const xs = (block: number) => [...svg.matchAll(new RegExp(`data-block="${block}"[^>]*><rect x="([0-9.]+)" y="[0-9.]+" width="(\\d+)"`, 'g'))].map((m) => [Number(m[1]), Number(m[2])] as const);
    const rightEdgeOfLeft = Math.max(...xs(1).map(([x, w]) => x + w));
    const leftEdgeOfRight = Math.min(...xs(2).map(([x]) => x));
    expect(xs(1)).toHaveLength(4);
    expect(xs(2)).toHaveLength(2);
    expect(leftEdgeOfRight - rightEdgeOfLeft).toBeGreaterThanOrEqual(32);
  });

  it('page: figures and the groups with their first and last seats', () => {
    const html = hallPage('大会', layout, assignment);
    expect(html).toContain('@page{size:A4 landscape;margin:12mm}');
    expect(html).toContain('<p class="figures">座位 6 · 预留 1 · 就座 3 · 空位 2</p>');
    expect(html).toContain('<tr><td>第一组</td><td class="n">2</td><td>左区第1排1号</td><td>左区第2排1号</td></tr>');
    expect(html).toContain('<tr><td>第二组</td><td class="n">1</td><td>左区第2排2号</td><td>左区第2排2号</td></tr>');
  });

  it('workbook: read back with exceljs, one row per seat then one per group', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await hallWorkbook('大会', layout, assignment)) as unknown as ArrayBuffer);
    const rows = (name: string) => {
      const out: unknown[][] = [];
      wb.getWorksheet(name)!.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
      return out;
    };
    expect(rows('座次 Seats')).toEqual([
      ['大会'],
      ['区 Block', '排 Row', '座 Seat', '组别 Group', '姓名 Name', '状态 State'],
      ['左区', 1, 1, '第一组', '丁一', '就座'],
      ['左区', 1, 2, '', '记者', '预留'],
      ['左区', 2, 1, '第一组', '王五', '就座'],
      ['左区', 2, 2, '第二组', '<b>马六</b>', '就座'],
      ['右区', 1, 1, '', '', '空位'],
      ['右区', 1, 2, '', '', '空位'],
    ]);
    expect(rows('组别 Groups')).toEqual([
      ['组别 Group', '人数 Members', '起 From', '止 To'],
      ['第一组', 2, '左区第1排1号', '左区第2排1号'],
      ['第二组', 1, '左区第2排2号', '左区第2排2号'],
    ]);
  });

  it('a name the stroke table lacks is refused by name', () => {
    expect(() => seatHall(layout, [{ id: 1, name: 'g', members: [{ id: 1, name: '王五' }, { id: 2, name: '\u{2EBF0}甲' }] }], [])).toThrow(/cannot be sorted by strokes/);
  });
});

describe('name cards', () => {
  it('one folded card per person, the name on both faces, the upper face turned', () => {
    const html = nameCardsPage('第一组', [{ name: '赵一', line: '第一组' }, { name: '<钱>' }]);
    expect(html).toContain('<h1 class="noprint">第一组 · 座签 Name cards · 2 张</h1>');
    expect(html).toContain('.upper{transform:rotate(180deg)}');
    expect(html).toContain(
      '<section class="card"><div class="face upper"><div class="name" style="font-size:120pt">赵一</div><div class="line">第一组</div></div><div class="fold"></div><div class="face lower"><div class="name" style="font-size:120pt">赵一</div><div class="line">第一组</div></div></section>',
    );
    expect(html.match(/&#60;钱&#62;/g)).toHaveLength(2);
    expect(html.match(/<section class="card">/g)).toHaveLength(2);
  });
});

describe('seatHall', () => {
  it('orders members exactly as compareNames does', async () => {
    const { compareNames } = await import('../protocol/rules/collation.js');
    const names = ['王东明', '丁仲礼', '王毅', '李四', '林晓东', '陈立', '王雨桐', '赵一鸣', '丁一', '马六', '王五', '王毅'];
    const members = names.map((name, i) => ({ id: i + 1, name }));
    const a = seatHall({ name: 'h', blocks: [{ name: 'A', rows: [names.length] }], order: 'rows' }, [{ id: 1, name: 'g', members }], []);
    const expected = [...members].sort((x, y) => compareNames(x.name, y.name) || x.id - y.id).map((m) => m.id);
    expect(a.seats.map((s) => (s.kind === 'member' ? s.memberId : 0))).toEqual(expected);
    expect(a.seats.slice(0, 4).map((s) => (s.kind === 'member' ? s.name : ''))).toEqual(['丁一', '丁仲礼', '马六', '王五']); // 丁 2 strokes, 马 3, 王 4
  });
});
