/**
 * Files the server writes (a .docx, a print page, a chart, a workbook, an export) fetched with the
 * signed-in account's token, since a plain link cannot carry it: as a Blob with the server's own
 * file name (Content-Disposition, RFC 6266 `filename*` first), saved through an object URL, or as
 * text for an iframe's `srcdoc`. A refusal comes back as the ApiError the rest of the app shows.
 */
import { send } from './api.js';
import type { Lang } from './i18n.js';

export interface FetchedFile {
  blob: Blob;
  /** The server's file name, when it gave one. */
  name: string | null;
}

/** The file name of a Content-Disposition header: `filename*=UTF-8''…` first, else `filename="…"`. */
export function dispositionName(header: string | null): string | null {
  if (!header) return null;
  const star = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (star) {
    try {
      return decodeURIComponent(star[1]!.trim());
    } catch {
      // A malformed encoding: fall back to the plain name.
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"/i.exec(header) ?? /filename\s*=\s*([^;]+)/i.exec(header);
  return plain ? plain[1]!.trim() : null;
}

export async function fetchFile(url: string, lang: Lang): Promise<FetchedFile> {
  const res = await send('GET', url, lang);
  return { blob: await res.blob(), name: dispositionName(res.headers.get('content-disposition')) };
}

/** POSTs `file` as the raw request body with `contentType` (an import); the server's JSON answer. */
export async function postFile<T>(url: string, file: Blob, contentType: string, lang: Lang): Promise<T> {
  const res = await send('POST', url, lang, { 'content-type': contentType }, file);
  return (await res.json()) as T;
}

/** The file's text (a print page, an SVG chart). */
export async function fetchText(url: string, lang: Lang): Promise<string> {
  return (await fetchFile(url, lang)).blob.text();
}

/** Saves a blob as a download named `name`. */
export function saveBlob(blob: Blob, name: string): void {
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The download has its own copy once started; let the click finish before freeing the URL.
  setTimeout(() => URL.revokeObjectURL(href), 1000);
}

/** Fetches a file and saves it under the server's name, else `fallback`; answers the name used. */
export async function downloadFile(url: string, lang: Lang, fallback: string): Promise<string> {
  const { blob, name } = await fetchFile(url, lang);
  const used = name ?? fallback;
  saveBlob(blob, used);
  return used;
}

/**
 * Prints a printable HTML page of the server's (its own A4 @page rules) from a hidden frame, so
 * the console around it stays off the paper; the frame goes once the print dialog closes.
 */
export function printHtml(html: string): void {
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.style.cssText = 'position:fixed;right:0;bottom:0;width:0;height:0;border:0;visibility:hidden';
  frame.srcdoc = html;
  frame.addEventListener('load', () => {
    const win = frame.contentWindow;
    if (!win) return;
    win.addEventListener('afterprint', () => setTimeout(() => frame.remove(), 0));
    win.focus();
    win.print();
  });
  document.body.appendChild(frame);
}
