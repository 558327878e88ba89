import { describe, expect, it } from 'vitest';
import { canonicalJson, checkEntry, entryHash, GENESIS_HASH, sha256, type StoredEntry } from './chain.js';

describe('the chain arithmetic', () => {
  it('writes JSON with keys sorted at every level, arrays kept in order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}');
    expect(canonicalJson(undefined)).toBe('null');
    expect(canonicalJson('张三')).toBe('"张三"');
  });

  it('hashes an entry over the previous hash and its own fields', () => {
    const fields = { seq: 1, at: '2026-03-01T01:00:00.000Z', operation: 'registry.createBody', actor: 'system', body_id: null, payload_digest: sha256('{}'), prev_hash: GENESIS_HASH };
    expect(entryHash(fields)).toBe(sha256([GENESIS_HASH, 1, '2026-03-01T01:00:00.000Z', 'registry.createBody', 'system', '', sha256('{}')].join('\n')));
    expect(entryHash({ ...fields, body_id: 7 })).not.toBe(entryHash(fields));
  });

  it('names the first thing wrong with an entry: its place, its link, its payload, its hash', () => {
    const fields = { seq: 3, at: '2026-03-01T01:00:00.000Z', operation: 'x.y', actor: 'cli', body_id: 1, payload_digest: sha256('{"a":1}'), prev_hash: 'p'.repeat(64) };
    const entry: StoredEntry = { ...fields, payload: '{"a":1}', hash: entryHash(fields) };
    const prev = { seq: 2, hash: 'p'.repeat(64) };
    expect(checkEntry(entry, prev)).toBeNull();
    expect(checkEntry(entry, { seq: 1, hash: prev.hash })).toEqual({ seq: 3, reason: 'gap', expectedSeq: 2 });
    expect(checkEntry(entry, { seq: 2, hash: 'q'.repeat(64) })).toEqual({ seq: 3, reason: 'prev_hash' });
    expect(checkEntry({ ...entry, payload: '{"a":2}' }, prev)).toEqual({ seq: 3, reason: 'payload' });
    expect(checkEntry({ ...entry, actor: 'someone' }, prev)).toEqual({ seq: 3, reason: 'hash' });
  });
});
