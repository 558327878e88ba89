/** A secret ballot's receipt: 10 characters of Crockford base32 (no I, L, O, U), 50 random bits. */
import { randomBytes } from 'node:crypto';
import { VotingLimits } from './states.js';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function newReceipt(): string {
  // 256 is a multiple of 32: the low five bits of a random byte are uniform.
  return [...randomBytes(VotingLimits.receiptLength)].map((b) => CROCKFORD[b & 31]).join('');
}

export const RECEIPT_PATTERN = '^[0-9A-HJKMNP-TV-Z]{10}$';
