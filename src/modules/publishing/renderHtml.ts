/**
 * A `Doc` as a complete printable HTML page: A4 with the GB/T 9704 margins (layout.ts), title in
 * 2号 小标宋, body in 3号 仿宋 with a two-character first-line indent, 28 characters to the line.
 * Every text is escaped.
 */
import { escapeHtml as escape } from '../../server/escapeHtml.js';
import type { Block, Doc } from './document.js';
import { Fonts, Page, Sizes } from './layout.js';

/** Font stacks: the standard's font first, then what a machine without it is likely to have. */
const STACK = {
  title: `"${Fonts.title}","FZXiaoBiaoSong-B05S","Noto Serif CJK SC","Source Han Serif SC",serif`,
  body: `"${Fonts.body}","FangSong","STFangsong","Noto Serif CJK SC",serif`,
  heading1: `"${Fonts.heading1}","SimHei","Noto Sans CJK SC",sans-serif`,
  heading2: `"${Fonts.heading2}","KaiTi","STKaiti","Noto Serif CJK SC",serif`,
};

const STYLE = `@page{size:A4;margin:${Page.topMm}mm ${Page.rightMm}mm ${Page.bottomMm}mm ${Page.leftMm}mm}
html{background:#fff;color:#000}
body{margin:0 auto;max-width:${Page.widthMm - Page.leftMm - Page.rightMm}mm;font-family:${STACK.body};font-size:${Sizes.body}pt;line-height:${(((Page.heightMm - Page.topMm - Page.bottomMm) / Page.linesPerPage) * 72) / 25.4}pt;text-align:justify}
h1{font-family:${STACK.title};font-size:${Sizes.title}pt;font-weight:normal;text-align:center;margin:0;white-space:pre-line}
.subtitle{font-family:${STACK.heading2};text-align:center;margin:0}
header{margin-bottom:1em}
h2,h3{font-size:${Sizes.body}pt;font-weight:normal;text-indent:2em;margin:0}
h2{font-family:${STACK.heading1}}
h3{font-family:${STACK.heading2}}
p{margin:0;text-indent:2em;white-space:pre-line}
p.center{text-align:center;text-indent:0}
p.right{text-align:right;text-indent:0}
table{border-collapse:collapse;width:100%;margin:0.5em 0}
caption{font-family:${STACK.heading1}}
th,td{border:1px solid #000;padding:0 0.3em;text-align:center}
th{font-family:${STACK.heading1};font-weight:normal}
.signature{margin-top:1em;text-align:right;padding-right:4em}
.signature p{text-indent:0;text-align:right}
@media screen{body{padding:${Page.topMm / 2}mm 0}}`;

function block(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return b.level === 1 ? `<h2>${escape(b.text)}</h2>` : `<h3>${escape(b.text)}</h3>`;
    case 'paragraph':
      return b.align === 'center' || b.align === 'right' ? `<p class="${b.align}">${escape(b.text)}</p>` : `<p>${escape(b.text)}</p>`;
    case 'table': {
      const caption = b.caption ? `<caption>${escape(b.caption)}</caption>` : '';
      const head = `<thead><tr>${b.header.map((h) => `<th>${escape(h)}</th>`).join('')}</tr></thead>`;
      const rows = b.rows.map((r) => `<tr>${r.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`).join('\n');
      return `<table>${caption}${head}<tbody>\n${rows}\n</tbody></table>`;
    }
    case 'signature':
      return `<div class="signature">${b.lines.map((l) => `<p>${escape(l)}</p>`).join('')}</div>`;
  }
}

/** The HTML page of a document. */
export function renderHtml(doc: Doc): string {
  const subtitle = doc.subtitle ? `\n<p class="subtitle">${escape(doc.subtitle)}</p>` : '';
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(doc.title.replace(/\n/g, ''))}</title>
<style>
${STYLE}
</style></head>
<body>
<header><h1>${escape(doc.title)}</h1>${subtitle}</header>
<main>
${doc.blocks.map(block).join('\n')}
</main>
</body></html>
`;
}
