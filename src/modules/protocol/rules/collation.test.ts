import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mulberry32 } from '../../../demo/prng.js';
import { collationKey, compareNames, hasStrokeData, missingCharacter, MissingStrokeData, sortNames, strokeCount } from './collation.js';

/** A seeded shuffle, so a failure shows the same input again. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const rng = mulberry32(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * Real lists published in stroke order, copied as published (annotations such as （女） and
 * （满族） left out). Each is shuffled several ways and must sort back exactly.
 */
const PUBLISHED: Array<{ source: string; names: string[] }> = [
  {
    // 政协北京市第十三届委员会第四次会议选举的常务委员，in the order announced: 北京日报, reprinted
    // by 通州时讯 2021-01-26, http://kanbao.dayuntongzhou.com/Html/2021-01-26/3228.html
    source: '政协北京市第十三届委员会常务委员（2021年增选）',
    names: '王英华 王金山 左小兵 司马红 刘振刚 严卫群 汪先永 张振军 罗瀛 郑登文 赵玉金 赵红伟 钟百利 钱卫 葛文彤 滕盛萍'.split(' '),
  },
  {
    // 政协第十三届广东省委员会委员中的澳门人士，"以简体姓氏笔划为序": 澳门日报 2023-01-08,
    // http://macaodaily.com/html/2023-01/08/content_1646640.htm (published in traditional
    // characters, ordered by the simplified forms; written here in the simplified forms).
    source: '政协第十三届广东省委员会委员（澳门人士）',
    names: '马志达 卢晓翩 刘良 刘智龙 许乐敏 李大万 李从正 李居仁 杨崇蔚 陈少清 陈美仪 陈铁浩 陈家良 林志成 林燕妮 郑伟聪 郑安庭 柯海帆 黄灿文 黄家伦 龚志明 崔志涛 梁颂衍 梁智浩 梁嘉宝 廖力嘉 黎鸣山 戴华浩'.split(' '),
  },
  {
    // 全国政协十二届二次会议体育界委员，in the order of the CPPCC list: 人民网 2014-03-03,
    // http://sports.people.com.cn/BIG5/n/2014/0303/c22155-24515035.html (simplified forms).
    source: '政协第十二届全国委员会体育界委员',
    names: '马继龙 王勇峰 王恋英 卞志良 刘翔 刘敬民 李永波 李国平 杨桦 杨静之 吴侔天 邹凯 陈立人 周继红 胡扬 段世杰 姚明 姚滨 钱利民 黄玉斌 韩爱萍'.split(' '),
  },
];

describe('stroke collation of names (GB13000.1 笔画序)', () => {
  for (const list of PUBLISHED) {
    it(`sorts the published list back: ${list.source}`, () => {
      for (const seed of [1, 2, 3, 4, 5]) expect(sortNames(shuffled(list.names, seed))).toEqual(list.names);
      expect(sortNames([...list.names].reverse())).toEqual(list.names);
    });
  }

  it('orders characters by stroke count, then by the five classes 横 竖 撇 点 折 position by position', () => {
    expect(sortNames(['王', '丁', '乙', '干', '土', '口', '山'])).toEqual(['乙', '丁', '干', '土', '口', '山', '王']);
    // 4 strokes: 王 starts 横, 中 竖, 手 撇, 文 点, 孔 折.
    expect(sortNames(['孔', '文', '手', '中', '王'])).toEqual(['王', '中', '手', '文', '孔']);
    expect([strokeCount('王'), strokeCount('戴'), strokeCount('𠮷')]).toEqual([4, 17, undefined]);
  });

  it('orders identical five-class sequences by the finer shapes, then by code point', () => {
    // 干 横横竖 before 于 横横竖钩: the main form before its variant.
    expect(sortNames(['于', '干'])).toEqual(['干', '于']);
    // 己 已 巳 share every stroke: code point order U+5DF1 < U+5DF2 < U+5DF3; likewise 田/由, 甲/申, 未/末.
    expect(sortNames(['巳', '已', '己'])).toEqual(['己', '已', '巳']);
    // 未 末 (横横竖撇捺) first; 甲 申 (竖横折横横竖) before 田 由 (竖横折横竖横) at the fourth stroke.
    expect(sortNames(['由', '田', '申', '甲', '末', '未'])).toEqual(['未', '末', '甲', '申', '田', '由']);
    expect(compareNames('田', '由')).toBeLessThan(0);
  });

  it('puts a one-character given name first within a surname, unless turned off', () => {
    expect(sortNames(['王东明', '王毅', '丁仲礼', '王晨'])).toEqual(['丁仲礼', '王晨', '王毅', '王东明']);
    expect(sortNames(['王东明', '王毅', '丁仲礼', '王晨'], { singleFirst: false })).toEqual(['丁仲礼', '王东明', '王晨', '王毅']);
    expect(compareNames('刘翔', '刘敬民')).toBeLessThan(0);
    expect(compareNames('刘翔', '刘敬民', { singleFirst: false })).toBeGreaterThan(0);
  });

  it('ignores surrounding spaces and the separators of transcribed names', () => {
    expect(collationKey(' 艾力更·依明巴海\u3000')).toBe(collationKey('艾力更依明巴海'));
    expect(sortNames(['吉狄马加', '吉炳轩', '艾力更·依明巴海'])).toEqual(['艾力更·依明巴海', '吉狄马加', '吉炳轩']);
  });

  it('names the character with no stroke data', () => {
    expect(() => compareNames('𠮷永林', '王毅')).toThrow(MissingStrokeData);
    expect(() => sortNames(['王毅', 'Li Wei'])).toThrow('“L”（U+004C）没有笔画数据，无法按笔画排序“Li Wei” / No stroke data for "L" (U+004C), so "Li Wei" cannot be sorted by strokes');
    expect([missingCharacter('𠮷永林'), missingCharacter('艾力更·依明巴海'), hasStrokeData('王')]).toEqual(['𠮷', undefined, true]);
  });

  it('sortNames agrees with compareNames and is stable, for any names the table covers', () => {
    const chars = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾于干田由己已巳未末一乙丁'];
    const name = fc.array(fc.constantFrom(...chars), { minLength: 1, maxLength: 6 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.array(fc.oneof(name, name.map((n) => `${n}·${n}`)), { maxLength: 60 }), fc.boolean(), (names, singleFirst) => {
        const expected = names
          .map((n, i) => ({ n, i }))
          .sort((a, b) => compareNames(a.n, b.n, { singleFirst }) || a.i - b.i)
          .map((x) => x.n);
        expect(sortNames(names, { singleFirst })).toEqual(expected);
      }),
    );
  });
});

describe('the compiled stroke table', () => {
  it('is up to date with cnchar-order and strokeOverrides.txt', () => {
    const script = fileURLToPath(new URL('../../../../scripts/generateStrokeTable.mjs', import.meta.url));
    expect(execFileSync(process.execPath, [script, '--check'], { encoding: 'utf8' })).toBe('strokeTable.generated.ts is up to date\n');
  });
});
