import type { BodyLevel } from '../../registry/kinds.js';

/**
 * How many deputies must sign a bill (议案) jointly. 代表法 第九条 and 全国人民代表大会组织法 第十六条:
 * a delegation or thirty or more deputies of the NPC; 地方各级人民代表大会和地方各级人民政府组织法
 * (2022) 第二十二条: ten or more deputies of a local congress (provincial, city, county), five or more
 * at a township. A body may set its own figure; this is the default by level.
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
