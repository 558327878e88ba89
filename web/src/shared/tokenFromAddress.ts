import { useEffect, useState } from 'react';
import { api } from './api.js';
import { useT } from './i18n.js';
import type { Account } from './session.js';
import { useSession } from './sessionContext.js';

/**
 * A page opened with `?token=…` (the hall screen's old board address, the member's pad credential
 * link) signs in with that token once, and drops it from the address bar.
 */
export function useTokenFromAddress(): { pending: boolean; error: unknown } {
  const { lang } = useT();
  const { setSession } = useSession();
  const [token] = useState(() => new URLSearchParams(location.search).get('token'));
  const [state, setState] = useState<{ pending: boolean; error: unknown }>({ pending: token !== null, error: null });
  useEffect(() => {
    if (!token) return;
    history.replaceState(null, '', location.pathname);
    api<{ account: Account }>('GET', '/api/auth/me', lang, undefined, token)
      .then(({ account }) => {
        setSession({ token, account });
        setState({ pending: false, error: null });
      })
      .catch((error: unknown) => setState({ pending: false, error }));
  }, [token, lang, setSession]);
  return state;
}
