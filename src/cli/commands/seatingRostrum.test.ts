import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runCli } from '../testing.js';

const usage = 'Usage: plenum seating rostrum --seats N[,N2,...] [--names FILE] [--convention left-first|right-first]';

it('plenum seating rostrum: rank numbers seen from the audience, one line per row, ranks continuing', async () => {
  expect(await runCli('seating', 'rostrum', '--seats', '7')).toEqual({ code: 0, out: '7 5 3 1 2 4 6', err: '' });
  expect(await runCli('seating', 'rostrum', '--seats', '8')).toEqual({ code: 0, out: '7 5 3 1 2 4 6 8', err: '' });
  expect(await runCli('seating', 'rostrum', '--seats', '7,8,1')).toEqual({ code: 0, out: '7 5 3 1 2 4 6\n14 12 10 8 9 11 13 15\n16', err: '' });
  expect(await runCli('seating', 'rostrum', '--seats', '7', '--convention', 'right-first')).toEqual({ code: 0, out: '6 4 2 1 3 5 7', err: '' });
});

it('plenum seating rostrum --names: the names in their seats', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'rostrum-'));
  const file = join(dir, 'names.txt');
  await writeFile(file, '\uFEFF甲一\r\n乙二\n丙三\n\n丁四\n戊五\n');
  expect(await runCli('seating', 'rostrum', '--seats', '3,2', '--names', file)).toEqual({ code: 0, out: '丙三 甲一 乙二\n丁四 戊五', err: '' });
});

it('plenum seating rostrum: bad input is named, with the usage, exit 2', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'rostrum-'));
  const three = join(dir, 'three.txt');
  await writeFile(three, '甲\n乙\n丙\n');
  const missing = join(dir, 'missing.txt');
  const cases: Array<[string[], string]> = [
    [[], '--seats is required'],
    [['--seats', '0'], '--seats must be whole numbers of seats from 1 to 200, separated by commas, not "0"'],
    [['--seats', 'seven'], '--seats must be whole numbers of seats from 1 to 200, separated by commas, not "seven"'],
    [['--seats', '3,,2'], '--seats must be whole numbers of seats from 1 to 200, separated by commas, not ""'],
    [['--seats', '2.5'], '--seats must be whole numbers of seats from 1 to 200, separated by commas, not "2.5"'],
    [['--seats', '3', '--convention', 'sideways'], 'unknown convention "sideways"; one of left-first, right-first'],
    [['--seats', '4', '--names', three], `the rostrum has 4 seats but "${three}" lists 3 names; give exactly one name per seat`],
    [['--seats', '2', '--names', three], `the rostrum has 2 seats but "${three}" lists 3 names; give exactly one name per seat`],
    [['--seats', '2', '--names', missing], `cannot read the names file "${missing}": ENOENT`],
  ];
  for (const [args, message] of cases) {
    expect(await runCli('seating', 'rostrum', ...args)).toEqual({ code: 2, out: '', err: `plenum seating rostrum: ${message}\n${usage}` });
  }
});
