/** The formats a document is written in, each with its file extension, content type and renderer. */
import type { Doc } from './document.js';
import { renderDocx } from './renderDocx.js';
import { renderHtml } from './renderHtml.js';
import { renderMarkdown } from './renderMarkdown.js';

/** The files a document is offered as (listed, written by the CLI). */
export const DocFormats = ['docx', 'html', 'md'] as const;
/** Served too: the document model itself, for a page that lays it out in its own type (the console's presiding script). */
export const ServedFormats = [...DocFormats, 'json'] as const;
export type DocFormat = (typeof ServedFormats)[number];

/** A .docx is downloaded; a page or Markdown text opens in the browser. */
export const FORMATS: Record<DocFormat, { contentType: string; disposition: 'attachment' | 'inline'; render(doc: Doc): Promise<Buffer> }> = {
  docx: { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', disposition: 'attachment', render: renderDocx },
  html: { contentType: 'text/html; charset=utf-8', disposition: 'inline', render: async (doc) => Buffer.from(renderHtml(doc), 'utf8') },
  md: { contentType: 'text/markdown; charset=utf-8', disposition: 'inline', render: async (doc) => Buffer.from(renderMarkdown(doc), 'utf8') },
  json: { contentType: 'application/json; charset=utf-8', disposition: 'inline', render: async (doc) => Buffer.from(JSON.stringify(doc), 'utf8') },
};

export function isDocFormat(value: string): value is (typeof DocFormats)[number] {
  return (DocFormats as readonly string[]).includes(value);
}

/**
 * Content-Disposition for a download named in Chinese: an ASCII fallback for old clients, and
 * the UTF-8 name per RFC 6266 / RFC 5987 (`filename*=UTF-8''…`).
 * @example contentDisposition('新闻通稿.docx', 'news-release.docx')
 */
export function contentDisposition(name: string, asciiFallback: string, disposition: 'attachment' | 'inline' = 'attachment'): string {
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${disposition}; filename="${asciiFallback.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encoded}`;
}
