/**
 * One write to the API from a form: busy while it runs, the server's refusal in the user's language
 * afterwards (shown under the form), and `onDone` with the answer when it went through.
 */
import { useState } from 'react';
import { api, errorText } from './api.js';
import { useT } from './i18n.js';

export function useSubmit<T>(method: string, url: string, onDone: (answer: T) => void) {
  const { lang } = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (body: unknown) => {
    setBusy(true);
    setError(null);
    try {
      const answer = await api<T>(method, url, lang, body);
      onDone(answer);
    } catch (e) {
      setError(errorText(e, lang));
    } finally {
      setBusy(false);
    }
  };
  return { submit, busy, error };
}
