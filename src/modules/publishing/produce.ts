/**
 * One document in one format, ready to send or save: built from the store at `now`, rendered, and
 * named `十六届人大三次会议闭幕会新闻通稿.docx` (with an ASCII name for old clients). The routes and
 * the `plenum document` command both come here.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.js';
import { CATALOGUE, findDocument, type CatalogueEntry } from './catalogue.js';
import { contentDisposition, FORMATS, type DocFormat } from './formats.js';
import { refusals } from './refusals.js';
import { subjectName, type Scope } from './subjects.js';

export interface Produced {
  bytes: Buffer;
  contentType: string;
  fileName: string;
  asciiFileName: string;
  contentDisposition: string;
}

/** The catalogue entry, or `document_not_found` listing the names the scope has. */
export function documentEntry(scope: Scope, name: string): CatalogueEntry {
  const entry = findDocument(scope, name);
  if (!entry) throw refusals.documentNotFound(scope, name, CATALOGUE.filter((e) => e.scope === scope).map((e) => e.name));
  return entry;
}

export async function produceDocument(db: Kysely<Database>, entry: CatalogueEntry, id: number, format: DocFormat, now: Date): Promise<Produced> {
  const stem = await subjectName(db, entry.scope, id);
  const doc = await entry.build(db, id, now);
  const f = FORMATS[format];
  const fileName = `${stem}${entry.zh}.${format}`;
  const asciiFileName = `${entry.scope}-${id}-${entry.name}.${format}`;
  return { bytes: await f.render(doc), contentType: f.contentType, fileName, asciiFileName, contentDisposition: contentDisposition(fileName, asciiFileName, f.disposition) };
}
