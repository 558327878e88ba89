import Type from 'typebox';
import { defineOperation } from '../../server/operation.js';
import { loadMotion } from '../voting/queries.js';

export const SetResolutionTextInput = Type.Object(
  {
    motionId: Type.Integer({ minimum: 1, maximum: 2147483647 }),
    text: Type.String({ minLength: 1, maxLength: 50_000, pattern: '\\S', description: 'The resolution as adopted, paragraphs on lines of their own' }),
  },
  { additionalProperties: false },
);

/**
 * Stores the text of the resolution a motion adopts (决议 text), printed under its title and
 * adoption line in the resolutions document. Replaces the text the motion had; any state (a text
 * is often settled only after the vote, in its final wording).
 */
export const setResolutionText = defineOperation({
  name: 'publishing.setResolutionText',
  input: SetResolutionTextInput,
  permission: 'voting.manage',
  async run({ tx, dialect, actor, now }, input) {
    const motion = await loadMotion(tx, dialect, input.motionId);
    await tx.deleteFrom('resolution_texts').where('motion_id', '=', motion.id).execute();
    await tx.insertInto('resolution_texts').values({ motion_id: motion.id, body_id: motion.bodyId, text: input.text, updated_at: now.toISOString(), updated_by: actor.label }).execute();
    return { bodyId: motion.bodyId, meetingId: motion.meetingId, motionId: motion.id, text: input.text };
  },
});
