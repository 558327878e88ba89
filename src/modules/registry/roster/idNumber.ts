/**
 * The check digit of a mainland resident ID number (公民身份号码), GB 11643-1999 §5: ISO 7064
 * MOD 11-2 over the first 17 digits, with weights 2^(17-i) mod 11; a remainder maps to
 * 1 0 X 9 8 7 6 5 4 3 2.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK = '10X98765432';

/** An 18-character mainland ID number: 17 digits and a check digit or X. */
export function isMainlandIdShape(value: string): boolean {
  return /^\d{17}[\dX]$/.test(value);
}

/** The check digit the first 17 digits call for. */
export function idCheckDigit(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

/** Whether an 18-character mainland ID number's last character matches its check digit. */
export function hasValidCheckDigit(id: string): boolean {
  return isMainlandIdShape(id) && idCheckDigit(id.slice(0, 17)) === id[17];
}
