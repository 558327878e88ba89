/**
 * The page of a document per GB/T 9704-2012《党政机关公文格式》, as numbers. Pure: no I/O.
 *
 * - 5.2.1 A4 paper, 210 mm × 297 mm.
 * - 5.2.2 版心 156 mm × 225 mm: top margin (天头) 37 mm ± 1 mm, left margin (订口) 28 mm ± 1 mm,
 *   so right 210 − 28 − 156 = 26 mm and bottom 297 − 37 − 225 = 35 mm.
 * - 5.2.3 body in 3号仿宋体; 7.3.1 title in 2号小标宋体; 7.3.3 level-1 headings 黑体, level-2
 *   楷体 (both 3号, the body's size).
 * - 5.2.4 22 lines of 28 characters each (排版规格).
 * - 7.5 page number: 4号半角宋体阿拉伯数字 between 一字线 (— 1 —), 7 mm below the text area;
 *   odd pages at the right, even pages at the left, each one character in from the edge.
 *
 * Word measures the page in twips (1/20 pt = 1/1440 inch); 1 mm = 1440 / 25.4 ≈ 56.7 twips.
 */

const TWIPS_PER_MM = 1440 / 25.4;

/** Millimetres to whole twips. */
export const mm = (millimetres: number) => Math.round(millimetres * TWIPS_PER_MM);

/** Font sizes (字号) in points: 2号 22 pt, 3号 16 pt, 4号 14 pt. */
export const Sizes = { title: 22, body: 16, pageNumber: 14 } as const;

/** The fonts named by the standard (eastAsia names; a machine without them substitutes). */
export const Fonts = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  pageNumber: '宋体',
  /** Latin letters and Arabic figures. */
  latin: 'Times New Roman',
} as const;

export const Page = {
  widthMm: 210,
  heightMm: 297,
  topMm: 37,
  bottomMm: 35,
  leftMm: 28,
  rightMm: 26,
  charsPerLine: 28,
  linesPerPage: 22,
  /** The page number's top edge sits this far below the text area (7.5). */
  pageNumberGapMm: 7,
} as const;

/**
 * Everything in twips, derived once from `Page`:
 * - page 210 × 297 mm → 11906 × 16838; margins top 37 mm → 2098, bottom 35 → 1984, left 28 → 1587,
 *   right 26 → 1474;
 * - text area (版心) width 11906 − 1587 − 1474 = 8845 twips (156 mm, 442.25 pt); height
 *   16838 − 2098 − 1984 = 12756 twips (225 mm, 637.8 pt);
 * - line pitch: 12756 / 22 = 579.8, rounded down to 579 twips (28.95 pt), so 22 lines fit;
 * - character pitch: 8845 / 28 = 315.9 twips (15.79 pt), but a 3号 character is 16 pt (320 twips):
 *   28 of them (8960 twips) overrun the text area by 115 twips. Each 3号 run is set ⌈115 / 28⌉ = 5
 *   twips (0.25 pt) tighter (`tracking`, w:spacing), so 28 characters take 8820 twips and fit. The
 *   grid is a line grid (w:docGrid type "lines"): a character grid (linesAndChars with
 *   charSpace −841) makes Word compress the same way, but LibreOffice gives every character wider
 *   than the pitch two cells and shows 18 characters to the line; with tracking both show 28;
 * - footer distance: the page number's line (4号, 14 pt ≈ 4.9 mm) begins 7 mm below the text
 *   area, i.e. 35 − 7 = 28 mm above the page's bottom edge, so its baseline area ends about
 *   28 − 4.94 ≈ 23.06 mm above it: 1307 twips.
 */
export function gridTwips() {
  const width = mm(Page.widthMm);
  const height = mm(Page.heightMm);
  const margin = { top: mm(Page.topMm), bottom: mm(Page.bottomMm), left: mm(Page.leftMm), right: mm(Page.rightMm) };
  const textWidth = width - margin.left - margin.right;
  const textHeight = height - margin.top - margin.bottom;
  const linePitch = Math.floor(textHeight / Page.linesPerPage);
  const tracking = -Math.ceil((Page.charsPerLine * Sizes.body * 20 - textWidth) / Page.charsPerLine);
  const pageNumberLineMm = (Sizes.pageNumber * 25.4) / 72;
  const footer = mm(Page.bottomMm - Page.pageNumberGapMm - pageNumberLineMm);
  const charPitch = Math.round(textWidth / Page.charsPerLine);
  return { width, height, margin, textWidth, textHeight, linePitch, charPitch, tracking, footer };
}
