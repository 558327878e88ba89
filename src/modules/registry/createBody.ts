import Type from 'typebox';
import { defineOperation } from '../../server/operation.js';
import { BodyKinds, BodyLevels, OneOf } from './kinds.js';
import { presentBody } from './presenters.js';

export const CreateBodyInput = Type.Object(
  {
    kind: OneOf(BodyKinds),
    level: OneOf(BodyLevels),
    name: Type.String({ minLength: 1, maxLength: 100, description: '中国人民政治协商会议云州市委员会' }),
    nameEn: Type.String({ minLength: 1, maxLength: 200 }),
    region: Type.String({ maxLength: 50, description: '云州市' }),
    regionEn: Type.String({ maxLength: 100, description: 'Yunzhou' }),
  },
  { additionalProperties: false },
);

/** Registers an assembly: a people's congress, a consultative conference, a standing committee, any body. */
export const createBody = defineOperation({
  name: 'registry.createBody',
  input: CreateBodyInput,
  permission: 'registry.manage',
  async run({ tx, now }, input) {
    const row = await tx
      .insertInto('bodies')
      .values({
        kind: input.kind,
        level: input.level,
        name: input.name,
        name_en: input.nameEn,
        region: input.region,
        region_en: input.regionEn,
        created_at: now.toISOString(),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { bodyId: row.id, ...presentBody(row) };
  },
});
