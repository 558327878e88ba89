/**
 * The presiding script (主持词) of a sitting: what the presider reads, in order. It opens with the
 * attendance sentence in the body's quorum wording (the live count when it is printed) and 现在开会,
 * takes each agenda step as the presider announces it (a report: 请…作…; a vote: the instruction
 * and, once closed, the result sentence; an election: its announcements; a speech), and closes.
 * Pure: built from `SittingFacts`.
 */
import type { Block, Doc } from './document.js';
import type { AgendaFacts, MotionFacts, SittingFacts } from './facts.js';
import { memberNoun } from '../registry/kinds.js';
import { beijing, chineseDate, clockTime } from './rules/dates.js';
import { addressOf, reportOf, sittingMoment, speakerWords, stepNumber, stepWord } from './rules/phrases.js';

export function presidingScript(f: SittingFacts): Doc {
  const counted = beijing(f.countedAt);
  const presider = f.presiding.presider;
  const blocks: Block[] = [
    { kind: 'paragraph', text: `${addressOf(f.body.kind)}：` },
    { kind: 'paragraph', text: `${f.session.full}${f.meeting.title}${f.attendance.met ? '现在开始' : '即将开始'}。` },
    { kind: 'paragraph', text: `${f.attendance.sentence}${f.attendance.met ? '现在开会。' : '请秘书处继续清点人数，待人数符合规定后开会。'}` },
    { kind: 'paragraph', text: `（人数为${chineseDate(counted)}${clockTime(counted)}的统计）`, align: 'right' },
  ];
  if (f.agenda.length > 0) {
    blocks.push({ kind: 'paragraph', text: `本次会议的议程是：${f.agenda.map((a, i) => `${stepWord(i + 1)}，${a.title}`).join('；')}。` });
  }
  for (const [i, item] of f.agenda.entries()) {
    blocks.push({ kind: 'heading', level: 1, text: `${stepNumber(i + 1)}${item.title}` });
    blocks.push(...step(f, item, i + 1));
  }
  for (const motion of f.otherMotions) blocks.push(...voteWords(f, motion));
  blocks.push({ kind: 'heading', level: 1, text: `${stepNumber(f.agenda.length + 1)}结束` });
  blocks.push({ kind: 'paragraph', text: closing(f) });
  return {
    title: `${f.session.full}\n${f.meeting.title}主持词`,
    subtitle: `（${chineseDate(sittingMoment(f))}${presider ? `\u3000主持人：${presider.name}` : ''}）`,
    blocks,
  };
}

/** One agenda step as the presider announces it. */
function step(f: SittingFacts, item: AgendaFacts, n: number): Block[] {
  const p = (text: string): Block => ({ kind: 'paragraph', text });
  const lead = `现在进行会议${stepWord(n)}议程：${item.title}。`;
  const speaker = item.speaker === null ? null : speakerWords(item.speaker);
  switch (item.kind) {
    case 'report':
      return [p(speaker ? `${lead}请${speaker}作${reportOf(item.title)}。` : lead)];
    case 'speech':
      return [p(speaker ? `${lead}请${speaker}${item.title.startsWith('大会发言') ? '发言' : '讲话'}。` : lead)];
    case 'vote':
      return [p(lead), ...(item.motions.length === 0 ? [p('（表决事项尚未设立）')] : item.motions.flatMap((m) => voteWords(f, m)))];
    case 'election':
      return [
        p(lead),
        ...(item.elections.length === 0 ? [p('（选举尚未设立）')] : []),
        ...item.elections.flatMap((e) => (e.announcements.length === 0 ? [p(`${e.office}的选举结果，由总监票人报告后宣布。`)] : e.announcements.map((a) => p(`现在宣布选举结果：${a}`)))),
      ];
    default:
      return [p(lead)];
  }
}

/** A vote's instruction and, once closed, its result sentence as the tally announced it. */
function voteWords(f: SittingFacts, m: MotionFacts): Block[] {
  const noun = memberNoun(f.body.kind).zh;
  const how = m.kind === 'secret' ? '采用无记名方式，按表决器进行表决' : '按表决器进行表决';
  const out: Block[] = [{ kind: 'paragraph', text: `${m.title}（草案）已经各${noun === '代表' ? '代表团' : '小组'}审议。现在进行表决，请各位${noun}${how}。` }];
  out.push({ kind: 'paragraph', text: m.result ? `表决结果：${m.result.sentence}` : '表决结果：赞成\u3000票，反对\u3000票，弃权\u3000票，未按表决器\u3000人。' });
  return out;
}

function closing(f: SittingFacts): string {
  if (f.meeting.kind === 'closing') return `${f.session.full}完成了各项议程。现在我宣布：${f.session.full}闭幕。`;
  return `${f.meeting.title}的议程已全部进行完毕。现在散会。`;
}
