/**
 * A file of the server's read as text into React state (a print page, an SVG chart), with the
 * token: the same `Read` shape as `useApi`, so `<Loaded>` shows its loading and refusal.
 */
import { fetchText } from './files.js';
import { useRead, type Read } from './useApi.js';

export function useFileText(url: string | null): Read<string> {
  return useRead(url, fetchText);
}
