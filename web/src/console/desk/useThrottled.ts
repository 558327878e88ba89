/**
 * `fn` run at most once per `ms`: at once when it has not run for that long, else once at the end
 * of the window (so the last call is never lost). For reads that follow a burst of live events.
 */
import { useCallback, useEffect, useRef } from 'react';

export function useThrottled(fn: () => void, ms: number): () => void {
  const last = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const current = useRef(fn);
  current.current = fn;
  useEffect(() => () => clearTimeout(timer.current), []);
  return useCallback(() => {
    const wait = last.current + ms - Date.now();
    if (wait <= 0) {
      last.current = Date.now();
      current.current();
    } else if (timer.current === undefined) {
      timer.current = setTimeout(() => {
        timer.current = undefined;
        last.current = Date.now();
        current.current();
      }, wait);
    }
  }, [ms]);
}
