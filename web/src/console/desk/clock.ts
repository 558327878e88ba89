import type { Lang } from '../../shared/i18n.js';

/** An instant as the desk's clock time in the user's language, 24-hour: `09:41:07`. */
export function clock(iso: string, lang: Lang): string {
  return new Date(iso).toLocaleTimeString(lang, { hour12: false });
}
