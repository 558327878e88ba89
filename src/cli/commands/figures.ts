/** Reading the figures of the pure rule commands (`quorum`, `tally`) from their options. */
import { BodyKinds, type BodyKind } from '../../modules/registry/kinds.js';
import { UsageError } from '../command.js';

type Values = Record<string, string | boolean | undefined>;

/** A whole number of people (or votes) from an option, or a usage error naming the option. */
export function count(values: Values, name: string, what = 'people'): number {
  const text = values[name];
  if (typeof text !== 'string') throw new UsageError(`--${name} is required`);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(Number(text))) throw new UsageError(`--${name} must be a whole number of ${what}, not "${text}"`);
  return Number(text);
}

/** The body kind from --body-kind. */
export function bodyKind(values: Values): BodyKind {
  const kind = values['body-kind'];
  if (typeof kind !== 'string') throw new UsageError('--body-kind is required');
  if (!(BodyKinds as readonly string[]).includes(kind)) throw new UsageError(`unknown body kind "${kind}"; one of ${BodyKinds.join(', ')}`);
  return kind as BodyKind;
}
