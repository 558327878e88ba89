/**
 * The proposal committee's report on its review of the session's proposals (提案审查情况的报告),
 * from its figures, in the customary wording: what was received and from whom, what the review
 * decided, and the filed proposals by category. Pure: the figures come from `reviewReport.ts`.
 */
import type { Block, Doc } from '../../publishing/document.js';
import type { SourceKind } from '../states.js';

export interface ReviewFigures {
  /** The body's name, signing the report: 中国人民政治协商会议云州市委员会. */
  bodyName: string;
  /** The session's full name: 中国人民政治协商会议云州市第十三届委员会第三次会议. */
  sessionName: string;
  /** The moment the figures were taken (截至…). */
  asOf: Date;
  received: number;
  filed: number;
  merged: number;
  declined: number;
  letter: number;
  opinion: number;
  /** Not yet reviewed. */
  pending: number;
  bySource: Record<SourceKind, number>;
  /** In the body's category order; categories with no proposal are left out. */
  byCategory: Array<{ category: string; received: number; filed: number }>;
}

export const SOURCE_LABELS: Record<SourceKind, string> = {
  member: '委员个人提案',
  joint: '委员联名提案',
  group: '界别提案',
  organisation: '党派团体提案',
  committee: '专门委员会提案',
};

const SOURCE_ORDER: SourceKind[] = ['member', 'joint', 'group', 'organisation', 'committee'];

/** n of d as a percentage with one decimal: 2 of 3 → "66.7". */
export function percent(n: number, d: number): string {
  if (d === 0) return '0.0';
  return (Math.round((n * 1000) / d) / 10).toFixed(1);
}

/** The day and hour in China Standard Time: { y, m, d, h }. */
function cst(at: Date) {
  const t = new Date(at.getTime() + 8 * 3600 * 1000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate(), h: t.getUTCHours() };
}

/** 截至1月10日17时，共收到委员提案12件。其中，委员个人提案5件，…。 */
export function receivedSentence(f: ReviewFigures): string {
  const t = cst(f.asOf);
  const byMembersOnly = f.bySource.group + f.bySource.organisation + f.bySource.committee === 0;
  const head = `截至${t.m}月${t.d}日${t.h}时，共收到${byMembersOnly ? '委员' : ''}提案${f.received}件。`;
  const parts = SOURCE_ORDER.filter((s) => f.bySource[s] > 0).map((s) => `${SOURCE_LABELS[s]}${f.bySource[s]}件`);
  return parts.length === 0 ? head : `${head}其中，${parts.join('，')}。`;
}

/** 经审查，立案8件，占收到提案总数的66.7%；并案处理1件；…。 */
export function reviewSentence(f: ReviewFigures): string {
  const parts = [`立案${f.filed}件，占收到提案总数的${percent(f.filed, f.received)}%`];
  if (f.merged > 0) parts.push(`并案处理${f.merged}件`);
  if (f.declined > 0) parts.push(`不予立案${f.declined}件`);
  if (f.letter > 0) parts.push(`作为委员来信转有关单位参考${f.letter}件`);
  if (f.opinion > 0) parts.push(`作为社情民意信息报送${f.opinion}件`);
  if (f.pending > 0) parts.push(`尚在审查中${f.pending}件`);
  return `经审查，${parts.join('；')}。`;
}

/** 在立案提案中，经济建设方面3件，占37.5%；…。 */
export function categorySentence(f: ReviewFigures): string {
  const filed = f.byCategory.filter((c) => c.filed > 0);
  if (filed.length === 0) return '本次会议尚无立案提案。';
  return `在立案提案中，${filed.map((c) => `${c.category}方面${c.filed}件，占${percent(c.filed, f.filed)}%`).join('；')}。`;
}

export function reviewReportDoc(f: ReviewFigures): Doc {
  const t = cst(f.asOf);
  const day = `${t.y}年${t.m}月${t.d}日`;
  const blocks: Block[] = [
    { kind: 'paragraph', text: `${f.sessionName}期间，提案委员会按照本会提案工作条例的有关规定，对收到的提案逐件进行了审查。现将审查情况报告如下：` },
    { kind: 'heading', level: 1, text: '一、提案的收到情况' },
    { kind: 'paragraph', text: receivedSentence(f) },
    {
      kind: 'table',
      caption: '提案来源统计',
      header: ['来源', '件数', '占收到总数'],
      rows: [...SOURCE_ORDER.map((s) => [SOURCE_LABELS[s], String(f.bySource[s]), `${percent(f.bySource[s], f.received)}%`]), ['合计', String(f.received), f.received === 0 ? '0.0%' : '100.0%']],
    },
    { kind: 'heading', level: 1, text: '二、提案的审查情况' },
    { kind: 'paragraph', text: reviewSentence(f) },
    { kind: 'heading', level: 1, text: '三、立案提案的内容分类' },
    { kind: 'paragraph', text: categorySentence(f) },
    {
      kind: 'table',
      caption: '提案分类统计',
      header: ['类别', '收到', '立案', '占立案总数'],
      rows: [...f.byCategory.map((c) => [c.category, String(c.received), String(c.filed), `${percent(c.filed, f.filed)}%`]), ['合计', String(f.received), String(f.filed), f.filed === 0 ? '0.0%' : '100.0%']],
    },
    { kind: 'paragraph', text: '立案提案将按照有关规定交承办单位办理，提案委员会将加强督办，推动提案办理落到实处。' },
    { kind: 'paragraph', text: '以上报告，请予审议。' },
    { kind: 'signature', lines: [`${f.bodyName}提案委员会`, day] },
  ];
  return { title: `${f.sessionName}\n提案审查情况的报告`, subtitle: `（${day}）`, blocks };
}
