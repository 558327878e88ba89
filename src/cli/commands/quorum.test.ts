import { expect, it } from 'vitest';
import { runCli } from '../testing.js';

it('plenum quorum: the congress of 523 needs 349, and says so at the boundary', async () => {
  expect(await runCli('quorum', '--body-kind', 'people-congress', '--expected', '523', '--present', '349')).toEqual({
    code: 0,
    out: '本次大会应到代表523人，实到349人，符合法定人数。\nQuorum met: 349 present, 349 required of 523 (全体组成人员的三分之二以上; 《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》（2022年修正）第十四条).',
    err: '',
  });
  expect((await runCli('quorum', '--body-kind', 'people-congress', '--expected', '523', '--present', '348')).out.split('\n')[0]).toBe('本次大会应到代表523人，实到348人，不足法定人数。');
});

it('plenum quorum --json: exactly the figures, the rule and the sentence, keys in order', async () => {
  const run = await runCli('quorum', '--body-kind', 'cppcc', '--expected', '446', '--present', '427', '--json');
  expect(run).toEqual({
    code: 0,
    out: '{"expected":446,"present":427,"required":224,"met":true,"rule":"全体组成人员过半数","citation":"《中国人民政治协商会议章程》","sentence":"本次大会应到委员446人，实到委员427人，符合《政协章程》规定的有效人数。"}',
    err: '',
  });
  expect((await runCli('quorum', '--json', '--body-kind', 'cppcc', '--expected', '446', '--present', '223')).out).toBe(
    '{"expected":446,"present":223,"required":224,"met":false,"rule":"全体组成人员过半数","citation":"《中国人民政治协商会议章程》","sentence":"本次大会应到委员446人，实到委员223人，不符合《政协章程》规定的有效人数。"}',
  );
});

it('plenum quorum: bad arguments are named, with the usage, exit 2', async () => {
  const usage = 'Usage: plenum quorum --body-kind KIND --expected N --present M [--json]';
  const cases: Array<[string[], string]> = [
    [['--body-kind', 'senate', '--expected', '10', '--present', '6'], 'unknown body kind "senate"; one of people-congress, cppcc, standing-committee, generic'],
    [['--body-kind', 'generic', '--expected', '10.5', '--present', '6'], '--expected must be a whole number of people, not "10.5"'],
    [['--body-kind', 'generic', '--expected', '10', '--present=-1'], '--present must be a whole number of people, not "-1"'],
    [['--body-kind', 'generic', '--expected', '10', '--present', '11'], '--present 11 is more than --expected 10'],
    [['--body-kind', 'generic', '--present', '1'], '--expected is required'],
    [['--expected', '10', '--present', '1'], '--body-kind is required'],
  ];
  for (const [args, message] of cases) {
    expect(await runCli('quorum', ...args)).toEqual({ code: 2, out: '', err: `plenum quorum: ${message}\n${usage}` });
  }
});
