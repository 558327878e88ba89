import type { BodyLevel } from '../../registry/kinds.js';

/**
 * How many deputies must sign a bill (议案) jointly. 代表法 第九、十条 give deputies the right, by the
 * procedure the law sets: at the NPC a delegation or thirty or more deputies (全国人民代表大会组织法,
 * 全国人民代表大会议事规则); at a local congress ten or more deputies, five or more at a township
 * (地方各级人民代表大会和地方各级人民政府组织法, the article on bills: 第十八条 of the 2015 text,
 * renumbered in the 2022 revision). A body may set its own figure; this is the default by level.
 */
export function billSignatureMinimum(level: BodyLevel, setting: number | null = null): number {
  if (setting !== null) return setting;
  if (level === 'national') return 30;
  if (level === 'township') return 5;
  return 10;
}

/** "以上" includes the bound: ten signers meet a minimum of ten. */
export function meetsSignatureMinimum(signers: number, minimum: number): boolean {
  return signers >= minimum;
}
