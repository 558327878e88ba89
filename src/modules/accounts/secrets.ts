/**
 * Passwords and tokens. Passwords are hashed with scrypt (salted, memory-hard); bearer tokens are
 * random and stored only as their SHA-256, so a copy of the store does not let anyone sign in.
 */
import { randomBytes, scrypt, timingSafeEqual, createHash } from 'node:crypto';
import { promisify } from 'node:util';

const scryptAsync = promisify(scrypt) as (pw: string, salt: Buffer, len: number, opts: object) => Promise<Buffer>;
const KEY_LENGTH = 32;

export interface PasswordCost {
  N: number;
  r: number;
  p: number;
}

/** scrypt's cost for every password hashed: 16 MiB and tens of milliseconds a hash. */
export const PASSWORD_COST: Readonly<PasswordCost> = Object.freeze({ N: 16384, r: 8, p: 1 });

let cost: Readonly<PasswordCost> = PASSWORD_COST;

/**
 * For the test suite only (test/setup/passwordCost.ts), which hashes thousands of passwords:
 * a lower cost for new hashes. Verifying reads the cost stored in each hash, so either verifies.
 */
export function setPasswordCost(next: Readonly<PasswordCost>): void {
  cost = next;
}

/** `scrypt$N$r$p$salt$key`, salt and key in base64url. */
export async function hashPassword(password: string): Promise<string> {
  const { N, r, p } = cost;
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, KEY_LENGTH, { N, r, p });
  return ['scrypt', N, r, p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await scryptAsync(password, Buffer.from(salt, 'base64url'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return timingSafeEqual(actual, expected);
}

/** A new bearer token: `plm_` and 32 random bytes. */
export function newToken(): string {
  return `plm_${randomBytes(32).toString('base64url')}`;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A readable one-time password: 4 groups of 4 from an alphabet without look-alikes. */
export function newPassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXY34679';
  const bytes = randomBytes(16);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]);
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join('')).join('-');
}
