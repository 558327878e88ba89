/**
 * A file of the server's read as text into React state (a print page, an SVG chart), with the
 * token: the same `Read` shape as `useApi`, so `<Loaded>` shows its loading and refusal. `url`
 * null reads nothing; a newer read wins over a slower older one.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useT } from '../../shared/i18n.js';
import type { Read } from '../../shared/useApi.js';
import { fetchText } from './files.js';

export function useFileText(url: string | null): Read<string> {
  const { lang } = useT();
  const [data, setData] = useState<string | null>(null);
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
      const text = await fetchText(url, lang);
      if (n !== latest.current) return;
      setData(text);
      setError(null);
    } catch (e) {
      if (n !== latest.current) return;
      setData(null);
      setError(e);
    } finally {
      if (n === latest.current) setLoading(false);
    }
  }, [url, lang]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { data, error, loading, reload };
}
