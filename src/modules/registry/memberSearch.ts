import { sql, type RawBuilder } from 'kysely';

/** `text` with LIKE's wildcards escaped (used with `escape '\'`). */
export function likeText(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The roster search that the roster listing and the check-in desk share: a name containing
 * `text`, a key starting with it (any case), or pinyin initials starting with it (`wx` finds
 * 王小明). The query must join `people` to `memberships`; blank text matches everyone (null).
 */
export function memberMatches(text: string | undefined): RawBuilder<boolean> | null {
  const trimmed = text?.trim() ?? '';
  if (trimmed === '') return null;
  const lower = trimmed.toLowerCase();
  const name = sql<boolean>`${sql.ref('people.name')} like ${`%${likeText(trimmed)}%`} escape '\\'`;
  const key = sql<boolean>`lower(${sql.ref('memberships.key')}) like ${`${likeText(lower)}%`} escape '\\'`;
  if (!/^[a-z]+$/.test(lower)) return sql<boolean>`(${name} or ${key})`;
  return sql<boolean>`(${name} or ${key} or ${sql.ref('people.initials')} like ${`${lower}%`})`;
}
