import { Button } from 'antd';
import { api } from './shared/api.js';
import { useT } from './shared/i18n.js';
import { useSession } from './shared/sessionContext.js';

/** Revokes the token on the server (if it can still be reached) and forgets it here. */
export function SignOut() {
  const { t, lang } = useT();
  const { session, setSession } = useSession();
  if (!session) return null;
  const out = async () => {
    await api('POST', '/api/auth/sign-out', lang).catch(() => undefined);
    setSession(null);
  };
  return (
    <Button size="small" onClick={out}>
      {t('signOut')}
    </Button>
  );
}
