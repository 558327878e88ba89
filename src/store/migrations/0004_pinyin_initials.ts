import type { Kysely } from 'kysely';
import { initialsOf } from '../../modules/registry/roster/initials.js';

/**
 * Fills the pinyin initials of people stored before the roster's save path wrote them (0003 added
 * the column empty), so the check-in desk finds every member by initials. Newer rows get them
 * when saved.
 */
export const pinyinInitials = {
  async up(db: Kysely<unknown>): Promise<void> {
    const people = db as unknown as Kysely<{ people: { id: number; name: string; initials: string | null } }>;
    const rows = await people.selectFrom('people').select(['id', 'name']).where('initials', 'is', null).execute();
    for (const row of rows) {
      await people.updateTable('people').set({ initials: initialsOf(row.name) }).where('id', '=', row.id).execute();
    }
  },
};
