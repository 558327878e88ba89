/**
 * One way for every change the section makes: busy while the call runs, a short success message
 * (antd's, from the section's <App>), and the server's refusal kept to show in the user's language.
 */
import { useCallback } from 'react';
import { App } from 'antd';
import { useT } from '../../shared/i18n.js';
import { useBusy } from '../../shared/useBusy.js';

export function useAction() {
  const { message } = App.useApp();
  const { lang } = useT();
  const { busy, error, run: attempt, clear } = useBusy();

  /** Runs `call`; on success shows `done` and answers its result, on refusal keeps the error and answers undefined. */
  const run = useCallback(
    <T,>(call: () => Promise<T>, done: string): Promise<T | undefined> =>
      attempt(async () => {
        const result = await call();
        void message.success(done);
        return result;
      }),
    [attempt, message],
  );
  return { busy, error, run, clear, lang };
}
