/**
 * The server's HTML page of a document (publishing/renderHtml.ts: a header with the title and
 * subtitle, then `main` with h2/h3 headings, paragraphs, tables and a signature) read back into
 * plain blocks, so the page can show it in its own large type. Text only: nothing of the markup
 * is put into the page as HTML.
 */

export type ScriptBlock =
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'paragraph'; text: string; align: 'justify' | 'center' | 'right' }
  | { kind: 'table'; caption: string | null; rows: string[][] }
  | { kind: 'signature'; lines: string[] };

export interface ScriptDoc {
  title: string;
  subtitle: string | null;
  blocks: ScriptBlock[];
}

const text = (el: Element | null) => el?.textContent ?? '';

export function parseDoc(html: string): ScriptDoc {
  const page = new DOMParser().parseFromString(html, 'text/html');
  const blocks: ScriptBlock[] = [];
  for (const el of Array.from(page.querySelector('main')?.children ?? [])) {
    const tag = el.tagName.toLowerCase();
    if (tag === 'h2' || tag === 'h3') blocks.push({ kind: 'heading', level: tag === 'h2' ? 1 : 2, text: text(el) });
    else if (tag === 'p') blocks.push({ kind: 'paragraph', text: text(el), align: el.classList.contains('center') ? 'center' : el.classList.contains('right') ? 'right' : 'justify' });
    else if (tag === 'table')
      blocks.push({ kind: 'table', caption: el.querySelector('caption') ? text(el.querySelector('caption')) : null, rows: Array.from(el.querySelectorAll('tr')).map((tr) => Array.from(tr.children).map(text)) });
    else if (el.classList.contains('signature')) blocks.push({ kind: 'signature', lines: Array.from(el.querySelectorAll('p')).map(text) });
  }
  return { title: text(page.querySelector('header h1')), subtitle: page.querySelector('header .subtitle') ? text(page.querySelector('header .subtitle')) : null, blocks };
}
