/**
 * The proposal review report (提案审查情况的报告) of a session: the figures gathered from the stored
 * proposals, then the document built from them by `rules/reviewReportText.ts`. The publishing
 * module renders the `Doc` as .docx, HTML or Markdown.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.js';
import type { Doc } from '../publishing/document.js';
import { presentSession } from '../registry/presenters.js';
import { getBody, getSession, getTerm } from '../registry/queries.js';
import { proposalFacts } from './stats.js';
import { settingsOf } from './queries.js';
import { reviewReportDoc, type ReviewFigures } from './rules/reviewReportText.js';
import { ProposalKind, SourceKinds, type SourceKind } from './states.js';

/** The figures of the report: the session's proposals (提案 only) by review outcome, source and category. */
export async function reviewFigures(db: Kysely<Database>, sessionId: number, now: Date): Promise<ReviewFigures> {
  const session = await getSession(db, sessionId);
  const body = await getBody(db, session.body_id);
  const names = presentSession(session, await getTerm(db, session.term_id), body);
  const facts = await proposalFacts(db, sessionId, ProposalKind.Proposal);
  const outcome = (o: string) => facts.filter((f) => f.review_outcome === o).length;
  const bySource = Object.fromEntries(SourceKinds.map((s) => [s, facts.filter((f) => f.source_kind === s).length])) as Record<SourceKind, number>;
  const { categories } = await settingsOf(db, body.id);
  const order = [...categories, ...facts.map((f) => f.category).filter((c) => !categories.includes(c))];
  const byCategory = [...new Set(order)]
    .map((category) => ({
      category,
      received: facts.filter((f) => f.category === category).length,
      filed: facts.filter((f) => f.category === category && f.review_outcome === 'filed').length,
    }))
    .filter((c) => c.received > 0);
  return {
    bodyName: body.name,
    sessionName: names.name,
    asOf: now,
    received: facts.length,
    filed: outcome('filed'),
    merged: outcome('merged'),
    declined: outcome('declined'),
    letter: outcome('letter'),
    opinion: outcome('opinion'),
    pending: facts.filter((f) => f.review_outcome === null).length,
    bySource,
    byCategory,
  };
}

/**
 * @example
 *   const doc = await proposalReviewReport(store.db, sessionId, new Date());
 *   // doc.title: '中国人民政治协商会议云州市第十三届委员会第三次会议\n提案审查情况的报告'
 */
export async function proposalReviewReport(db: Kysely<Database>, sessionId: number, now: Date): Promise<Doc> {
  return reviewReportDoc(await reviewFigures(db, sessionId, now));
}
