import { beforeAll, describe, expect, it } from 'vitest';
import { hashPassword, hashToken, newPassword, newToken, PASSWORD_COST, setPasswordCost, verifyPassword } from './secrets.js';

describe('passwords', () => {
  // The suite hashes at a lower cost (test/setup/passwordCost.ts); these tests check production's.
  beforeAll(() => setPasswordCost(PASSWORD_COST));

  it('are stored as scrypt$N$r$p$salt$key with a fresh salt each time', async () => {
    const a = await hashPassword('correct horse');
    const b = await hashPassword('correct horse');
    expect(a).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('correct horse');
  });

  it('verify only the password that was hashed', async () => {
    const stored = await hashPassword('correct horse');
    expect(await verifyPassword('correct horse', stored)).toBe(true);
    expect(await verifyPassword('correct hors', stored)).toBe(false);
    expect(await verifyPassword('Correct horse', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('do not verify against a stored value of another scheme or with parts missing', async () => {
    const stored = await hashPassword('pw-12345678');
    const [, n, r, p, salt, key] = stored.split('$');
    expect(await verifyPassword('pw-12345678', ['bcrypt', n, r, p, salt, key].join('$'))).toBe(false);
    expect(await verifyPassword('pw-12345678', ['scrypt', n, r, p, salt].join('$'))).toBe(false);
    expect(await verifyPassword('pw-12345678', ['scrypt', n, r, p, '', key].join('$'))).toBe(false);
    expect(await verifyPassword('pw-12345678', '')).toBe(false);
  });

  it('are generated readable: four groups of four without look-alike characters', () => {
    const pw = newPassword();
    expect(pw).toMatch(/^[a-hjkmnp-zAC-HJ-NP-RT-Y34679]{4}(-[a-hjkmnp-zAC-HJ-NP-RT-Y34679]{4}){3}$/);
    expect(pw).not.toMatch(/[0125BIOSZlio8]/);
  });
});

describe('tokens', () => {
  it('are plm_ and 32 random bytes, stored only as their SHA-256', () => {
    const t = newToken();
    expect(t).toMatch(/^plm_[A-Za-z0-9_-]{43}$/);
    expect(newToken()).not.toBe(t);
    expect(hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(hashToken(t)).toMatch(/^[0-9a-f]{64}$/);
  });
});
