/**
 * The signed-in account: its bearer token and account in localStorage, so the hall screen and the
 * console survive a reload; signing out revokes the token on the server and forgets it here.
 */
import type { Static } from 'typebox';
import type { AccountView } from '@server/modules/accounts/presenters.js';

export type Account = Static<typeof AccountView>;

export interface Session {
  token: string;
  account: Account;
}

const KEY = 'plenum.session';

export function loadSession(): Session | null {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

export function saveSession(session: Session | null): void {
  if (session) localStorage.setItem(KEY, JSON.stringify(session));
  else localStorage.removeItem(KEY);
}

export function currentToken(): string | null {
  return loadSession()?.token ?? null;
}
