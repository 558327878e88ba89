import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.js';
import { GENESIS_HASH, checkEntry, type Break } from './chain.js';

export interface ChainReport {
  ok: boolean;
  /** How many entries were checked. */
  entries: number;
  /** The first broken entry, when the chain is broken. */
  broken?: Break | { seq: number; reason: 'head' };
}

const PAGE = 5000;

/** Walks the whole chain in order and names the first entry that does not hold. */
export async function verifyChain(db: Kysely<Database>): Promise<ChainReport> {
  let prev = { seq: 0, hash: GENESIS_HASH };
  let entries = 0;
  for (;;) {
    const page = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('seq', '>', prev.seq)
      .orderBy('seq')
      .limit(PAGE)
      .execute();
    for (const entry of page) {
      const broken = checkEntry(entry, prev);
      if (broken) return { ok: false, entries, broken };
      prev = { seq: entry.seq, hash: entry.hash };
      entries++;
    }
    if (page.length < PAGE) break;
  }
  // A removed tail leaves the head pointing past the last entry.
  const head = await db.selectFrom('audit_head').select(['seq', 'hash']).where('chain', '=', 'main').executeTakeFirst();
  if (!head || head.seq !== prev.seq || head.hash !== prev.hash) {
    return { ok: false, entries, broken: { seq: head?.seq ?? prev.seq, reason: 'head' } };
  }
  return { ok: true, entries };
}

/** One line for people: what was checked and, if broken, which entry and why. */
export function describeReport(report: ChainReport): string {
  if (report.ok) return `Audit chain intact: ${report.entries} entries verified.`;
  const b = report.broken!;
  const why: Record<string, string> = {
    gap: 'its sequence number does not follow the entry before it (an entry was removed or inserted)',
    prev_hash: 'its previous-hash field does not match the entry before it',
    payload: 'its payload does not match its digest (the payload was edited)',
    hash: 'its hash does not match its fields (the entry was edited)',
    head: 'the chain head does not match the last entry (entries were removed from the end)',
  };
  return `Audit chain BROKEN at entry ${b.seq}: ${why[b.reason]}. ${report.entries} entries before it verified.`;
}
