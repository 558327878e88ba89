/** The seating module's input shapes: one source for validation, types and the OpenAPI document. */
import Type from 'typebox';
import { FillOrderValues, HallLimits } from './rules/hallFill.js';
import { RostrumConventionValues, RostrumLimits } from './rules/rostrumOrder.js';

export const Convention = Type.Union(RostrumConventionValues.map((v) => Type.Literal(v)), { description: 'left-first: 我国惯例 (the principal’s left hand first); right-first: international' });

export const SeatsPerRow = Type.Array(Type.Integer({ minimum: 1, maximum: RostrumLimits.seatsPerRow }), { minItems: 1, maxItems: RostrumLimits.rows, description: 'Seats in each row, front row first' });

export const HallLayoutShape = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100 }),
    blocks: Type.Array(
      Type.Object(
        {
          name: Type.String({ minLength: 1, maxLength: 50 }),
          rows: Type.Array(Type.Integer({ minimum: 0, maximum: HallLimits.seatsPerRow }), { minItems: 1, maxItems: HallLimits.rowsPerBlock, description: 'Seats in each row, front row first' }),
        },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: HallLimits.blocks, description: 'From the audience’s left; an aisle between each block and the next' },
    ),
    order: Type.Union(FillOrderValues.map((v) => Type.Literal(v)), { description: 'blocks: block by block, each front to back; rows: across the hall row by row' }),
  },
  { additionalProperties: false },
);

const Position = Type.Integer({ minimum: 1, maximum: 1000 });
export const ReservedSeats = Type.Array(
  Type.Object({ block: Position, row: Position, seat: Position, label: Type.String({ minLength: 1, maxLength: 30 }) }, { additionalProperties: false }),
  { maxItems: HallLimits.seats },
);
