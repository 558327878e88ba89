import { expect, it } from 'vitest';
import { runCliWith } from '../testing.js';

it('plenum names sort: reads names one per line, ignores blanks and (full-width) spaces, prints them in stroke order', async () => {
  const stdin = '  王东明\n\n王毅\u3000\r\n丁仲礼\n   \n\u3000王晨\n';
  expect(await runCliWith({ stdin }, 'names', 'sort')).toEqual({ code: 0, out: '丁仲礼\n王晨\n王毅\n王东明', err: '' });
  expect(await runCliWith({ stdin }, 'names', 'sort', '--no-single-first')).toEqual({ code: 0, out: '丁仲礼\n王东明\n王晨\n王毅', err: '' });
  expect(await runCliWith({ stdin: '' }, 'names', 'sort')).toEqual({ code: 0, out: '', err: '' });
});

it('plenum names sort --by rank: smaller ranks first, equal ranks in stroke order', async () => {
  const stdin = '钱卫\t3\n王英华\t2\n葛文彤\t1\n左小兵\t2\n司马红\t2.5\n';
  expect(await runCliWith({ stdin }, 'names', 'sort', '--by', 'rank')).toEqual({ code: 0, out: '葛文彤\n王英华\n左小兵\n司马红\n钱卫', err: '' });
});

it('plenum names sort: a character with no stroke data is named with its line, exit 2', async () => {
  expect(await runCliWith({ stdin: '王毅\n\n𠮷永林\n' }, 'names', 'sort')).toEqual({
    code: 2,
    out: '',
    err: 'plenum names sort: line 3: “𠮷”（U+20BB7）没有笔画数据，无法按笔画排序“𠮷永林”\nplenum names sort: line 3: No stroke data for "𠮷" (U+20BB7), so "𠮷永林" cannot be sorted by strokes',
  });
});

it('plenum names sort: bad arguments and bad rank lines are named, with the usage, exit 2', async () => {
  const usage = 'Usage: plenum names sort [--by strokes|rank] [--no-single-first] < names.txt';
  expect(await runCliWith({ stdin: '王毅\n' }, 'names', 'sort', '--by', 'age')).toEqual({ code: 2, out: '', err: `plenum names sort: --by must be one of strokes, rank, not "age"\n${usage}` });
  expect(await runCliWith({ stdin: '王毅\t1\n丁仲礼 2\n' }, 'names', 'sort', '--by', 'rank')).toEqual({ code: 2, out: '', err: `plenum names sort: line 2: expected NAME<TAB>RANK, got "丁仲礼 2"\n${usage}` });
  expect(await runCliWith({ stdin: '王毅\tfirst\n' }, 'names', 'sort', '--by', 'rank')).toEqual({ code: 2, out: '', err: `plenum names sort: line 1: the rank of 王毅 must be a number, not "first"\n${usage}` });
});
