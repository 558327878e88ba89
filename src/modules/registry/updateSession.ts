import Type from 'typebox';
import { defineOperation } from '../../server/operation.js';
import { errors } from '../../server/errors.js';
import { getBody, getTerm } from './queries.js';
import { presentSession } from './presenters.js';
import { IsoDate } from './createTerm.js';

export const UpdateSessionInput = Type.Object(
  {
    sessionId: Type.Integer({ minimum: 1 }),
    startDate: Type.Optional(Type.Union([IsoDate, Type.Null()], { description: 'The first day; null clears it' })),
    endDate: Type.Optional(Type.Union([IsoDate, Type.Null()], { description: 'The last day; null clears it' })),
  },
  { additionalProperties: false },
);

/**
 * Changes the days a session (次会议) sits: its first and last day. A date left out stays as it
 * is; the last day may not come before the first, counting the one stored when only the other is given.
 */
export const updateSession = defineOperation({
  name: 'registry.updateSession',
  input: UpdateSessionInput,
  permission: 'registry.manage',
  async run({ tx, dialect }, input) {
    let q = tx.selectFrom('sessions').selectAll().where('id', '=', input.sessionId);
    if (dialect === 'postgres') q = q.forUpdate();
    const session = await q.executeTakeFirst();
    if (!session) throw errors.notFound('session', input.sessionId);
    if (input.startDate === undefined && input.endDate === undefined) {
      throw errors.unprocessable('nothing_to_update', {
        'zh-CN': `没有要修改的内容：请给出会议(次) ${session.id} 的 startDate 或 endDate`,
        en: `Nothing to change: give session ${session.id} a startDate or an endDate`,
      });
    }
    const start = input.startDate === undefined ? session.start_date : input.startDate;
    const end = input.endDate === undefined ? session.end_date : input.endDate;
    // ISO dates of one format compare as strings.
    if (start !== null && end !== null && end < start) {
      throw errors.unprocessable('session_dates_invalid', {
        'zh-CN': `会议(次) ${session.id} 的闭幕日期 ${end} 早于开幕日期 ${start}`,
        en: `Session ${session.id} cannot end on ${end}, before it starts on ${start}`,
      });
    }
    const row = await tx.updateTable('sessions').set({ start_date: start, end_date: end }).where('id', '=', session.id).returningAll().executeTakeFirstOrThrow();
    return presentSession(row, await getTerm(tx, row.term_id), await getBody(tx, row.body_id));
  },
  audit: (input, result) => ({ bodyId: result.bodyId, payload: input }),
});
