/** The sentences of the sitting's documents, exactly, from a fixed set of facts (no store). */
import { describe, expect, it } from 'vitest';
import { tally } from '../voting/rules/threshold.js';
import { quorumVerdict } from '../attendance/rules/quorum.js';
import type { SittingFacts } from './facts.js';
import { newsRelease, presidingSentence } from './newsRelease.js';
import { presidingScript } from './presidingScript.js';
import { bulletin } from './bulletin.js';
import { resolutions } from './resolutions.js';
import type { Block } from './document.js';

const texts = (blocks: Block[]) => blocks.map((b) => (b.kind === 'heading' || b.kind === 'paragraph' ? b.text : b.kind === 'signature' ? b.lines.join('/') : `[table ${b.rows.length}]`));

function facts(over: Partial<SittingFacts> = {}): SittingFacts {
  const result = tally('people-congress', { expected: 523, present: 500, yes: 480, no: 5, abstain: 10 });
  return {
    body: { kind: 'people-congress', name: '云州市人民代表大会', region: '云州市' },
    session: { full: '云州市第十六届人民代表大会第三次会议', short: '十六届人大三次会议' },
    meeting: { id: 6, ordinal: 6, kind: 'closing', title: '闭幕会', startsAt: '2025-01-12T09:00:00+08:00', venue: '云州市人民会堂' },
    countedAt: new Date('2025-01-12T01:05:00Z'),
    attendance: { expected: 523, present: 500, met: true, sentence: quorumVerdict('people-congress', 523, 500).sentence },
    presiding: {
      presider: { name: '林晓东', title: '常委会主任' },
      standingChair: { name: '林晓东', title: '常委会主任' },
      executiveChairs: [
        { name: '林晓东', title: '常委会主任' },
        { name: '赵一鸣', title: '常委会副主任' },
        { name: '王雨桐', title: '常委会副主任' },
        { name: '陈立', title: '常委会副主任' },
      ],
    },
    rostrum: [
      [{ name: '高远', title: '市委书记' }, { name: '林晓东', title: '常委会主任' }],
      [{ name: '王雨桐', title: null }, { name: '陈立', title: null }],
    ],
    agenda: [
      { ordinal: 1, kind: 'report', title: '听取和审议市人民政府工作报告', speaker: '市人民政府市长 周明', stageTitle: null, motions: [], elections: [] },
      {
        ordinal: 2,
        kind: 'vote',
        title: '表决关于市人民政府工作报告的决议',
        speaker: null,
        stageTitle: null,
        motions: [{ id: 1, title: '关于市人民政府工作报告的决议', kind: 'recorded', status: 'closed', result, text: '会议同意市人民政府工作报告。\n会议号召全市人民团结奋斗。' }],
        elections: [],
      },
      { ordinal: 3, kind: 'vote', title: '表决关于预算的决议', speaker: null, stageTitle: null, motions: [{ id: 2, title: '关于预算的决议', kind: 'secret', status: 'draft', result: null, text: null }], elections: [] },
      { ordinal: 4, kind: 'speech', title: '闭幕讲话', speaker: '常委会主任 林晓东', stageTitle: null, motions: [], elections: [] },
    ],
    otherMotions: [],
    attendees: [
      { role: 'nonvoting', who: '市人民政府组成人员', count: 30, stageTitle: null },
      { role: 'nonvoting', who: '中国人民政治协商会议云州市委员会委员', count: 446, stageTitle: '第二阶段' },
      { role: 'invited', who: '市人大常委会原主任钟楚云', count: 1, stageTitle: null },
    ],
    ...over,
  };
}

describe('the news release', () => {
  it('states the sitting, attendance, presiding in stroke order, the rostrum, the votes and the attendees', () => {
    const doc = newsRelease(facts());
    expect(doc.title).toBe('云州市第十六届人民代表大会第三次会议\n举行闭幕会');
    expect(doc.subtitle).toBe('（2025年1月12日）');
    expect(texts(doc.blocks)).toEqual([
      '云州讯　1月12日上午，云州市第十六届人民代表大会第三次会议在云州市人民会堂举行闭幕会。本次大会应到代表523人，实到500人，符合法定人数。',
      '大会执行主席林晓东主持会议。担任本次会议执行主席的还有：王雨桐、陈立、赵一鸣（以姓氏笔画为序）。',
      '在主席台前排就座的有高远、林晓东；在主席台就座的还有王雨桐、陈立。',
      '会议听取了市人民政府市长周明所作的市人民政府工作报告。',
      '会议表决通过了关于市人民政府工作报告的决议，赞成480票，反对5票，弃权10票。',
      '常委会主任林晓东作闭幕讲话。',
      '市人民政府组成人员列席会议。中国人民政治协商会议云州市委员会委员列席第二阶段会议。市人大常委会原主任钟楚云应邀出席会议。',
    ]);
  });

  it('words the consultative conference quorum its own way and omits a rostrum not seated', () => {
    const cppcc = facts({
      body: { kind: 'cppcc', name: '中国人民政治协商会议云州市委员会', region: '云州市' },
      attendance: { expected: 446, present: 427, met: true, sentence: quorumVerdict('cppcc', 446, 427).sentence },
      rostrum: [],
      agenda: [],
      attendees: [],
    });
    expect(texts(newsRelease(cppcc).blocks)).toEqual([
      '云州讯　1月12日上午，云州市第十六届人民代表大会第三次会议在云州市人民会堂举行闭幕会。本次大会应到委员446人，实到委员427人，符合《政协章程》规定的有效人数。',
      '大会执行主席林晓东主持会议。担任本次会议执行主席的还有：王雨桐、陈立、赵一鸣（以姓氏笔画为序）。',
    ]);
  });
});

describe('the presiding sentence', () => {
  it('tells the presider from another executive chair of the same name by membership', () => {
    const presider = { name: '王雨桐', title: null, membershipId: 1 };
    const chairs = [presider, { name: '王雨桐', title: null, membershipId: 2 }, { name: '陈立', title: null, membershipId: 3 }];
    expect(presidingSentence({ presiding: { presider, standingChair: null, executiveChairs: chairs } })).toBe('大会执行主席王雨桐主持会议。担任本次会议执行主席的还有：王雨桐、陈立（以姓氏笔画为序）。');
    expect(presidingSentence({ presiding: { presider: null, standingChair: null, executiveChairs: chairs.slice(1) } })).toBe('本次会议执行主席：王雨桐、陈立（以姓氏笔画为序）。');
    const standing = { name: '林晓东', title: null, membershipId: 9 };
    expect(presidingSentence({ presiding: { presider: standing, standingChair: standing, executiveChairs: [] } })).toBe('大会主席团常务主席林晓东主持会议。');
  });
});

describe('the presiding script', () => {
  it('opens with the attendance sentence and 现在开会, reads each step, gives closed results and closes', () => {
    const doc = presidingScript(facts());
    expect(doc.title).toBe('云州市第十六届人民代表大会第三次会议\n闭幕会主持词');
    expect(doc.subtitle).toBe('（2025年1月12日　主持人：林晓东）');
    expect(texts(doc.blocks)).toEqual([
      '各位代表：',
      '云州市第十六届人民代表大会第三次会议闭幕会现在开始。',
      '本次大会应到代表523人，实到500人，符合法定人数。现在开会。',
      '（人数为2025年1月12日9时05分的统计）',
      '本次会议的议程是：第一项，听取和审议市人民政府工作报告；第二项，表决关于市人民政府工作报告的决议；第三项，表决关于预算的决议；第四项，闭幕讲话。',
      '一、听取和审议市人民政府工作报告',
      '现在进行会议第一项议程：听取和审议市人民政府工作报告。请市人民政府市长周明作市人民政府工作报告。',
      '二、表决关于市人民政府工作报告的决议',
      '现在进行会议第二项议程：表决关于市人民政府工作报告的决议。',
      '关于市人民政府工作报告的决议（草案）已经各代表团审议。现在进行表决，请各位代表按表决器进行表决。',
      '表决结果：赞成480票，反对5票，弃权10票，未按表决器5人，通过。',
      '三、表决关于预算的决议',
      '现在进行会议第三项议程：表决关于预算的决议。',
      '关于预算的决议（草案）已经各代表团审议。现在进行表决，请各位代表采用无记名方式，按表决器进行表决。',
      '表决结果：赞成　票，反对　票，弃权　票，未按表决器　人。',
      '四、闭幕讲话',
      '现在进行会议第四项议程：闭幕讲话。请常委会主任林晓东讲话。',
      '五、结束',
      '云州市第十六届人民代表大会第三次会议完成了各项议程。现在我宣布：云州市第十六届人民代表大会第三次会议闭幕。',
    ]);
  });

  it('does not open a sitting short of its quorum', () => {
    const short = facts({ attendance: { expected: 523, present: 300, met: false, sentence: quorumVerdict('people-congress', 523, 300).sentence } });
    expect(texts(presidingScript(short).blocks).slice(1, 3)).toEqual([
      '云州市第十六届人民代表大会第三次会议闭幕会即将开始。',
      '本次大会应到代表523人，实到300人，不足法定人数。请秘书处继续清点人数，待人数符合规定后开会。',
    ]);
  });
});

describe('the bulletin', () => {
  it('carries the issue, the compiling office, the figures and each result', () => {
    const doc = bulletin(facts(), 7);
    expect([doc.title, doc.subtitle]).toEqual(['云州市第十六届人民代表大会第三次会议\n简报', '第7期']);
    expect(texts(doc.blocks)).toEqual([
      '大会秘书处编　　　　2025年1月12日',
      '闭幕会举行',
      '1月12日上午，云州市第十六届人民代表大会第三次会议在云州市人民会堂举行闭幕会。本次大会应到代表523人，实到500人，符合法定人数。',
      '大会执行主席林晓东主持会议。担任本次会议执行主席的还有：王雨桐、陈立、赵一鸣（以姓氏笔画为序）。',
      '在主席台前排就座的有高远、林晓东；在主席台就座的还有王雨桐、陈立。',
      '会议共4项议程，听取报告1项，进行表决1项，通过1项。',
      '（一）表决结果',
      '[table 1]',
      '关于市人民政府工作报告的决议：赞成480票，反对5票，弃权10票，未按表决器5人，通过。',
      '（二）列席人员',
      '市人民政府组成人员30人，中国人民政治协商会议云州市委员会委员（第二阶段）446人，市人大常委会原主任钟楚云1人，共477人。',
    ]);
    expect(bulletin(facts()).subtitle).toBe('第6期');
  });
});

describe('the resolutions', () => {
  it('prints one adopted resolution under its full title with its adoption line', () => {
    const doc = resolutions(facts());
    expect(doc).toEqual({
      title: '云州市第十六届人民代表大会第三次会议关于市人民政府工作报告的决议',
      subtitle: '（2025年1月12日云州市第十六届人民代表大会第三次会议通过）',
      blocks: [
        { kind: 'paragraph', text: '会议同意市人民政府工作报告。' },
        { kind: 'paragraph', text: '会议号召全市人民团结奋斗。' },
      ],
    });
  });

  it('says so when nothing was adopted', () => {
    const doc = resolutions(facts({ agenda: [] }));
    expect(doc.title).toBe('云州市第十六届人民代表大会第三次会议\n闭幕会通过的决议');
    expect(texts(doc.blocks)).toEqual(['尚无通过的决议。']);
  });
});
