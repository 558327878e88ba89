/**
 * The audit chain's arithmetic: pure functions, no I/O. Each entry's hash covers its own fields
 * and the previous entry's hash, so editing, removing or reordering any entry breaks every hash
 * after it.
 */
import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainFields {
  seq: number;
  at: string;
  operation: string;
  actor: string;
  body_id: number | null;
  payload_digest: string;
  prev_hash: string;
}

/** JSON with object keys sorted at every level, so equal values always digest the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return v;
  }) ?? 'null';
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function entryHash(f: ChainFields): string {
  return sha256([f.prev_hash, f.seq, f.at, f.operation, f.actor, f.body_id ?? '', f.payload_digest].join('\n'));
}

export interface StoredEntry extends ChainFields {
  payload: string;
  hash: string;
}

export type Break =
  | { seq: number; reason: 'gap'; expectedSeq: number }
  | { seq: number; reason: 'prev_hash' }
  | { seq: number; reason: 'payload' }
  | { seq: number; reason: 'hash' };

/**
 * Checks one entry against the entry before it. Returns the first problem, or null.
 */
export function checkEntry(entry: StoredEntry, prev: { seq: number; hash: string }): Break | null {
  if (entry.seq !== prev.seq + 1) return { seq: entry.seq, reason: 'gap', expectedSeq: prev.seq + 1 };
  if (entry.prev_hash !== prev.hash) return { seq: entry.seq, reason: 'prev_hash' };
  if (sha256(entry.payload) !== entry.payload_digest) return { seq: entry.seq, reason: 'payload' };
  if (entryHash(entry) !== entry.hash) return { seq: entry.seq, reason: 'hash' };
  return null;
}
