/**
 * The running totals of a round from its entries that stand (withdrawn ones are left out) and its
 * electronic ballots: each of those is one ballot issued, returned, counted and valid (a pad
 * refuses a ballot naming more than the seats).
 */
import type { EntryRow } from './queries.js';

export interface RoundTotals {
  /** Figures entries that stand: their issued and returned are summed (one per box or team). */
  figuresEntries: number;
  /** Electronic ballots cast. */
  electronic: number;
  issued: number;
  returned: number;
  /** Ballots counted: one per ballot entry, plus each batch's ballots. */
  counted: number;
  valid: number;
  void: number;
  votes: Map<number, number>;
  writeIns: Map<string, number>;
}

export function roundTotals(entries: EntryRow[], electronic: Array<{ marks: number[]; writeIns: string[] }> = []): RoundTotals {
  const t: RoundTotals = { figuresEntries: 0, electronic: electronic.length, issued: 0, returned: 0, counted: 0, valid: 0, void: 0, votes: new Map(), writeIns: new Map() };
  const add = <K>(m: Map<K, number>, k: K, n: number) => m.set(k, (m.get(k) ?? 0) + n);
  for (const e of entries) {
    if (e.withdrawnAt !== null) continue;
    if (e.kind === 'figures') {
      t.figuresEntries++;
      t.issued += e.data.issued;
      t.returned += e.data.returned;
    } else if (e.kind === 'ballot') {
      t.counted++;
      if (!e.data.valid) {
        t.void++;
        continue;
      }
      t.valid++;
      for (const id of e.data.marks) add(t.votes, id, 1);
      for (const name of e.data.writeIns) add(t.writeIns, name, 1);
    } else {
      t.counted += e.data.ballots;
      t.void += e.data.void;
      t.valid += e.data.ballots - e.data.void;
      for (const m of e.data.marks) add(t.votes, m.candidateId, m.votes);
      for (const w of e.data.writeIns) add(t.writeIns, w.name, w.votes);
    }
  }
  for (const b of electronic) {
    t.issued++;
    t.returned++;
    t.counted++;
    t.valid++;
    for (const id of b.marks) add(t.votes, id, 1);
    for (const name of b.writeIns) add(t.writeIns, name, 1);
  }
  return t;
}
