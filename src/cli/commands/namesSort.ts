import { MissingStrokeData, sortNames } from '../../modules/protocol/rules/collation.js';
import { ListOrders, protocolOrder, type ListOrder } from '../../modules/protocol/rules/protocolOrder.js';
import { UsageError, type Command } from '../command.js';

interface Line {
  number: number;
  name: string;
  rank?: number;
}

/**
 * Orders names read from standard input, one per line: `plenum names sort < names.txt`.
 * Blank lines and surrounding spaces (full-width ones too) are ignored. With `--by rank` each line
 * is `name<TAB>rank`, smaller ranks first and equal ranks in stroke order.
 */
export const namesSort: Command = {
  path: ['names', 'sort'],
  summary: 'Order names read one per line from standard input (以姓氏笔画为序, or by rank)',
  usage: '[--by strokes|rank] [--no-single-first] < names.txt',
  help: [
    '--by strokes          by surname strokes, GB13000.1 笔画序 (default)',
    '--by rank             each line is NAME<TAB>RANK; smaller ranks first, equal ranks by strokes',
    '--no-single-first     do not put one-character given names before longer ones within a surname',
  ],
  options: { by: { type: 'string' }, 'no-single-first': { type: 'boolean' } },
  async run({ values, stdin }) {
    const by = (values.by ?? 'strokes') as string;
    if (!(ListOrders as readonly string[]).includes(by)) throw new UsageError(`--by must be one of ${ListOrders.join(', ')}, not "${by}"`);
    const order = by as ListOrder;
    const options = { singleFirst: values['no-single-first'] !== true };
    const lines = readLines(await stdin(), order);
    try {
      const sorted =
        order === 'strokes'
          ? sortNames(lines.map((l) => l.name), options)
          : protocolOrder(lines, new Map(), options).map((r) => r.person.name);
      for (const name of sorted) console.log(name);
      return 0;
    } catch (error) {
      if (!(error instanceof MissingStrokeData)) throw error;
      const line = lines.find((l) => l.name === error.nameWithIt)?.number ?? 0;
      console.error(`plenum names sort: line ${line}: ${error.messageZh}`);
      console.error(`plenum names sort: line ${line}: ${error.messageEn}`);
      return 2;
    }
  },
};

function readLines(text: string, order: ListOrder): Line[] {
  const lines: Line[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    // trim() removes every Unicode space, the full-width U+3000 included.
    const line = raw.trim();
    if (line === '') return;
    if (order === 'strokes') {
      lines.push({ number: i + 1, name: line });
      return;
    }
    const tab = line.lastIndexOf('\t');
    const name = tab === -1 ? '' : line.slice(0, tab).trim();
    const rankText = tab === -1 ? '' : line.slice(tab + 1).trim();
    if (name === '' || rankText === '') throw new UsageError(`line ${i + 1}: expected NAME<TAB>RANK, got "${line}"`);
    const rank = Number(rankText);
    if (!Number.isFinite(rank)) throw new UsageError(`line ${i + 1}: the rank of ${name} must be a number, not "${rankText}"`);
    lines.push({ number: i + 1, name, rank });
  });
  return lines;
}
