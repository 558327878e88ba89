/**
 * Synthetic Chinese personal names for demo rosters: a common surname (now and then a compound
 * one such as 欧阳), then a one- or two-character given name. Surnames are drawn by how common
 * they are, so many members share one and a stroke-ordered list has realistic ties. Names of
 * well-known public figures are never produced.
 */
import type { Rng } from './prng.js';

/** Common surnames with a rough weight (share of the population, per mille). */
const SURNAMES: readonly (readonly [string, number])[] = [
  ['王', 72], ['李', 71], ['张', 68], ['刘', 53], ['陈', 45], ['杨', 31], ['黄', 22], ['赵', 20], ['吴', 20], ['周', 19],
  ['徐', 13], ['孙', 12], ['马', 12], ['朱', 11], ['胡', 10], ['郭', 10], ['何', 9], ['林', 9], ['高', 9], ['罗', 8],
  ['郑', 8], ['梁', 7], ['谢', 6], ['宋', 6], ['唐', 6], ['许', 5], ['韩', 5], ['邓', 5], ['冯', 5], ['曹', 5],
  ['彭', 5], ['曾', 5], ['肖', 5], ['田', 4], ['董', 4], ['潘', 4], ['袁', 4], ['蔡', 4], ['蒋', 4], ['余', 4],
  ['于', 4], ['杜', 4], ['叶', 4], ['程', 4], ['魏', 3], ['苏', 3], ['吕', 3], ['丁', 3], ['任', 3], ['卢', 3],
  ['姚', 3], ['沈', 3], ['钟', 3], ['姜', 3], ['崔', 3], ['谭', 3], ['陆', 3], ['范', 3], ['汪', 3], ['廖', 3],
  ['石', 3], ['金', 3], ['韦', 2], ['贾', 2], ['夏', 2], ['付', 2], ['方', 2], ['邹', 2], ['熊', 2], ['白', 2],
  ['孟', 2], ['秦', 2], ['邱', 2], ['侯', 2], ['江', 2], ['尹', 2], ['薛', 2], ['闫', 2], ['段', 2], ['雷', 2],
  ['龙', 2], ['黎', 2], ['史', 2], ['陶', 2], ['贺', 2], ['毛', 2], ['郝', 2], ['顾', 2], ['龚', 2], ['邵', 2],
  ['万', 1], ['覃', 1], ['武', 1], ['钱', 1], ['戴', 1], ['严', 1], ['莫', 1], ['孔', 1], ['向', 1], ['常', 1],
  ['汤', 1], ['康', 1], ['易', 1], ['乔', 1], ['赖', 1], ['文', 1], ['施', 1], ['洪', 1], ['辛', 1], ['柯', 1],
  ['庄', 1], ['左', 1], ['裴', 1], ['卞', 1], ['丰', 1], ['卜', 1], ['牛', 1], ['宁', 1], ['凌', 1], ['聂', 1],
];

/** Compound surnames, drawn for about one name in a hundred. */
const COMPOUND_SURNAMES = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '慕容'] as const;

const GIVEN_MALE = [...'伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宁建国峰林海东文志宏俊春晓龙亮坚毅德振兴成卫庆新晨宇浩凯忠山江锋彬旭睿哲翔铭岩松柏远'];
const GIVEN_FEMALE = [...'芳娜敏静丽艳娟霞秀玲燕红梅琳洁婷雪慧颖倩琴云莉兰萍玉佳欣蕾薇怡晶月瑶菲婧嘉璐丹蓉莹虹岚娅'];
const GIVEN_NEUTRAL = [...'晓文子思一嘉安宁清雨佳永立春秋晨阳志'];

/**
 * Names of national leaders and other well-known public figures, past and present, that random
 * draws could otherwise produce (李强 is 李 + 强). The generator skips them.
 */
export const RESERVED_NAMES: ReadonlySet<string> = new Set([
  '毛泽东', '周恩来', '刘少奇', '朱德', '邓小平', '陈云', '华国锋', '胡耀邦', '赵紫阳', '杨尚昆', '李先念', '叶剑英',
  '彭真', '万里', '乔石', '李鹏', '江泽民', '朱镕基', '李瑞环', '李岚清', '尉健行', '胡锦涛', '吴邦国', '温家宝',
  '贾庆林', '曾庆红', '吴官正', '李长春', '罗干', '习近平', '李克强', '张德江', '俞正声', '刘云山', '王岐山', '张高丽',
  '栗战书', '汪洋', '王沪宁', '赵乐际', '韩正', '李强', '蔡奇', '丁薛祥', '李希', '王毅', '何立峰', '张国清',
  '刘国中', '王小洪', '吴政隆', '谌贻琴', '秦刚', '王勇', '陈吉宁', '李鸿忠', '何卫东', '马兴瑞', '石泰峰', '陈文清',
  '陈敏尔', '袁家军', '黄坤明', '张又侠', '尹力', '李干杰', '李书磊', '刘金国', '王东明', '肖捷', '郑建邦', '丁仲礼',
  '郝明金', '蔡达峰', '何维', '武维华', '铁凝', '彭清华', '张庆黎', '胡春华', '孙春兰', '杨洁篪', '郭声琨', '刘鹤',
  '许其亮', '张春贤', '王晨', '陈希', '张军', '应勇', '王刚', '回良玉', '刘淇', '王兆国', '贺国强', '周永康',
  '薄熙来', '令计划', '孙政才', '王乐泉', '张立昌', '孟建柱', '范长龙', '李源潮', '汪东兴', '纪登奎',
  '吴德', '陈锡联', '宋平', '姚依林', '田纪云', '李铁映', '秦基伟', '迟浩田', '张万年', '曹刚川', '郭伯雄', '徐才厚',
  '王震', '杨得志', '李德生', '聂荣臻', '刘伯承', '贺龙', '陈毅', '林彪', '彭德怀', '宋庆龄', '董必武', '李大钊',
  '鲁迅', '雷锋', '钱学森', '袁隆平', '屠呦呦', '莫言', '姚明', '刘翔', '李娜', '郎平', '成龙', '李连杰',
]);

export type Gender = '男' | '女';

export interface NameDraw {
  name: string;
  surname: string;
  given: string;
}

/** One synthetic name; `taken` holds names already used in the roster, which are not drawn again. */
export function drawName(rng: Rng, gender: Gender, taken: ReadonlySet<string>): NameDraw {
  for (;;) {
    const surname = rng.chance(0.012) ? rng.pick(COMPOUND_SURNAMES) : rng.weighted(SURNAMES);
    // Compound surnames are long enough already: their given names are one or two characters too.
    const length = rng.chance(0.25) ? 1 : 2;
    let given = '';
    while (given.length < length) {
      // Characters such as 晓 and 思 lead a given name (晓东, 思雨) rather than end it.
      const lead = given.length === 0 && length === 2;
      const pool = lead && rng.chance(0.3) ? GIVEN_NEUTRAL : gender === '男' ? GIVEN_MALE : GIVEN_FEMALE;
      const c = rng.pick(pool);
      if (!given.includes(c) && c !== surname) given += c;
    }
    const name = surname + given;
    if (!taken.has(name) && !RESERVED_NAMES.has(name)) return { name, surname, given };
  }
}
