/**
 * One way for every change the section makes: busy while the call runs, a short success message
 * (antd's, from the section's <App>), and the server's refusal kept to show in the user's language.
 */
import { useCallback, useState } from 'react';
import { App } from 'antd';
import { useT } from '../../shared/i18n.js';

export function useAction() {
  const { message } = App.useApp();
  const { lang } = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  /** Runs `call`; on success shows `done` and answers its result, on refusal keeps the error and answers undefined. */
  const run = useCallback(
    async <T>(call: () => Promise<T>, done: string): Promise<T | undefined> => {
      setBusy(true);
      setError(null);
      try {
        const result = await call();
        void message.success(done);
        return result;
      } catch (e) {
        setError(e);
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [message],
  );
  return { busy, error, run, clear: useCallback(() => setError(null), []), lang };
}
