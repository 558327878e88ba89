/**
 * The small pieces of wording the sitting's documents share: names joined with 、, a speaker's
 * words without the space between office and name, the report named by an agenda item, a
 * resolution's full title, the ordinal of an agenda step. Pure: no I/O.
 */
import { chineseNumeral } from '../../registry/rules/numerals.js';
import { beijing, type LocalMoment } from './dates.js';
import type { Person, SittingFacts } from '../facts.js';

/** 林晓东、王雨桐、陈立 */
export function joinNames(people: ReadonlyArray<Person | string>): string {
  return people.map((p) => (typeof p === 'string' ? p : p.name)).join('、');
}

/** "常委会主任 林晓东" → "常委会主任林晓东": an office runs into the name in Chinese text. */
export function speakerWords(speaker: string): string {
  return speaker.replace(/\s+/g, '');
}

/** The report an agenda item hears: "听取和审议市人民政府工作报告" → "市人民政府工作报告". */
export function reportOf(title: string): string {
  return title.replace(/^(听取和审议|听取并审议|听取|审议|审查)/, '');
}

/** A resolution's title in full: one beginning 关于 takes the session's name before it. */
export function resolutionTitle(sessionFull: string, title: string): string {
  return title.startsWith('关于') ? `${sessionFull}${title}` : title;
}

/** 一、 二、 … for the n-th step. */
export function stepNumber(n: number): string {
  return `${chineseNumeral(n)}、`;
}

/** 第一项 */
export function stepWord(n: number): string {
  return `第${chineseNumeral(n)}项`;
}

/** The sitting's day and hour on Beijing time: its start, else when the figures were counted. */
export function sittingMoment(f: Pick<SittingFacts, 'meeting' | 'countedAt'>): LocalMoment {
  return beijing(f.meeting.startsAt ?? f.countedAt);
}

/** 代表 or 委员 as the members are addressed: 各位代表 / 各位委员. */
export function addressOf(kind: SittingFacts['body']['kind']): string {
  return kind === 'people-congress' ? '各位代表' : kind === 'generic' ? '各位成员' : '各位委员';
}
