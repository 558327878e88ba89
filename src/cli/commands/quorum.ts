import { BodyKinds } from '../../modules/registry/kinds.js';
import { quorumVerdict } from '../../modules/attendance/rules/quorum.js';
import { UsageError, type Command } from '../command.js';
import { bodyKind, count } from './figures.js';

/** The quorum rule by itself, no store needed: `plenum quorum --body-kind people-congress --expected 523 --present 349`. */
export const quorum: Command = {
  path: ['quorum'],
  summary: 'Whether a sitting has its quorum, with the sentence the presiding officer reads',
  usage: '--body-kind KIND --expected N --present M [--json]',
  help: [
    `--body-kind KIND      ${BodyKinds.join(', ')}`,
    '--expected N          members expected (应到)',
    '--present M           members present (实到)',
    '--json                print {expected, present, required, met, rule, citation, sentence}',
  ],
  options: { 'body-kind': { type: 'string' }, expected: { type: 'string' }, present: { type: 'string' }, json: { type: 'boolean' } },
  async run({ values }) {
    const kind = bodyKind(values);
    const expected = count(values, 'expected');
    const present = count(values, 'present');
    if (present > expected) throw new UsageError(`--present ${present} is more than --expected ${expected}`);
    const v = quorumVerdict(kind, expected, present);
    if (values.json) {
      console.log(JSON.stringify({ expected: v.expected, present: v.present, required: v.required, met: v.met, rule: v.rule, citation: v.citation, sentence: v.sentence }));
    } else {
      console.log(v.sentence);
      console.log(`${v.met ? 'Quorum met' : 'Quorum not met'}: ${v.present} present, ${v.required} required of ${v.expected} (${v.rule}; ${v.citation}).`);
    }
    return 0;
  },
};
