/**
 * Calls to the Plenum API: the bearer token of the signed-in account, Accept-Language for the
 * server's messages, and the server's error body turned into an ApiError that carries the message
 * in both languages.
 */
import type { ErrorBody, Lang } from '@server/server/errors.js';
import { currentToken } from './session.js';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody | null,
  ) {
    super(body?.message ?? `HTTP ${status}`);
  }

  /** The server's message in `lang`, else whatever it said. */
  messageIn(lang: Lang): string {
    return this.body?.messages?.[lang] ?? this.message;
  }
}

/** An error of any kind as a line for the user, in their language. */
export function errorText(error: unknown, lang: Lang): string {
  if (error instanceof ApiError) return error.messageIn(lang);
  if (error instanceof TypeError) return lang === 'en' ? 'The server cannot be reached.' : '无法连接服务器。';
  return error instanceof Error ? error.message : String(error);
}

/**
 * A request with the signed-in account's token (or `token`) and Accept-Language; a refusal thrown as
 * an ApiError with the server's error body. The response, for whatever it holds (JSON, a file).
 */
export async function send(method: string, url: string, lang: Lang, headers: Record<string, string> = {}, body?: BodyInit, token = currentToken()): Promise<Response> {
  const res = await fetch(url, {
    method,
    headers: { ...headers, 'accept-language': lang, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    ...(body === undefined ? {} : { body }),
  });
  if (!res.ok) {
    const text = await res.text();
    let parsed: ErrorBody | null = null;
    try {
      parsed = text ? (JSON.parse(text) as ErrorBody) : null;
    } catch {
      // Not the server's JSON (a proxy's page): the status says enough.
    }
    throw new ApiError(res.status, parsed);
  }
  return res;
}

/** A JSON call with the signed-in account's token (or `token`, when given). */
export async function api<T>(method: string, url: string, lang: Lang, body?: unknown, token = currentToken(), headers: Record<string, string> = {}): Promise<T> {
  const res = await send(method, url, lang, body === undefined ? headers : { ...headers, 'content-type': 'application/json' }, body === undefined ? undefined : JSON.stringify(body), token);
  const text = await res.text();
  return (text ? JSON.parse(text) : null) as T;
}
