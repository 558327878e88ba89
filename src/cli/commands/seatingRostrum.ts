import { readFile } from 'node:fs/promises';
import { rostrumRows, RostrumConventions, RostrumConventionValues, RostrumLimits, type RostrumConvention } from '../../modules/seating/rules/rostrumOrder.js';
import { UsageError, type Command } from '../command.js';

/** `--seats 7` or `--seats 7,9`: seats per row, front row first. */
export function seatsPerRow(value: unknown): number[] {
  if (typeof value !== 'string' || value === '') throw new UsageError('--seats is required');
  const parts = value.split(',');
  if (parts.length > RostrumLimits.rows) throw new UsageError(`--seats names ${parts.length} rows; at most ${RostrumLimits.rows}`);
  return parts.map((part) => {
    const n = /^\d{1,6}$/.test(part.trim()) ? Number(part.trim()) : NaN;
    if (!Number.isInteger(n) || n < 1 || n > RostrumLimits.seatsPerRow) {
      throw new UsageError(`--seats must be whole numbers of seats from 1 to ${RostrumLimits.seatsPerRow}, separated by commas, not "${part}"`);
    }
    return n;
  });
}

/** The rostrum rule by itself, no store needed: `plenum seating rostrum --seats 7,8`. */
export const seatingRostrumCommand: Command = {
  path: ['seating', 'rostrum'],
  summary: 'The rostrum seen from the audience: rank numbers, or names, one line per row from the front',
  usage: '--seats N[,N2,...] [--names FILE] [--convention left-first|right-first]',
  help: [
    '--seats N[,N2,...]    seats in each row, front row first; ranks continue from row to row',
    '--names FILE          names in rank order, one per line (UTF-8), exactly one per seat',
    `--convention C        ${RostrumConventions.leftFirst} (the Chinese state's, the default) or ${RostrumConventions.rightFirst}`,
  ],
  options: { seats: { type: 'string' }, names: { type: 'string' }, convention: { type: 'string' } },
  async run({ values }) {
    const seats = seatsPerRow(values.seats);
    const convention = (values.convention ?? RostrumConventions.leftFirst) as RostrumConvention;
    if (!RostrumConventionValues.includes(convention)) throw new UsageError(`unknown convention "${String(values.convention)}"; one of ${RostrumConventionValues.join(', ')}`);
    const rows = rostrumRows(seats, convention);
    if (values.names === undefined) {
      for (const row of rows) console.log(row.join(' '));
      return 0;
    }
    const file = String(values.names);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      throw new UsageError(`cannot read the names file "${file}": ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    const names = text.replace(/^\uFEFF/, '').split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
    const total = seats.reduce((a, b) => a + b, 0);
    if (names.length !== total) throw new UsageError(`the rostrum has ${total} seats but "${file}" lists ${names.length} names; give exactly one name per seat`);
    for (const row of rows) console.log(row.map((rank) => names[rank - 1]).join(' '));
    return 0;
  },
};
