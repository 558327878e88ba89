/**
 * The news release (新闻通稿) of a sitting, as the secretariat sends it out the same day: headline,
 * dateline, the attendance sentence in the body's quorum wording, who presided (the presider first,
 * the other executive chairs 以姓氏笔画为序), who sat on the rostrum row by row in protocol order
 * with the front row named as such, the agenda carried through (reports heard, resolutions adopted
 * with their votes, elections, speeches) and the non-voting attendees.
 * Pure: built from `SittingFacts`.
 */
import type { Block, Doc } from './document.js';
import { samePerson, type AgendaFacts, type AttendeeFacts, type MotionFacts, type SittingFacts } from './facts.js';
import { sortNames } from '../protocol/rules/collation.js';
import { OrderStatements } from '../protocol/rules/protocolOrder.js';
import { votesPhrase } from '../voting/rules/threshold.js';
import { chineseDate, monthDay, partOfDay } from './rules/dates.js';
import { joinNames, reportOf, sittingMoment, speakerWords } from './rules/phrases.js';

export function newsRelease(f: SittingFacts): Doc {
  const when = sittingMoment(f);
  const p = (text: string): Block => ({ kind: 'paragraph', text });
  const dateline = `${f.body.region.replace(/市$/, '')}讯`;
  const venue = f.meeting.venue ? `在${f.meeting.venue}` : '';
  const blocks: Block[] = [p(`${dateline}\u3000${monthDay(when)}${partOfDay(when)}，${f.session.full}${venue}举行${f.meeting.title}。${f.attendance.sentence}`)];
  const chairs = presidingSentence(f);
  if (chairs) blocks.push(p(chairs));
  const rostrum = rostrumSentence(f);
  if (rostrum) blocks.push(p(rostrum));
  const done = [...f.agenda.flatMap(agendaSentences), ...f.otherMotions.flatMap((m) => motionSentence(m))];
  if (done.length > 0) blocks.push(...done.map(p));
  const attendees = attendeeSentence(f.attendees);
  if (attendees) blocks.push(p(attendees));
  return {
    title: `${f.session.full}\n举行${f.meeting.title}`,
    subtitle: `（${chineseDate(when)}）`,
    blocks,
  };
}

/**
 * 大会执行主席林晓东主持会议。担任本次会议执行主席的还有：王雨桐、陈立（以姓氏笔画为序）。
 * The presider is named with the role they hold (executive chair, else the presidium's standing
 * chair); the other executive chairs follow in stroke order (collation.ts).
 */
export function presidingSentence(f: Pick<SittingFacts, 'presiding'>): string | null {
  const { presider, standingChair, executiveChairs } = f.presiding;
  const others = executiveChairs.filter((c) => !presider || !samePerson(c, presider));
  const parts: string[] = [];
  if (presider) {
    const role = executiveChairs.some((c) => samePerson(c, presider)) ? '大会执行主席' : standingChair && samePerson(standingChair, presider) ? '大会主席团常务主席' : '';
    parts.push(`${role}${presider.name}主持会议。`);
  }
  if (others.length > 0) {
    parts.push(`${presider ? '担任本次会议执行主席的还有' : '本次会议执行主席'}：${sortNames(others.map((c) => c.name)).join('、')}（${OrderStatements.strokes.zh}）。`);
  }
  return parts.length > 0 ? parts.join('') : null;
}

/** 在主席台前排就座的有A、B；在主席台就座的还有C、D。 Each row as the secretariat seated it (protocol order). */
export function rostrumSentence(f: Pick<SittingFacts, 'rostrum'>): string | null {
  const [front, ...rest] = f.rostrum;
  if (!front || front.length === 0) return null;
  const behind = rest.flat();
  return `在主席台前排就座的有${joinNames(front)}${behind.length > 0 ? `；在主席台就座的还有${joinNames(behind)}` : ''}。`;
}

function agendaSentences(item: AgendaFacts): string[] {
  const speaker = item.speaker === null ? null : speakerWords(item.speaker);
  switch (item.kind) {
    case 'report':
      return [speaker ? `会议听取了${speaker}所作的${reportOf(item.title)}。` : `会议听取了${reportOf(item.title)}。`];
    case 'deliberation':
      return [`会议${item.title}。`];
    case 'speech':
      return [speaker ? `${speaker}作${item.title.replace(/^大会发言：/, '大会发言，题为')}。` : `会议进行了${item.title}。`];
    case 'vote':
      return item.motions.flatMap(motionSentence);
    case 'election':
      return item.elections.flatMap((e) => e.announcements.map((a) => `会议选举${e.office}。${a}`));
    default:
      return [`会议${item.title}。`];
  }
}

/** 会议表决通过了关于…的决议，赞成480票，反对5票，弃权10票。 Only a closed vote is reported. */
export function motionSentence(m: MotionFacts): string[] {
  if (m.status !== 'closed' || m.result === null) return [];
  return [m.result.passed ? `会议表决通过了${m.title}，${votesPhrase(m.result)}。` : `${m.title}未获通过，${votesPhrase(m.result)}。`];
}

/** 市人民政府组成人员等列席会议；…应邀出席会议。 Lines for one stage say so. */
export function attendeeSentence(lines: AttendeeFacts[]): string | null {
  const sentences: string[] = [];
  const verbs: Record<AttendeeFacts['role'], string> = { nonvoting: '列席', invited: '应邀出席', observer: '旁听' };
  for (const role of ['nonvoting', 'invited', 'observer'] as const) {
    const ofRole = lines.filter((l) => l.role === role);
    const whole = ofRole.filter((l) => l.stageTitle === null);
    if (whole.length > 0) sentences.push(`${whole.map((l) => l.who).join('、')}${verbs[role]}会议。`);
    const stages = [...new Set(ofRole.filter((l) => l.stageTitle !== null).map((l) => l.stageTitle!))];
    for (const stage of stages) sentences.push(`${ofRole.filter((l) => l.stageTitle === stage).map((l) => l.who).join('、')}${verbs[role]}${stage}会议。`);
  }
  return sentences.length > 0 ? sentences.join('') : null;
}
