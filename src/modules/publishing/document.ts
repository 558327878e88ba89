/**
 * A document Plenum writes from what it recorded (the presiding script, the proposal review
 * report, the news release, the bulletin, a resolution's text), as a plain structure. Each
 * document is built once as a `Doc` by a pure function of recorded data; the renderers turn the
 * same `Doc` into .docx (laid out per GB/T 9704-2012, 党政机关公文格式), HTML and Markdown, so
 * the three formats never say different things.
 */

/** One block of a document's body, in reading order. */
export type Block =
  /** 一、 (level 1, 黑体) or （一） (level 2, 楷体): the numbering is part of `text`. */
  | { kind: 'heading'; level: 1 | 2; text: string }
  /** A body paragraph, first line indented two characters unless centred or right-aligned. */
  | { kind: 'paragraph'; text: string; align?: 'justify' | 'center' | 'right' }
  /** A table: header row, then rows of cells as text; `caption` above it when given. */
  | { kind: 'table'; caption?: string; header: string[]; rows: string[][] }
  /** The signature and date lines (落款, 成文日期), right-aligned at the end. */
  | { kind: 'signature'; lines: string[] };

export interface Doc {
  /** The title (标题), centred, 2号 方正小标宋简体; a long title may hold line breaks (`\n`). */
  title: string;
  /** A line under the title, centred (e.g. （2026年1月12日在…上）, a bulletin's 第3期). */
  subtitle?: string;
  blocks: Block[];
}
