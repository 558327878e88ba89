/**
 * One write to the API from a form: busy while it runs, the server's refusal in the user's language
 * afterwards (shown under the form), and `onDone` with the answer when it went through.
 */
import { api, errorText } from './api.js';
import { useT } from './i18n.js';
import { useBusy } from './useBusy.js';

export function useSubmit<T>(method: string, url: string, onDone: (answer: T) => void) {
  const { lang } = useT();
  const { busy, error, run } = useBusy();
  const submit = async (body: unknown) => {
    await run(async () => onDone(await api<T>(method, url, lang, body)));
  };
  return { submit, busy, error: error === null ? null : errorText(error, lang) };
}
