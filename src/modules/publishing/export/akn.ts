/**
 * A sitting as an Akoma Ntoso 3.0 debate record (OASIS LegalDocML): `meta` (FRBR identification,
 * the parliamentary analysis with the quorum verification and each closed vote's counts, the
 * references), a `preface` with the title and date, and a `debateBody` with the roll call and one
 * `debateSection` per agenda item carrying its votes. Pure: the record is read by `meetingRecord`.
 *
 * A recorded vote names its voters (each count's `refersTo`, each `vote` in the text); a secret
 * vote has its counts only.
 */
import { presentSession } from '../../registry/presenters.js';
import { PresidingRoleWords, type PresidingRole } from '../../meetings/kinds.js';
import type { Motion } from '../../voting/queries.js';
import { Choices, DEFAULT_LABELS, MotionKind, type Choice } from '../../voting/states.js';
import { chineseDate, localDay } from './dates.js';
import { AKN_NS, CONCEPTS, eid, ref, referencesOf } from './aknRefs.js';
import type { MeetingRecord } from './meetingRecord.js';
import type { RecordedVote } from './queries.js';
import { el, xmlDocument, type XmlElement } from './xml.js';

const qty = (concept: string, n: number) => el('quantity', { refersTo: ref(concept), normalized: n }, String(n));

export function aknOf(r: MeetingRecord, exportedAt: Date): string {
  const day = r.meeting.starts_at === null ? exportedAt.toISOString().slice(0, 10) : localDay(r.meeting.starts_at);
  const session = presentSession(r.session, r.term, r.body);
  const persons = new Map<number, string>([...r.presiding.map((p) => [p.person_id, p.name] as const), ...r.votes.map((v) => [v.personId, v.name] as const)]);
  const roles = [...new Set(r.presiding.map((p) => p.role as PresidingRole))];
  const closed = r.motions.filter((m) => m.result !== null);

  const meta = el(
    'meta',
    {},
    identification(r, day, exportedAt),
    el('analysis', { source: ref('plenum') }, el('parliamentary', {}, quorumVerification(r), closed.map((m) => voting(m, r.votes)))),
    referencesOf({ bodyName: r.body.name, bodyId: r.body.id, persons, roles }),
  );
  const preface = el(
    'preface',
    {},
    el('longTitle', { eId: 'longTitle' }, el('p', {}, el('docTitle', {}, `${session.name}${r.meeting.title}`))),
    el('p', {}, el('docDate', { date: day }, chineseDate(day)), r.meeting.venue === null ? null : `\u3000${r.meeting.venue}`),
  );
  const body = el('debateBody', {}, rollCall(r), sections(r));
  return xmlDocument(el('akomaNtoso', { xmlns: AKN_NS }, el('debate', { name: r.meeting.kind }, meta, preface, body)));
}

function identification(r: MeetingRecord, day: string, exportedAt: Date): XmlElement {
  const work = `/akn/cn/debate/${day}/plenum-meeting-${r.meeting.id}`;
  const expression = `${work}/zho@`;
  const exported = exportedAt.toISOString().slice(0, 10);
  return el(
    'identification',
    { source: ref('plenum') },
    el('FRBRWork', {}, el('FRBRthis', { value: `${work}/!main` }), el('FRBRuri', { value: work }), el('FRBRdate', { date: day, name: 'sitting' }), el('FRBRauthor', { href: ref('body') }), el('FRBRcountry', { value: 'cn' }), el('FRBRname', { value: r.meeting.title })),
    el('FRBRExpression', {}, el('FRBRthis', { value: `${expression}/!main` }), el('FRBRuri', { value: expression }), el('FRBRdate', { date: day, name: 'sitting' }), el('FRBRauthor', { href: ref('body') }), el('FRBRlanguage', { language: 'zho' })),
    el('FRBRManifestation', {}, el('FRBRthis', { value: `${expression}/!main.xml` }), el('FRBRuri', { value: `${expression}.akn` }), el('FRBRdate', { date: exported, name: 'export' }), el('FRBRauthor', { href: ref('plenum') }), el('FRBRformat', { value: 'application/akn+xml' })),
  );
}

function quorumVerification(r: MeetingRecord): XmlElement {
  const q = r.counts.quorum;
  return el(
    'quorumVerification',
    { eId: 'quorumVerification', href: ref('rollCall'), outcome: ref(q.met ? 'quorumMet' : 'quorumNotMet') },
    el('quorum', { eId: 'quorumVerification_required', value: q.required }),
    (['expected', 'present', 'leave', 'absent'] as const).map((k) => el('count', { eId: `quorumVerification_${k}`, value: r.counts[k], refersTo: ref(k) })),
  );
}

function voting(m: Motion, votes: RecordedVote[]): XmlElement {
  const t = m.result!;
  const voters = (choice: Choice) => (m.kind === MotionKind.Recorded ? votes.filter((v) => v.motionId === m.id && v.choice === choice).map((v) => ` ${ref(eid.person(v.personId))}`).join('') : '');
  return el(
    'voting',
    { eId: eid.voting(m.id), href: ref(sectionOf(m)), outcome: ref(t.passed ? 'adopted' : 'rejected') },
    el('quorum', { eId: eid.required(m.id), value: t.required }),
    Choices.map((c) => el('count', { eId: eid.count(m.id, c), value: t[c], refersTo: `${ref(c)}${voters(c)}` })),
    el('count', { eId: eid.count(m.id, 'notVoted'), value: t.notVoted, refersTo: ref('notVoted') }),
  );
}

const sectionOf = (m: Motion) => eid.section(m.agendaItemId ?? 'votes');

function rollCall(r: MeetingRecord): XmlElement {
  const c = r.counts;
  const lines = (role: PresidingRole) => {
    const holders = r.presiding.filter((p) => p.role === role);
    if (holders.length === 0) return null;
    const people = holders.flatMap((p, i) => [...(i > 0 ? ['、'] : []), el('person', { refersTo: ref(eid.person(p.person_id)), as: ref(role) }, p.name)]);
    return el('p', {}, `${PresidingRoleWords[role].zh}：`, people);
  };
  return el(
    'rollCall',
    { eId: 'rollCall' },
    el('heading', {}, '出席情况'),
    el('p', {}, '应到', qty('expected', c.expected), '人，实到', qty('present', c.present), '人，请假', qty('leave', c.leave), '人，缺席', qty('absent', c.absent), '人。'),
    el('p', {}, `法定人数：${c.quorum.rule}（${c.quorum.citation}），须到${c.quorum.required}人。${c.quorum.sentence}`),
    c.attendees.total > 0 ? el('p', {}, `${CONCEPTS.attendees}`, qty('attendees', c.attendees.total), '人。') : null,
    (['presider', 'standing-chair', 'executive-chair'] as const).map(lines),
  );
}

function sections(r: MeetingRecord): XmlElement[] {
  const out = r.agenda.map((item) =>
    el(
      'debateSection',
      { name: item.kind, eId: eid.section(item.id) },
      el('heading', {}, item.title),
      item.speaker === null ? null : el('p', {}, `报告人：${item.speaker}`),
      r.motions.filter((m) => m.agendaItemId === item.id).map((m) => motionLines(m, r.votes)),
    ),
  );
  const loose = r.motions.filter((m) => m.agendaItemId === null);
  if (loose.length > 0) out.push(el('debateSection', { name: 'votes', eId: eid.section('votes') }, el('heading', {}, '表决事项'), loose.map((m) => motionLines(m, r.votes))));
  return out;
}

function motionLines(m: Motion, votes: RecordedVote[]): XmlElement[] {
  const how = m.kind === MotionKind.Recorded ? '记名表决' : '无记名表决';
  const lines = [el('p', {}, `${m.title}（${how}）`)];
  if (m.result === null) return [...lines, el('p', {}, '表决尚未结束。')];
  lines.push(el('p', {}, el('outcome', {}, m.result.sentence)));
  if (m.kind !== MotionKind.Recorded) return lines;
  for (const choice of Choices) {
    const who = votes.filter((v) => v.motionId === m.id && v.choice === choice);
    if (who.length === 0) continue;
    const names = who.flatMap((v, i) => [...(i > 0 ? ['、'] : []), el('vote', { by: ref(eid.person(v.personId)), choice: ref(eid.count(m.id, choice)) }, v.name)]);
    lines.push(el('p', { class: `votes-${choice}` }, `${m.options[choice] ?? DEFAULT_LABELS[choice]}：`, names));
  }
  return lines;
}
