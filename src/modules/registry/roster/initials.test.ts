import { describe, expect, it } from 'vitest';
import { initialsOf } from './initials.js';

describe('initialsOf', () => {
  it('gives one letter per character', () => {
    expect(initialsOf('王小明')).toBe('wxm');
    expect(initialsOf('欧阳修')).toBe('oyx');
    expect(initialsOf('林峰海')).toBe('lfh');
  });

  it('reads polyphonic surnames as surnames', () => {
    expect(['单雄信', '曾国藩', '解缙', '仇英', '区志航', '查良镛', '尉迟恭'].map(initialsOf)).toEqual(['sxx', 'zgf', 'xj', 'qy', 'ozh', 'zly', 'ycg']);
    // The same character inside a given name keeps its common reading: 曾经 ceng.
    expect(initialsOf('曾曾')).toBe('zc');
  });

  it('drops marks that are no letters and lowercases Latin names', () => {
    expect(initialsOf('买买提·艾力')).toBe('mmtal');
    expect(initialsOf('Anna 李')).toBe('annal');
    expect(initialsOf('')).toBe('');
  });
});
