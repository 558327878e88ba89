import Type from 'typebox';
import { defineOperation } from '../../server/operation.js';
import { errors } from '../../server/errors.js';
import { getBody } from '../registry/queries.js';
import { HallLayoutShape } from './inputs.js';
import { presentHallLayout } from './presenters.js';
import { HallLimits } from './rules/hallFill.js';


/** Stores a hall layout for a body (its 大礼堂, its 会议厅): blocks of rows of seats, aisles between, a fill order. */
export const saveHallLayout = defineOperation({
  name: 'seating.saveHallLayout',
  input: Type.Object({ bodyId: Type.Integer({ minimum: 1 }), ...HallLayoutShape.properties }, { additionalProperties: false }),
  permission: 'meeting.manage',
  async run({ tx, actor, now }, input) {
    await getBody(tx, input.bodyId);
    const seats = input.blocks.reduce((n, b) => n + b.rows.reduce((a, r) => a + r, 0), 0);
    if (seats === 0 || seats > HallLimits.seats) {
      throw errors.unprocessable('hall_layout_size', {
        'zh-CN': `会场布局须有 1 至 ${HallLimits.seats} 个座位，此布局有 ${seats} 个`,
        en: `A hall layout needs 1 to ${HallLimits.seats} seats; this one has ${seats}`,
      });
    }
    const clash = await tx.selectFrom('hall_layouts').select('id').where('body_id', '=', input.bodyId).where('name', '=', input.name).executeTakeFirst();
    if (clash) {
      throw errors.conflict('hall_layout_exists', {
        'zh-CN': `该机构已有会场布局“${input.name}”（布局 ${clash.id}）`,
        en: `Body ${input.bodyId} already has a hall layout named "${input.name}" (layout ${clash.id})`,
      });
    }
    const row = await tx
      .insertInto('hall_layouts')
      .values({ body_id: input.bodyId, name: input.name, layout: JSON.stringify({ blocks: input.blocks, order: input.order }), seats, created_at: now.toISOString(), created_by: actor.label })
      .returningAll()
      .executeTakeFirstOrThrow();
    return presentHallLayout(row);
  },
});
