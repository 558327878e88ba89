import { describe, expect, it } from 'vitest';
import type { Doc } from './document.js';
import { renderDocx } from './renderDocx.js';
import { renderHtml } from './renderHtml.js';
import { renderMarkdown } from './renderMarkdown.js';
import { contentDisposition } from './formats.js';
import { gridTwips } from './layout.js';
import { attributesOf, convertToPdf, docxPart } from './testing.js';

const DOC: Doc = {
  title: '云州市第十六届人民代表大会\n第三次会议举行闭幕会',
  subtitle: '（2025年1月12日）',
  blocks: [
    { kind: 'heading', level: 1, text: '一、会议情况' },
    { kind: 'paragraph', text: '本次大会应到代表523人，实到500人，符合法定人数。' },
    { kind: 'heading', level: 2, text: '（一）表决结果' },
    { kind: 'table', caption: '表决结果', header: ['事项', '赞成', '反对'], rows: [['关于<决议>&"报告"', '480', '5']] },
    { kind: 'paragraph', text: '居中', align: 'center' },
    { kind: 'signature', lines: ['大会秘书处', '2025年1月12日'] },
  ],
};

describe('the GB/T 9704 page in numbers', () => {
  it('derives the grid from A4, the margins and 22 lines of 28 characters', () => {
    expect(gridTwips()).toEqual({
      width: 11906,
      height: 16838,
      margin: { top: 2098, bottom: 1984, left: 1587, right: 1474 },
      textWidth: 8845,
      textHeight: 12756,
      linePitch: 579,
      charPitch: 316,
      tracking: -5,
      footer: 1307,
    });
  });
});

describe('renderDocx', () => {
  it('lays the page out per GB/T 9704: A4, margins, the document grid, fonts and sizes', async () => {
    const docx = await renderDocx(DOC);
    const xml = await docxPart(docx, 'word/document.xml');
    expect(attributesOf(xml, 'pgSz')).toMatchObject({ w: '11906', h: '16838' });
    expect(attributesOf(xml, 'pgMar')).toMatchObject({ top: '2098', bottom: '1984', left: '1587', right: '1474', footer: '1307' });
    expect(attributesOf(xml, 'docGrid')).toEqual({ type: 'lines', linePitch: '579' });
    // The title: 2号 (44 half-points) 方正小标宋简体, centred, its line break kept.
    expect(xml).toMatch(/<w:jc w:val="center"\/>.*?<w:rFonts [^>]*w:eastAsia="方正小标宋简体"[^>]*\/>.*?<w:sz w:val="44"\/>.*?云州市第十六届人民代表大会<\/w:t>.*?<w:br\/>.*?第三次会议举行闭幕会/s);
    expect(xml).toMatch(/w:eastAsia="黑体"[^>]*\/>.*?<w:sz w:val="32"\/>.*?一、会议情况/s);
    expect(xml).toMatch(/w:eastAsia="楷体_GB2312"[^>]*\/>.*?<w:sz w:val="32"\/>.*?（一）表决结果/s);
    expect(xml).toMatch(/<w:ind w:firstLine="632" w:firstLineChars="200"\/>.*?w:eastAsia="仿宋_GB2312"[^>]*\/>.*?<w:sz w:val="32"\/>.*?本次大会应到代表523人/s);
    expect(xml).toContain('关于&lt;决议&gt;&amp;&quot;报告&quot;');
    // The document defaults are the body's: 3号 仿宋_GB2312, 0.25 pt (5 twips) tighter.
    const styles = await docxPart(docx, 'word/styles.xml');
    expect(styles).toMatch(/<w:rPrDefault>.*?w:eastAsia="仿宋_GB2312".*?<w:spacing w:val="-5"\/>.*?<w:sz w:val="32"\/>/s);
    // Page numbers "— 1 —" in 4号 (28 half-points): right on odd pages, left on even ones.
    const settings = await docxPart(docx, 'word/settings.xml');
    expect(settings).toContain('<w:evenAndOddHeaders/>');
    const footers = await Promise.all(['word/footer1.xml', 'word/footer2.xml'].map((p) => docxPart(docx, p)));
    const joined = footers.join('\n');
    expect(joined).toContain('<w:jc w:val="right"/>');
    expect(joined).toContain('<w:jc w:val="left"/>');
    for (const f of footers) {
      expect(f).toMatch(/<w:sz w:val="28"\/>.*?— <\/w:t>.*?PAGE.*? —<\/w:t>/s);
    }
  });

  it('converts with LibreOffice to A4 pages', async () => {
    const measure = '一二三四五六七八九十'.repeat(6) + '甲乙丙丁';
    const long: Doc = { ...DOC, blocks: [...DOC.blocks, { kind: 'paragraph', text: measure }, ...Array.from({ length: 40 }, (_, i) => ({ kind: 'paragraph' as const, text: `第${i + 1}段。`.repeat(8) }))] };
    const pdf = await convertToPdf(await renderDocx(long));
    if (pdf === null) return;
    expect(pdf.width).toBeCloseTo(595.3, 0);
    expect(pdf.height).toBeCloseTo(841.9, 0);
    // 40 paragraphs of three to four lines each at 22 lines a page: more than one page.
    expect(pdf.pages).toBeGreaterThan(3);
    // 28 characters to the line: a paragraph of 64 begins two characters in (26), then 28, then 10.
    const at = pdf.lines.indexOf(measure.slice(0, 26));
    expect(pdf.lines.slice(at, at + 3)).toEqual([measure.slice(0, 26), measure.slice(26, 54), measure.slice(54)]);
    // 22 lines to the page: the second page is all body text, then its page number.
    expect(pdf.pageLines[1]!.length).toBe(23);
    expect(pdf.pageLines[1]!.at(-1)).toBe('—2—');
  }, 150_000);
});

describe('renderHtml', () => {
  it('is a complete A4 page with the GB/T 9704 margins and escaped text', () => {
    const html = renderHtml(DOC);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('@page{size:A4;margin:37mm 26mm 35mm 28mm}');
    expect(html).toContain('<h1>云州市第十六届人民代表大会\n第三次会议举行闭幕会</h1>');
    expect(html).toContain('<p class="subtitle">（2025年1月12日）</p>');
    expect(html).toContain('<h2>一、会议情况</h2>');
    expect(html).toContain('<h3>（一）表决结果</h3>');
    expect(html).toContain('<td>关于&#60;决议&#62;&#38;&#34;报告&#34;</td>');
    expect(html).toContain('<div class="signature"><p>大会秘书处</p><p>2025年1月12日</p></div>');
    expect(html).not.toContain('<决议>');
  });
});

describe('renderMarkdown', () => {
  it('writes headings, paragraphs and a table, escaping markup', () => {
    const md = renderMarkdown(DOC);
    expect(md).toBe(
      [
        '# 云州市第十六届人民代表大会第三次会议举行闭幕会',
        '（2025年1月12日）',
        '## 一、会议情况',
        '本次大会应到代表523人，实到500人，符合法定人数。',
        '### （一）表决结果',
        '**表决结果**\n\n| 事项 | 赞成 | 反对 |\n| --- | --- | --- |\n| 关于\\<决议\\>&"报告" | 480 | 5 |',
        '<p align="center">居中</p>',
        '<p align="right">大会秘书处</p>\n<p align="right">2025年1月12日</p>',
      ].join('\n\n') + '\n',
    );
  });
});

describe('contentDisposition', () => {
  it('names the file in Chinese per RFC 5987 with an ASCII fallback', () => {
    expect(contentDisposition('新闻通稿.docx', 'news-release.docx')).toBe("attachment; filename=\"news-release.docx\"; filename*=UTF-8''%E6%96%B0%E9%97%BB%E9%80%9A%E7%A8%BF.docx");
  });
});
