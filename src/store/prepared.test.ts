import { expect, it } from 'vitest';
import { describeStores } from './testing.js';
import { prepared } from './prepared.js';

const addBody = prepared((db, p: { name: string; region: string }) =>
  db.insertInto('bodies').values({ kind: 'generic', level: 'city', name: p.name, name_en: p.name, region: p.region, region_en: p.region, created_at: 'now' }).returning('id'),
);

// The constants of the query's text ('generic', 'city') stay; a parameter used twice fills both places.
const bodiesNamed = prepared((db, p: { name: string }) =>
  db
    .selectFrom('bodies')
    .select(['id', 'name', 'region'])
    .where('kind', '=', 'generic')
    .where((eb) => eb.or([eb('name', '=', p.name), eb('region', '=', p.name)]))
    .orderBy('id'),
);

const renameBody = prepared((db, p: { id: number; name: string }) => db.updateTable('bodies').set({ name: p.name }).where('id', '=', p.id));

describeStores('prepared queries', (stores) => {
  it('runs one compiled query with each call\'s parameters, in place of each placeholder', async () => {
    const store = await stores.open();
    const { db, dialect } = store;
    const a = await addBody.first(db, dialect, { name: '甲', region: '东区' });
    const b = await addBody.first(db, dialect, { name: '乙', region: '甲' });
    await addBody.run(db, dialect, { name: '丙', region: '西区' });
    expect(await bodiesNamed.rows(db, dialect, { name: '甲' })).toEqual([
      { id: a!.id, name: '甲', region: '东区' },
      { id: b!.id, name: '乙', region: '甲' },
    ]);
    expect(await bodiesNamed.rows(db, dialect, { name: '西区' })).toEqual([{ id: expect.any(Number), name: '丙', region: '西区' }]);
    expect(await bodiesNamed.first(db, dialect, { name: '无' })).toBeUndefined();

    await db.transaction().execute(async (tx) => {
      await renameBody.run(tx, dialect, { id: a!.id, name: '甲二' });
      expect(await bodiesNamed.first(tx, dialect, { name: '甲二' })).toEqual({ id: a!.id, name: '甲二', region: '东区' });
    });
    const kinds = await db.selectFrom('bodies').select(['name', 'kind', 'level']).orderBy('id').execute();
    expect(kinds).toEqual([
      { name: '甲二', kind: 'generic', level: 'city' },
      { name: '乙', kind: 'generic', level: 'city' },
      { name: '丙', kind: 'generic', level: 'city' },
    ]);
  });
});
