import { expect, it } from 'vitest';
import { runCli } from '../testing.js';

const congress = ['--body-kind', 'people-congress', '--expected', '523', '--present', '500'];

it('plenum tally: the congress counts against all 523 deputies and announces the result', async () => {
  expect(await runCli('tally', ...congress, '--yes', '480', '--no', '5', '--abstain', '10')).toEqual({
    code: 0,
    out: '赞成480票，反对5票，弃权10票，未按表决器5人，通过。\n480 in favour, 5 against, 10 abstentions, 5 did not vote; adopted. 262 in favour required of 523 (全体代表的过半数; 《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》（2022年修正）第二十五条).',
    err: '',
  });
  // 261 of 523 is not more than half, even with everyone else against.
  expect((await runCli('tally', ...congress, '--yes', '261', '--no', '239', '--abstain', '0')).out.split('\n')[0]).toBe('赞成261票，反对239票，弃权0票，未按表决器0人，未通过。');
});

it('plenum tally --json: exactly the figures and the sentence, keys in order', async () => {
  expect((await runCli('tally', ...congress, '--yes', '262', '--no', '200', '--abstain', '30', '--json')).out).toBe(
    '{"yes":262,"no":200,"abstain":30,"notVoted":8,"required":262,"passed":true,"sentence":"赞成262票，反对200票，弃权30票，未按表决器8人，通过。"}',
  );
});

it('plenum tally: --base, --fraction and --inclusive set the rule; two thirds inclusive of 300 is 200', async () => {
  const twoThirds = ['--body-kind', 'generic', '--expected', '310', '--present', '300', '--fraction', '2/3', '--inclusive', '--json'];
  expect(JSON.parse((await runCli('tally', ...twoThirds, '--base', 'present', '--yes', '200', '--no', '100', '--abstain', '0')).out)).toMatchObject({ required: 200, passed: true });
  expect(JSON.parse((await runCli('tally', ...twoThirds, '--base', 'present', '--yes', '199', '--no', '101', '--abstain', '0')).out)).toMatchObject({ required: 200, passed: false });
  // Of the votes cast, more than half (exclusive unless --inclusive): 7 cast need 4.
  const cast = ['--body-kind', 'generic', '--expected', '10', '--present', '9', '--base', 'cast', '--json', '--no', '3', '--abstain', '0'];
  expect(JSON.parse((await runCli('tally', ...cast, '--yes', '4')).out)).toMatchObject({ notVoted: 2, required: 4, passed: true });
  expect(JSON.parse((await runCli('tally', ...cast, '--yes', '3')).out)).toMatchObject({ notVoted: 3, required: 4, passed: false });
});

it('plenum tally: impossible figures and bad options are named, with the usage, exit 2', async () => {
  const usage = 'Usage: plenum tally --body-kind KIND --expected N --present P --yes Y --no N --abstain A [--base all|present|cast] [--fraction 1/2|2/3] [--inclusive] [--json]';
  const votes = ['--yes', '1', '--no', '1', '--abstain', '1'];
  const cases: Array<[string[], string]> = [
    [['--body-kind', 'generic', '--expected', '10', '--present', '2', ...votes], '3 votes exceed the 2 present'],
    [['--body-kind', 'generic', '--expected', '10', '--present', '11', ...votes], 'present (11) exceeds expected (10)'],
    [['--body-kind', 'generic', '--expected', '10', '--present', '5', '--yes', '1.5', '--no', '1', '--abstain', '1'], '--yes must be a whole number of votes, not "1.5"'],
    [['--body-kind', 'generic', '--expected', '10', '--present', '5', '--yes', '1', '--abstain', '1'], '--no is required'],
    [['--body-kind', 'generic', '--expected', '10', '--present', '5', ...votes, '--fraction', '3/4'], '--fraction must be one of 1/2, 2/3, not "3/4"'],
    [['--body-kind', 'generic', '--expected', '10', '--present', '5', ...votes, '--base', 'voters'], '--base must be one of all, present, cast, not "voters"'],
    [['--body-kind', 'senate', '--expected', '10', '--present', '5', ...votes], 'unknown body kind "senate"; one of people-congress, cppcc, standing-committee, generic'],
  ];
  for (const [args, message] of cases) {
    expect(await runCli('tally', ...args)).toEqual({ code: 2, out: '', err: `plenum tally: ${message}\n${usage}` });
  }
});
