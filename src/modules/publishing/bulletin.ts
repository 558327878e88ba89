/**
 * The meeting bulletin (简报) of a sitting: the session's name and 简报 as the masthead, the issue
 * number (the meeting's place in the session unless given), the compiling office and date, then
 * the sitting in summary with its figures: attendance against the quorum, who presided, what the
 * agenda carried, each vote's result sentence and the non-voting attendees by head count.
 * Pure: built from `SittingFacts`.
 */
import type { Block, Doc } from './document.js';
import type { SittingFacts } from './facts.js';
import { chineseDate, partOfDay, monthDay } from './rules/dates.js';
import { sittingMoment } from './rules/phrases.js';
import { presidingSentence, rostrumSentence } from './newsRelease.js';

/** Who compiles the bulletin. */
export const COMPILED_BY = '大会秘书处编';

export function bulletin(f: SittingFacts, issue = f.meeting.ordinal): Doc {
  const when = sittingMoment(f);
  const p = (text: string): Block => ({ kind: 'paragraph', text });
  const votes = [...f.agenda.flatMap((a) => a.motions), ...f.otherMotions];
  const closed = votes.filter((m) => m.status === 'closed' && m.result !== null);
  const adopted = closed.filter((m) => m.result!.passed);
  const reports = f.agenda.filter((a) => a.kind === 'report').length;
  const attendees = f.attendees.reduce((n, a) => n + a.count, 0);
  const blocks: Block[] = [
    { kind: 'paragraph', text: `${COMPILED_BY}\u3000\u3000\u3000\u3000${chineseDate(when)}`, align: 'center' },
    { kind: 'heading', level: 1, text: `${f.meeting.title}举行` },
    p(`${monthDay(when)}${partOfDay(when)}，${f.session.full}${f.meeting.venue ? `在${f.meeting.venue}` : ''}举行${f.meeting.title}。${f.attendance.sentence}`),
  ];
  const chairs = presidingSentence(f);
  if (chairs) blocks.push(p(chairs));
  const rostrum = rostrumSentence(f);
  if (rostrum) blocks.push(p(rostrum));
  blocks.push(p(`会议共${f.agenda.length}项议程，听取报告${reports}项，进行表决${closed.length}项，通过${adopted.length}项。`));
  if (closed.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: '（一）表决结果' });
    blocks.push({ kind: 'table', header: ['表决事项', '赞成', '反对', '弃权', '未按表决器', '结果'], rows: closed.map((m) => [m.title, `${m.result!.yes}`, `${m.result!.no}`, `${m.result!.abstain}`, `${m.result!.notVoted}`, m.result!.passed ? '通过' : '未通过']) });
    for (const m of closed) blocks.push(p(`${m.title}：${m.result!.sentence}`));
  }
  if (attendees > 0) {
    blocks.push({ kind: 'heading', level: 2, text: `（${closed.length > 0 ? '二' : '一'}）列席人员` });
    blocks.push(p(`${f.attendees.map((a) => `${a.who}${a.stageTitle ? `（${a.stageTitle}）` : ''}${a.count}人`).join('，')}，共${attendees}人。`));
  }
  return { title: `${f.session.full}\n简报`, subtitle: `第${issue}期`, blocks };
}
