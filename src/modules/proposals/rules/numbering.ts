/** A proposal's number as printed: 1 → 第0001号 (four digits, more when the session needs them). */
export function proposalNumber(n: number): string {
  return `第${String(n).padStart(4, '0')}号`;
}
