/**
 * The pinyin initials of a name, for the check-in desk's search (王小明 → wxm). The first
 * character is read as a surname, so polyphonic surnames come out as names are read: 单 shan,
 * 曾 zeng, 解 xie, 仇 qiu, 区 ou, 查 zha. The readings come from pinyin-pro, a maintained library,
 * rather than a table of our own.
 */
import { pinyin } from 'pinyin-pro';

/**
 * Lowercase initials, one letter per character that has one; other marks (the middle dot of
 * 买买提·艾力, spaces) are dropped. Letters of a Latin name are kept as they are, lowercased.
 * @example initialsOf('曾小明') === 'zxm'
 */
export function initialsOf(name: string): string {
  const letters = pinyin(name, { pattern: 'first', toneType: 'none', surname: 'head', type: 'array' });
  return letters.join('').toLowerCase().replace(/[^a-z]/g, '');
}
