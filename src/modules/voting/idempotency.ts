/**
 * Answers to requests that carry an `Idempotency-Key`: a retry with the same key from the same
 * actor gets the first answer again, without casting again. The answer is stored sealed with
 * AES-256-GCM under a key derived from the client's Idempotency-Key alone, and found by
 * sha256(actor + key): the database alone can neither read an answer (a secret ballot's receipt)
 * nor tell whose it is. A client should send a random key (a UUID): a guessable one could be
 * found by trying.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type { Actor } from '../../server/operation.js';

/** A stored answer: the status and body the first request got. */
export interface Answer {
  status: number;
  body: unknown;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8');

/** Whose request it is: the account, else the actor's label (the CLI, the system). */
function actorKey(actor: Actor): string {
  return actor.accountId !== null ? `account:${actor.accountId}` : actor.label;
}

/** The row's key: sha256(actor + key), hex. */
export function lookupOf(actor: Actor, key: string): string {
  return sha256(`${actorKey(actor)}\n${key}`).digest('hex');
}

function cipherKey(key: string): Buffer {
  return sha256(`plenum-idempotency:${key}`).digest();
}

/** base64 of iv (12 bytes) ‖ tag (16 bytes) ‖ ciphertext of the answer's JSON. */
export function seal(key: string, answer: Answer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', cipherKey(key), iv);
  const text = Buffer.concat([cipher.update(JSON.stringify(answer), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), text]).toString('base64');
}

/** The answer sealed under `key`; throws when the key is not the one it was sealed with. */
export function unseal(key: string, sealed: string): Answer {
  const raw = Buffer.from(sealed, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', cipherKey(key), raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  const text = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  return JSON.parse(text) as Answer;
}

/** Thrown by an operation that finds its request already answered: the route sends the answer again. */
export class IdempotentReplay extends Error {
  constructor(readonly answer: Answer) {
    super('answered before');
    this.name = 'IdempotentReplay';
  }
}
