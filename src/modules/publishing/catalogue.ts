/**
 * The documents Plenum writes, one entry per line: its name in the URL, what it is about (a
 * meeting or a session), its label, the permission that reads it, and its builder (recorded data
 * → `Doc`). A new document is one line here and its builder.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.js';
import type { Permission } from '../../server/permissions.js';
import type { Doc } from './document.js';
import type { SittingFacts } from './facts.js';
import type { Scope } from './subjects.js';
import { gatherSitting } from './gather.js';
import { presidingScript } from './presidingScript.js';
import { newsRelease } from './newsRelease.js';
import { bulletin } from './bulletin.js';
import { resolutions, resolutionsDoc } from './resolutions.js';
import { gatherSession } from './gatherSession.js';
import { proposalReviewReport } from '../proposals/reviewReport.js';

export interface CatalogueEntry {
  name: string;
  scope: Scope;
  zh: string;
  en: string;
  /** documents.generate for the secretariat and the presider; documents.release also for the press. */
  permission: Extract<Permission, 'documents.generate' | 'documents.release'>;
  build(db: Kysely<Database>, id: number, now: Date): Promise<Doc>;
}

/** A meeting document: the sitting's facts gathered at `now`, then the pure builder. */
const sitting = (build: (f: SittingFacts) => Doc) => async (db: Kysely<Database>, id: number, now: Date) => build(await gatherSitting(db, id, now));

export const CATALOGUE: readonly CatalogueEntry[] = [
  { name: 'presiding-script', scope: 'meeting', zh: '主持词', en: 'Presiding script', permission: 'documents.generate', build: sitting(presidingScript) },
  { name: 'news-release', scope: 'meeting', zh: '新闻通稿', en: 'News release', permission: 'documents.release', build: sitting(newsRelease) },
  { name: 'bulletin', scope: 'meeting', zh: '简报', en: 'Bulletin', permission: 'documents.generate', build: sitting((f) => bulletin(f)) },
  { name: 'resolutions', scope: 'meeting', zh: '决议', en: 'Resolutions adopted', permission: 'documents.generate', build: sitting(resolutions) },
  { name: 'resolutions', scope: 'session', zh: '决议', en: 'Resolutions adopted', permission: 'documents.generate', build: async (db, id, now) => resolutionsDoc(...(await gatherSession(db, id, now))) },
  { name: 'proposal-review', scope: 'session', zh: '提案审查情况的报告', en: 'Proposal review report', permission: 'documents.generate', build: proposalReviewReport },
];

/** The entry of a name in a scope, or undefined. */
export function findDocument(scope: Scope, name: string): CatalogueEntry | undefined {
  return CATALOGUE.find((e) => e.scope === scope && e.name === name);
}

