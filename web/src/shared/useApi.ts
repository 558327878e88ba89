/**
 * A GET read as React state (or a file's text, `useFileText`): the data, the error (an ApiError carries the server's message), and
 * `reload`. `url` null reads nothing (nothing chosen yet). A newer read wins over a slower older one.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from './api.js';
import { useT, type Lang } from './i18n.js';

export interface Read<T> {
  data: T | null;
  error: unknown;
  loading: boolean;
  reload(): Promise<void>;
}

export function useApi<T>(url: string | null): Read<T> {
  return useRead(url, (u, lang) => api<T>('GET', u, lang));
}

/**
 * A read of `url` by `fetcher` (a JSON call, a file's text) as React state; the fetcher is taken
 * afresh each time `url` or the language changes.
 */
export function useRead<T>(url: string | null, fetcher: (url: string, lang: Lang) => Promise<T>): Read<T> {
  const { lang } = useT();
  const fetching = useRef(fetcher);
  fetching.current = fetcher;
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(url !== null);
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const n = ++latest.current;
    if (url === null) {
      setData(null);
      setError(null);
      setLoading(false);
      return;
    }
    setLoading(true);
    try {
      const fresh = await fetching.current(url, lang);
      if (n !== latest.current) return;
      setData(fresh);
      setError(null);
    } catch (e) {
      if (n === latest.current) setError(e);
    } finally {
      if (n === latest.current) setLoading(false);
    }
  }, [url, lang]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { data, error, loading, reload };
}
