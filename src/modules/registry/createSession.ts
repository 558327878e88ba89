import Type from 'typebox';
import { defineOperation } from '../../server/operation.js';
import { errors } from '../../server/errors.js';
import { getBody, getTerm } from './queries.js';
import { presentSession } from './presenters.js';
import { IsoDate } from './createTerm.js';

export const CreateSessionInput = Type.Object(
  {
    termId: Type.Integer({ minimum: 1 }),
    ordinal: Type.Integer({ minimum: 1, maximum: 999 }),
    startDate: Type.Optional(IsoDate),
    endDate: Type.Optional(IsoDate),
  },
  { additionalProperties: false },
);

/** Convenes a session (次会议) within a term; its names are rendered from the ordinals. */
export const createSession = defineOperation({
  name: 'registry.createSession',
  input: CreateSessionInput,
  permission: 'registry.manage',
  async run({ tx }, input) {
    const term = await getTerm(tx, input.termId);
    const body = await getBody(tx, term.body_id);
    const clash = await tx.selectFrom('sessions').select('id').where('term_id', '=', term.id).where('ordinal', '=', input.ordinal).executeTakeFirst();
    if (clash) {
      throw errors.conflict('session_exists', {
        'zh-CN': `届次 ${term.id} 已有第 ${input.ordinal} 次会议（会议 ${clash.id}）`,
        en: `Term ${term.id} already has session ${input.ordinal} (session ${clash.id})`,
      });
    }
    const row = await tx
      .insertInto('sessions')
      .values({ body_id: body.id, term_id: term.id, ordinal: input.ordinal, start_date: input.startDate ?? null, end_date: input.endDate ?? null })
      .returningAll()
      .executeTakeFirstOrThrow();
    return presentSession(row, term, body);
  },
});
