/** A motion's labels, change of vote and threshold as stored, from an input and the default rule. */
import type { Static } from 'typebox';
import type { Threshold } from './rules/threshold.js';
import type { OptionsInput, ThresholdInput } from './inputs.js';
import { refusals } from './refusals.js';
import { DEFAULT_LABELS, MotionKind, type MotionKindName } from './states.js';

/** The citation of a threshold staff set for one motion without naming its source. */
export const OVERRIDE_CITATION = '本次会议决定';

interface SettingsInput {
  kind: MotionKindName;
  options?: Static<typeof OptionsInput>;
  allowChange?: boolean;
  threshold?: Static<typeof ThresholdInput>;
}

export function motionSettings(input: SettingsInput, fallback: Threshold, labels: Record<'yes' | 'no' | 'abstain', string> = DEFAULT_LABELS) {
  const allowChange = input.allowChange ?? false;
  // Changing a secret vote would need the ballot found by its voter: exactly what must be impossible.
  if (allowChange && input.kind === MotionKind.Secret) throw refusals.secretNoChange();
  const t = input.threshold;
  if (t && t.num > t.den) throw refusals.badFraction(t.num, t.den);
  const threshold: Threshold = t ? { base: t.base, num: t.num, den: t.den, inclusive: t.inclusive, citation: t.citation ?? OVERRIDE_CITATION } : fallback;
  return {
    label_yes: input.options?.yes ?? labels.yes,
    label_no: input.options?.no ?? labels.no,
    label_abstain: input.options?.abstain ?? labels.abstain,
    allow_change: allowChange ? 1 : 0,
    threshold_base: threshold.base,
    threshold_num: threshold.num,
    threshold_den: threshold.den,
    threshold_inclusive: threshold.inclusive ? 1 : 0,
    threshold_citation: threshold.citation,
  };
}
