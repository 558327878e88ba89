/**
 * A hall layout typed as text, one block a line: `中区：24×12, 26×6` is a block named 中区 of 12
 * rows of 24 seats then 6 rows of 26 (front row first); a bare number is one row. Answers the
 * blocks, or the first line that cannot be read.
 */
export interface LayoutBlock {
  name: string;
  rows: number[];
}

export function parseLayoutText(text: string): { blocks: LayoutBlock[] } | { badLine: number; line: string } {
  const blocks: LayoutBlock[] = [];
  const lines = text.split(/\r?\n/);
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === '') continue;
    const bad = { badLine: i + 1, line };
    const m = /^([^:：]+)[:：](.+)$/.exec(line);
    if (!m) return bad;
    const rows: number[] = [];
    for (const part of m[2]!.split(/[,，、;；]/)) {
      const p = /^\s*(\d{1,3})\s*(?:[×xX*]\s*(\d{1,3}))?\s*$/.exec(part);
      if (!p) return bad;
      const seats = Number(p[1]);
      const count = p[2] === undefined ? 1 : Number(p[2]);
      if (count === 0) return bad;
      for (let r = 0; r < count; r++) rows.push(seats);
    }
    blocks.push({ name: m[1]!.trim(), rows });
  }
  return { blocks };
}
