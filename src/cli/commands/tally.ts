import { BodyKinds } from '../../modules/registry/kinds.js';
import { defaultThreshold, figuresProblem, tally, ThresholdBases, type Threshold, type ThresholdBase } from '../../modules/voting/rules/threshold.js';
import { UsageError, type Command } from '../command.js';
import { bodyKind, count } from './figures.js';

const FRACTIONS = ['1/2', '2/3'] as const;

/**
 * The vote arithmetic by itself, no store needed:
 * `plenum tally --body-kind people-congress --expected 523 --present 500 --yes 480 --no 5 --abstain 10`.
 * Without --base, --fraction or --inclusive the body kind's default for ordinary motions applies;
 * naming any of them sets the rule: base all unless given, fraction 1/2 unless given, exclusive
 * unless --inclusive.
 */
export const tallyCommand: Command = {
  path: ['tally'],
  summary: 'The result of a vote against its threshold, with the sentence that announces it',
  usage: '--body-kind KIND --expected N --present P --yes Y --no N --abstain A [--base all|present|cast] [--fraction 1/2|2/3] [--inclusive] [--json]',
  help: [
    `--body-kind KIND      ${BodyKinds.join(', ')}`,
    '--expected N          members of the body (应到)',
    '--present P           members present (实到)',
    '--yes Y --no N --abstain A   the votes (赞成, 反对, 弃权)',
    '--base B              what the fraction is of: all (members), present, cast (votes)',
    '--fraction F          1/2 or 2/3',
    '--inclusive           at least the fraction (以上); without it, more than the fraction (过半数)',
    '--json                print {yes, no, abstain, notVoted, required, passed, sentence}',
  ],
  options: {
    'body-kind': { type: 'string' },
    expected: { type: 'string' },
    present: { type: 'string' },
    yes: { type: 'string' },
    no: { type: 'string' },
    abstain: { type: 'string' },
    base: { type: 'string' },
    fraction: { type: 'string' },
    inclusive: { type: 'boolean' },
    json: { type: 'boolean' },
  },
  async run({ values }) {
    const kind = bodyKind(values);
    const figures = {
      expected: count(values, 'expected'),
      present: count(values, 'present'),
      yes: count(values, 'yes', 'votes'),
      no: count(values, 'no', 'votes'),
      abstain: count(values, 'abstain', 'votes'),
    };
    const problem = figuresProblem(figures);
    if (problem) throw new UsageError(problem.en);
    const rule = ruleOf(values, kind);
    const t = tally(kind, figures, rule);
    if (values.json) {
      console.log(JSON.stringify({ yes: t.yes, no: t.no, abstain: t.abstain, notVoted: t.notVoted, required: t.required, passed: t.passed, sentence: t.sentence }));
    } else {
      console.log(t.sentence);
      console.log(`${t.sentenceEn} ${t.required} in favour required of ${t.expected} (${t.rule}; ${t.citation}).`);
    }
    return 0;
  },
};

function ruleOf(values: Record<string, string | boolean | undefined>, kind: ReturnType<typeof bodyKind>): Threshold {
  const { base, fraction, inclusive } = values;
  if (base === undefined && fraction === undefined && !inclusive) return defaultThreshold(kind);
  if (base !== undefined && !(ThresholdBases as readonly unknown[]).includes(base)) throw new UsageError(`--base must be one of ${ThresholdBases.join(', ')}, not "${String(base)}"`);
  if (fraction !== undefined && !(FRACTIONS as readonly unknown[]).includes(fraction)) throw new UsageError(`--fraction must be one of ${FRACTIONS.join(', ')}, not "${String(fraction)}"`);
  const [num, den] = (typeof fraction === 'string' ? fraction : '1/2').split('/').map(Number) as [number, number];
  return { base: (base ?? 'all') as ThresholdBase, num, den, inclusive: inclusive === true, citation: '命令行给定的规则' };
}
