import Type from 'typebox';
import { defineOperation } from '../../server/operation.js';
import { errors } from '../../server/errors.js';
import { getBody } from './queries.js';
import { presentTerm } from './presenters.js';
import { chineseNumeral } from './rules/numerals.js';

export const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });

export const CreateTermInput = Type.Object(
  {
    bodyId: Type.Integer({ minimum: 1 }),
    ordinal: Type.Integer({ minimum: 1, maximum: 999 }),
    startDate: Type.Optional(IsoDate),
    endDate: Type.Optional(IsoDate),
  },
  { additionalProperties: false },
);

/** Opens a term (届) of a body. */
export const createTerm = defineOperation({
  name: 'registry.createTerm',
  input: CreateTermInput,
  permission: 'registry.manage',
  async run({ tx }, input) {
    await getBody(tx, input.bodyId);
    const clash = await tx.selectFrom('terms').select('id').where('body_id', '=', input.bodyId).where('ordinal', '=', input.ordinal).executeTakeFirst();
    if (clash) {
      throw errors.conflict('term_exists', {
        'zh-CN': `该机构已有第${chineseNumeral(input.ordinal)}届（届次 ${clash.id}）`,
        en: `Body ${input.bodyId} already has term ${input.ordinal} (term ${clash.id})`,
      });
    }
    const row = await tx
      .insertInto('terms')
      .values({ body_id: input.bodyId, ordinal: input.ordinal, start_date: input.startDate ?? null, end_date: input.endDate ?? null })
      .returningAll()
      .executeTakeFirstOrThrow();
    return presentTerm(row);
  },
});
