/**
 * The names of a session, built from its body and ordinals the way the bodies title them:
 *   people's congress  云州市第十六届人民代表大会第三次会议 · 十六届人大三次会议
 *   consultative conf. 中国人民政治协商会议云州市第十三届委员会第三次会议 · 十三届政协三次会议
 *   standing committee 云州市第十六届人民代表大会常务委员会第二十次会议 · 十六届人大常委会二十次会议
 * A standing committee's sittings are numbered "meetings" (次会议) within the term, like sessions.
 */
import type { BodyKind } from '../kinds.js';
import { chineseNumeral as zh, englishOrdinal, englishOrdinalWord } from './numerals.js';

export interface NamedBody {
  kind: BodyKind;
  /** 云州市 */
  region: string;
  /** Yunzhou */
  regionEn: string;
  /** The body's own name, used for generic bodies: 云州大学学术委员会 */
  name: string;
  nameEn: string;
}

export interface SessionNames {
  /** 云州市第十六届人民代表大会第三次会议 */
  full: string;
  /** 十六届人大三次会议 */
  short: string;
  /** Third Session of the 16th Yunzhou Municipal People's Congress */
  en: string;
}

export function sessionNames(body: NamedBody, term: number, session: number): SessionNames {
  const T = zh(term);
  const S = zh(session);
  switch (body.kind) {
    case 'people-congress':
      return {
        full: `${body.region}第${T}届人民代表大会第${S}次会议`,
        short: `${T}届人大${S}次会议`,
        en: `${englishOrdinalWord(session)} Session of the ${englishOrdinal(term)} ${body.regionEn} People's Congress`,
      };
    case 'cppcc':
      return {
        full: `中国人民政治协商会议${body.region}第${T}届委员会第${S}次会议`,
        short: `${T}届政协${S}次会议`,
        en: `${englishOrdinalWord(session)} Session of the ${englishOrdinal(term)} ${body.regionEn} Committee of the CPPCC`,
      };
    case 'standing-committee':
      return {
        full: `${body.region}第${T}届人民代表大会常务委员会第${S}次会议`,
        short: `${T}届人大常委会${S}次会议`,
        en: `${englishOrdinal(session)} Meeting of the Standing Committee of the ${englishOrdinal(term)} ${body.regionEn} People's Congress`,
      };
    case 'generic':
      return {
        full: `${body.name}第${T}届第${S}次会议`,
        short: `${T}届${S}次会议`,
        en: `${englishOrdinalWord(session)} Session of the ${englishOrdinal(term)} Term of ${body.nameEn}`,
      };
  }
}

/** 第十六届 / 16th term */
export function termNames(term: number): { zh: string; en: string } {
  return { zh: `第${zh(term)}届`, en: `${englishOrdinal(term)} term` };
}
