/**
 * One call at a time from a control or a form: `busy` while it runs, the refusal kept in `error`
 * (an ApiError carries the server's message in both languages) until the next try or `clear()`.
 * `run` answers the work's result, or undefined when it was refused.
 */
import { useCallback, useState } from 'react';

export function useBusy() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = useCallback(async <T,>(work: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setError(null);
    try {
      return await work();
    } catch (e) {
      setError(e);
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  const clear = useCallback(() => setError(null), []);
  return { busy, error, run, clear };
}
