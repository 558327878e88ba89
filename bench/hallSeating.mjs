/**
 * Hall seating benchmark: a 3,000-seat hall (three blocks of 25 rows, 40 seats a row, aisles
 * between) seated from 35 groups of synthetic members (2,940 people: 14 of 110, 14 of 70, 7 of 60), 60
 * seats reserved, members within each group in stroke order (compareNames). Also measured: the
 * chart as SVG, the print page and the .xlsx of the same assignment. Baseline in the same run: the
 * plain sequential fill of the same names, no groups, no sorting, no reserved seats.
 *
 * Pure computation, no store. Standalone: npm run build && node bench/hallSeating.mjs
 */
import { performance } from 'node:perf_hooks';
import { resultOf, runIfMain } from './lib.mjs';
import { seatHall } from '../dist/modules/seating/charts.js';
import { fillSequential } from '../dist/modules/seating/rules/hallFill.js';
import { hallSvg } from '../dist/modules/seating/svg.js';
import { hallPage } from '../dist/modules/seating/pages.js';
import { hallWorkbook } from '../dist/modules/seating/hallWorkbook.js';

const RUNS = 7;
const GROUPS = 35;
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰红梅建国志文辉林云海波宁晓东春雪飞斌鹏亮新宇凤荣俊丹';

/** A deterministic generator (mulberry32) so every run seats the same hall. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function syntheticHall() {
  const random = prng(20261126);
  const pick = (s) => s[Math.floor(random() * s.length)];
  const layout = {
    name: '大会堂',
    order: 'blocks',
    blocks: ['左区', '中区', '右区'].map((name) => ({ name, rows: Array.from({ length: 25 }, () => 40) })),
  };
  const groups = [];
  let id = 0;
  for (let g = 0; g < GROUPS; g++) {
    const size = g < 14 ? 110 : g < 28 ? 70 : 60;
    groups.push({ id: g + 1, name: `第${g + 1}组`, members: Array.from({ length: size }, () => ({ id: ++id, name: pick(SURNAMES) + pick(GIVEN) + (random() < 0.6 ? pick(GIVEN) : '') })) });
  }
  const reserved = Array.from({ length: 60 }, (_, i) => ({ block: 1 + (i % 3), row: 25, seat: 1 + Math.floor(i / 3), label: '工作人员' }));
  return { layout, groups, reserved, members: id };
}

export async function run() {
  const { layout, groups, reserved, members } = syntheticHall();
  const names = groups.flatMap((g) => g.members.map((m) => m.name));
  const grouped = [];
  const plain = [];
  const svg = [];
  const page = [];
  const xlsx = [];
  let seated = 0;
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    const a = seatHall(layout, groups, reserved);
    const t1 = performance.now();
    fillSequential(layout, names);
    const t2 = performance.now();
    hallSvg('第十三届第一次会议', layout, a);
    const t3 = performance.now();
    hallPage('第十三届第一次会议', layout, a);
    const t4 = performance.now();
    await hallWorkbook('第十三届第一次会议', layout, a);
    const t5 = performance.now();
    grouped.push(t1 - t0);
    plain.push(t2 - t1);
    svg.push(t3 - t2);
    page.push(t4 - t3);
    xlsx.push(t5 - t4);
    seated = a.seated;
  }
  if (seated !== members) throw new Error(`seated ${seated} of ${members}`);
  return {
    name: 'hallSeating',
    title: `Hall seating: 3,000 seats, ${GROUPS} groups, ${members} members, stroke order within groups`,
    command: 'npm run build && node bench/hallSeating.mjs',
    results: [
      resultOf(`seat ${members} members in ${GROUPS} groups (stroke order, 60 reserved seats), 3,000-seat hall`, 'ms', grouped),
      resultOf(`baseline: plain sequential fill of the same ${members} names, no groups`, 'ms', plain),
      resultOf('the seated hall as SVG', 'ms', svg),
      resultOf('the seated hall as an A4 print page (SVG inside)', 'ms', page),
      resultOf('the seated hall as .xlsx', 'ms', xlsx),
    ],
    notes: `Median of ${RUNS} runs in one process (the first run includes warm-up). Aim: seating under 200 ms.`,
  };
}

await runIfMain(import.meta.url, run);
