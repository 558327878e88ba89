/**
 * Files to and from the server with the signed-in account's token: a roster file sent as the raw
 * request body (the importer reads the bytes by their Content-Type), and a download fetched as a
 * blob and saved through a temporary link (a plain <a href> cannot carry the bearer token).
 */
import type { ErrorBody, Lang } from '@server/server/errors.js';
import { ApiError } from '../../shared/api.js';
import { currentToken } from '../../shared/session.js';

/** The Content-Types the roster importer takes, by file extension. */
export const ROSTER_TYPES = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** The roster Content-Type of a file by its name, or null when it is neither .csv nor .xlsx. */
export function rosterType(fileName: string): string | null {
  const ext = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  return ext === 'csv' || ext === 'xlsx' ? ROSTER_TYPES[ext] : null;
}

async function send(url: string, lang: Lang, init: RequestInit): Promise<Response> {
  const token = currentToken();
  const res = await fetch(url, { ...init, headers: { ...(init.headers as Record<string, string>), 'accept-language': lang, ...(token ? { authorization: `Bearer ${token}` } : {}) } });
  if (!res.ok) {
    const text = await res.text();
    let body: ErrorBody | null = null;
    try {
      body = text ? (JSON.parse(text) as ErrorBody) : null;
    } catch {
      body = null;
    }
    throw new ApiError(res.status, body);
  }
  return res;
}

/** POSTs `file` as the raw body with `contentType`; the server's JSON answer. */
export async function postFile<T>(url: string, file: Blob, contentType: string, lang: Lang): Promise<T> {
  const res = await send(url, lang, { method: 'POST', headers: { 'content-type': contentType }, body: file });
  return (await res.json()) as T;
}

/** The file name a response's Content-Disposition gives (RFC 5987 `filename*` first). */
export function dispositionName(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (star) return decodeURIComponent(star[1]!);
  return /filename="([^"]+)"/i.exec(header)?.[1] ?? fallback;
}

/** GETs `url` and saves what comes back under the server's file name. */
export async function download(url: string, fallbackName: string, lang: Lang): Promise<string> {
  const res = await send(url, lang, { method: 'GET' });
  const name = dispositionName(res.headers.get('content-disposition'), fallbackName);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await res.blob());
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has handed the blob to the download by now; the next tick frees it.
  setTimeout(() => URL.revokeObjectURL(link.href), 0);
  return name;
}
