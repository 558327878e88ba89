import { describe, expect, it } from 'vitest';
import { categorySentence, percent, receivedSentence, reviewReportDoc, reviewSentence, type ReviewFigures } from './reviewReportText.js';

const figures: ReviewFigures = {
  bodyName: '中国人民政治协商会议云州市委员会',
  sessionName: '中国人民政治协商会议云州市第十三届委员会第三次会议',
  asOf: new Date('2025-01-10T09:00:00Z'), // 17时 in Beijing
  received: 12,
  filed: 8,
  merged: 1,
  declined: 1,
  letter: 1,
  opinion: 1,
  pending: 0,
  bySource: { member: 5, joint: 3, group: 2, organisation: 1, committee: 1 },
  byCategory: [
    { category: '经济建设', received: 4, filed: 3 },
    { category: '社会建设', received: 5, filed: 3 },
    { category: '生态文明建设', received: 3, filed: 2 },
  ],
};

describe('the proposal review report', () => {
  it('words the figures as such reports do', () => {
    expect(receivedSentence(figures)).toBe('截至1月10日17时，共收到提案12件。其中，委员个人提案5件，委员联名提案3件，界别提案2件，党派团体提案1件，专门委员会提案1件。');
    expect(reviewSentence(figures)).toBe('经审查，立案8件，占收到提案总数的66.7%；并案处理1件；不予立案1件；作为委员来信转有关单位参考1件；作为社情民意信息报送1件。');
    expect(categorySentence(figures)).toBe('在立案提案中，经济建设方面3件，占37.5%；社会建设方面3件，占37.5%；生态文明建设方面2件，占25.0%。');
  });

  it('says 委员提案 when members alone submitted, leaves out empty outcomes and names those still under review', () => {
    const members = { ...figures, received: 3, filed: 1, merged: 0, declined: 0, letter: 0, opinion: 0, pending: 2, bySource: { member: 2, joint: 1, group: 0, organisation: 0, committee: 0 }, byCategory: [{ category: '其他', received: 3, filed: 1 }] };
    expect(receivedSentence(members)).toBe('截至1月10日17时，共收到委员提案3件。其中，委员个人提案2件，委员联名提案1件。');
    expect(reviewSentence(members)).toBe('经审查，立案1件，占收到提案总数的33.3%；尚在审查中2件。');
    const none = { ...members, received: 0, filed: 0, pending: 0, bySource: { member: 0, joint: 0, group: 0, organisation: 0, committee: 0 }, byCategory: [] };
    expect([receivedSentence(none), reviewSentence(none), categorySentence(none)]).toEqual(['截至1月10日17时，共收到委员提案0件。', '经审查，立案0件，占收到提案总数的0.0%。', '本次会议尚无立案提案。']);
    expect([percent(1, 8), percent(2, 3), percent(0, 0)]).toEqual(['12.5', '66.7', '0.0']);
  });

  it('builds the document: title, date, sections, the source and category tables, the signature', () => {
    const doc = reviewReportDoc(figures);
    expect(doc.title).toBe('中国人民政治协商会议云州市第十三届委员会第三次会议\n提案审查情况的报告');
    expect(doc.subtitle).toBe('（2025年1月10日）');
    expect(doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['一、提案的收到情况', '二、提案的审查情况', '三、立案提案的内容分类']);
    expect(doc.blocks.find((b) => b.kind === 'table' && b.caption === '提案来源统计')).toEqual({
      kind: 'table',
      caption: '提案来源统计',
      header: ['来源', '件数', '占收到总数'],
      rows: [
        ['委员个人提案', '5', '41.7%'],
        ['委员联名提案', '3', '25.0%'],
        ['界别提案', '2', '16.7%'],
        ['党派团体提案', '1', '8.3%'],
        ['专门委员会提案', '1', '8.3%'],
        ['合计', '12', '100.0%'],
      ],
    });
    expect(doc.blocks.find((b) => b.kind === 'table' && b.caption === '提案分类统计')).toMatchObject({ rows: [['经济建设', '4', '3', '37.5%'], ['社会建设', '5', '3', '37.5%'], ['生态文明建设', '3', '2', '25.0%'], ['合计', '12', '8', '100.0%']] });
    expect(doc.blocks.at(-1)).toEqual({ kind: 'signature', lines: ['中国人民政治协商会议云州市委员会提案委员会', '2025年1月10日'] });
    expect(doc.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text)).toContain(receivedSentence(figures));
  });
});
