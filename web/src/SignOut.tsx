import { Button } from 'antd';
import { api } from './shared/api.js';
import { useT } from './shared/i18n.js';
import { useSession } from './shared/sessionContext.js';

/**
 * Revokes the token on the server (if it can still be reached) and forgets it here. With
 * `revoke={false}` (the pad: the token is the member's printed credential, good for 60 days) it
 * is only forgotten here, so the credential link still signs in.
 */
export function SignOut({ revoke = true }: { revoke?: boolean }) {
  const { t, lang } = useT();
  const { session, setSession } = useSession();
  if (!session) return null;
  const out = async () => {
    if (revoke) await api('POST', '/api/auth/sign-out', lang).catch(() => undefined);
    setSession(null);
  };
  return (
    <Button size="small" onClick={out}>
      {t('signOut')}
    </Button>
  );
}
