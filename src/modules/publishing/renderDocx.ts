/**
 * A `Doc` as a Word document (.docx) laid out per GB/T 9704-2012: A4, the standard's margins, a
 * document grid of 22 lines of 28 characters, title in 2号小标宋, body in 3号仿宋, headings in
 * 黑体 and 楷体, page numbers "— 1 —" in 4号 at the outside edge. The numbers and their arithmetic
 * are in layout.ts.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IFontAttributesProperties,
  type IRunOptions,
} from 'docx';
import type { Block, Doc } from './document.js';
import { Fonts, gridTwips, Sizes } from './layout.js';

/** Half-points, as Word stores font sizes. */
const halfPoints = (pt: number) => pt * 2;

function font(eastAsia: string): IFontAttributesProperties {
  return { eastAsia, ascii: Fonts.latin, hAnsi: Fonts.latin, hint: 'eastAsia' };
}

/** 3号 runs are set `tracking` twips tighter so that 28 characters fit the line (layout.ts). */
const BODY: IRunOptions = { font: font(Fonts.body), size: halfPoints(Sizes.body), characterSpacing: gridTwips().tracking };
const TITLE: IRunOptions = { font: font(Fonts.title), size: halfPoints(Sizes.title) };
const HEADING: Record<1 | 2, IRunOptions> = {
  1: { ...BODY, font: font(Fonts.heading1) },
  2: { ...BODY, font: font(Fonts.heading2) },
};
const PAGE_NUMBER: IRunOptions = { font: font(Fonts.pageNumber), size: halfPoints(Sizes.pageNumber) };

/**
 * Body paragraphs begin two characters in: Word reads firstLineChars (hundredths of a character);
 * LibreOffice reads firstLine, two grid pitches in twips.
 */
const INDENT_TWO = { firstLineChars: 200, firstLine: 2 * gridTwips().charPitch };

/** Text runs of one line of text, with `\n` as line breaks. */
function runs(text: string, style: IRunOptions): TextRun[] {
  return text.split('\n').map((line, i) => new TextRun({ ...style, text: line, ...(i > 0 ? { break: 1 } : {}) }));
}

const blank = () => new Paragraph({ children: [new TextRun({ ...BODY, text: '' })] });

const ALIGN = { justify: AlignmentType.BOTH, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

function blockParagraphs(block: Block): Array<Paragraph | Table> {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ indent: INDENT_TWO, keepNext: true, children: runs(block.text, HEADING[block.level]) })];
    case 'paragraph': {
      const align = block.align ?? 'justify';
      return [new Paragraph({ alignment: ALIGN[align], ...(align === 'justify' ? { indent: INDENT_TWO } : {}), children: runs(block.text, BODY) })];
    }
    case 'table':
      return [...(block.caption ? [new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, children: runs(block.caption, HEADING[1]) })] : []), table(block.header, block.rows)];
    case 'signature':
      // 7.3.5: the date line ends four characters in from the right margin.
      return [blank(), ...block.lines.map((line) => new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: 4 * gridTwips().charPitch }, children: runs(line, BODY) }))];
  }
}

function table(header: string[], rows: string[][]): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const borders = { top: border, bottom: border, left: border, right: border };
  const cell = (text: string, bold: boolean) =>
    new TableCell({ borders, children: [new Paragraph({ alignment: AlignmentType.CENTER, children: runs(text, bold ? HEADING[1] : BODY) })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }), ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c, false)) }))],
  });
}

/** "— 1 —" at the outside edge, one character in: right on odd pages, left on even ones. */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const oneChar = Sizes.pageNumber * 20;
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: oneChar } : { left: oneChar },
        children: [new TextRun({ ...PAGE_NUMBER, children: ['— ', PageNumber.CURRENT, ' —'] })],
      }),
    ],
  });
}

/** The .docx file of a document. */
export async function renderDocx(doc: Doc): Promise<Buffer> {
  const g = gridTwips();
  const head = [
    new Paragraph({ alignment: AlignmentType.CENTER, children: runs(doc.title, TITLE) }),
    ...(doc.subtitle ? [new Paragraph({ alignment: AlignmentType.CENTER, children: runs(doc.subtitle, HEADING[2]) })] : []),
    blank(),
  ];
  const document = new Document({
    title: doc.title.replace(/\n/g, ''),
    creator: 'Plenum',
    evenAndOddHeaderAndFooters: true,
    // The document defaults are the body's: 3号 仿宋_GB2312, 0.25 pt tighter (layout.ts).
    styles: { default: { document: { run: BODY } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: g.width, height: g.height },
            margin: { ...g.margin, header: g.footer, footer: g.footer },
          },
          grid: { type: DocumentGridType.LINES, linePitch: g.linePitch },
        },
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children: [...head, ...doc.blocks.flatMap(blockParagraphs)],
      },
    ],
  });
  return Packer.toBuffer(document);
}
