/**
 * A `Doc` as Markdown (CommonMark with GFM tables): title as `#` (its lines run together, as Chinese has no spaces between words), subtitle under it, level-1 and
 * level-2 headings as `##` and `###`. Characters Markdown would read as markup are escaped, so a
 * name or a figure prints as given.
 */
import type { Block, Doc } from './document.js';

/** Escapes what would start or change markup: backslash, emphasis, code, links, tables, HTML. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (c) => `\\${c}`);
}

const cell = (text: string) => escapeMarkdown(text).replace(/\n/g, '<br>');

function block(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `${b.level === 1 ? '##' : '###'} ${escapeMarkdown(b.text)}`;
    case 'paragraph': {
      const text = b.text.split('\n').map(escapeMarkdown).join('  \n');
      return b.align === 'center' || b.align === 'right' ? `<p align="${b.align}">${text}</p>` : text;
    }
    case 'table': {
      const caption = b.caption ? `**${escapeMarkdown(b.caption)}**\n\n` : '';
      const line = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
      return `${caption}${line(b.header)}\n| ${b.header.map(() => '---').join(' | ')} |\n${b.rows.map(line).join('\n')}`;
    }
    case 'signature':
      return b.lines.map((l) => `<p align="right">${escapeMarkdown(l)}</p>`).join('\n');
  }
}

/** The Markdown text of a document. */
export function renderMarkdown(doc: Doc): string {
  const head = [`# ${doc.title.split('\n').map(escapeMarkdown).join('')}`, ...(doc.subtitle ? [escapeMarkdown(doc.subtitle)] : [])];
  return `${[...head, ...doc.blocks.map(block)].join('\n\n')}\n`;
}
