/** Schemas shared by the proposal operations. */
import Type from 'typebox';
import { Limits } from './states.js';

export const Id = Type.Integer({ minimum: 1, maximum: 2147483647 });
export const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength });
/** A calendar day, YYYY-MM-DD. */
export const Day = Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$' });
export const Category = Type.String({ minLength: 1, maxLength: 40 });

export const Attachment = Type.Object({ name: Text(200), text: Type.String({ maxLength: Limits.attachmentLength }) }, { additionalProperties: false });
