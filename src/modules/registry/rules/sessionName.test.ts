import { expect, it } from 'vitest';
import { sessionNames } from './sessionName.js';

const city = { region: '云州市', regionEn: 'Yunzhou', name: '', nameEn: '' };

it('names a congress session in full, short and English', () => {
  expect(sessionNames({ ...city, kind: 'people-congress' }, 16, 3)).toEqual({
    full: '云州市第十六届人民代表大会第三次会议',
    short: '十六届人大三次会议',
    en: "Third Session of the 16th Yunzhou People's Congress",
  });
});

it('names a consultative conference session', () => {
  expect(sessionNames({ ...city, kind: 'cppcc' }, 13, 3)).toEqual({
    full: '中国人民政治协商会议云州市第十三届委员会第三次会议',
    short: '十三届政协三次会议',
    en: 'Third Session of the 13th Yunzhou Committee of the CPPCC',
  });
});

it('numbers a standing committee meeting past one hundred', () => {
  expect(sessionNames({ ...city, kind: 'standing-committee' }, 16, 110).full).toBe(
    '云州市第十六届人民代表大会常务委员会第一百一十次会议',
  );
});

it('names a generic body by its own name', () => {
  const s = sessionNames({ kind: 'generic', region: '', regionEn: '', name: '云州大学教职工代表大会', nameEn: 'Yunzhou University Staff Congress' }, 2, 1);
  expect(s.full).toBe('云州大学教职工代表大会第二届第一次会议');
  expect(s.en).toBe('First Session of the 2nd Term of Yunzhou University Staff Congress');
});
