/**
 * A session's proposals by filter and full-text search over title and body. Chinese has no spaces
 * between words, so search works on substrings: SQLite's FTS5 trigram index answers a term of three
 * or more characters, and a shorter one (两字 such as "养老") falls back to LIKE, which the trigram
 * index cannot serve; on PostgreSQL ILIKE answers both, through the pg_trgm GIN indexes for three or
 * more characters.
 */
import { sql, type SelectQueryBuilder } from 'kysely';
import type { Database } from '../../store/schema.js';
import type { Dialect } from '../../store/dialect.js';
import type { Db, ProposalRow } from './queries.js';

export interface ProposalFilter {
  kind?: string;
  status?: string;
  category?: string;
  sourceKind?: string;
  /** A membership that signed (lead or co-proposer): a member's own proposals. */
  signer?: number;
  q?: string;
  limit?: number;
  offset?: number;
}

/** `%term%` with LIKE's own wildcards escaped (`\` is the escape character). */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** An FTS5 query matching the term as one phrase: quotes doubled, so no FTS5 syntax gets through. */
export function ftsPhrase(term: string): string {
  return `"${term.replace(/"/g, '""')}"`;
}

type Query = SelectQueryBuilder<Database, 'proposals', object>;

export function whereText(q: Query, dialect: Dialect, term: string): Query {
  const pattern = likePattern(term);
  if (dialect === 'postgres') {
    return q.where(sql<boolean>`(proposals.title ilike ${pattern} escape '\\' or proposals.body ilike ${pattern} escape '\\')`);
  }
  if ([...term].length >= 3) {
    return q.where(sql<boolean>`proposals.id in (select rowid from proposals_fts where proposals_fts match ${ftsPhrase(term)})`);
  }
  return q.where(sql<boolean>`(proposals.title like ${pattern} escape '\\' or proposals.body like ${pattern} escape '\\')`);
}

export async function listProposals(db: Db, dialect: Dialect, sessionId: number, f: ProposalFilter = {}): Promise<{ total: number; rows: ProposalRow[] }> {
  let q: Query = db.selectFrom('proposals').where('proposals.session_id', '=', sessionId);
  if (f.kind !== undefined) q = q.where('proposals.kind', '=', f.kind);
  if (f.status !== undefined) q = q.where('proposals.status', '=', f.status);
  if (f.category !== undefined) q = q.where('proposals.category', '=', f.category);
  if (f.sourceKind !== undefined) q = q.where('proposals.source_kind', '=', f.sourceKind);
  if (f.signer !== undefined) {
    const signer = f.signer;
    q = q.where('proposals.id', 'in', (eb) => eb.selectFrom('proposal_signers').select('proposal_signers.proposal_id').where('proposal_signers.membership_id', '=', signer));
  }
  const term = f.q?.trim();
  if (term) q = whereText(q, dialect, term);
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .selectAll('proposals')
    .orderBy('proposals.kind')
    .orderBy('proposals.number')
    .limit(f.limit ?? 100)
    .offset(f.offset ?? 0)
    .execute();
  return { total: Number(total.n), rows };
}
