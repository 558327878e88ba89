/** The hall screen's election: the office and 选举进行中 while a round is counted; then each candidate's votes and verdict in large type, and the announcement. */
import { useT } from '../shared/i18n.js';
import type { ScreenElection } from './useElectionFeed.js';

const WORDS = {
  'zh-CN': { voting: '选举进行中', round: '第{n}轮', elected: '当选', notElected: '未当选', votes: '票', invalid: '选举无效' },
  en: { voting: 'Election in progress', round: 'Round {n}', elected: 'Elected', notElected: 'Not elected', votes: '', invalid: 'Void' },
} as const;

export function ElectionPanel({ election }: { election: ScreenElection }) {
  const { lang } = useT();
  const w = WORDS[lang];
  const round = election.ordinal > 1 ? ` · ${w.round.replace('{n}', String(election.ordinal))}` : '';
  if (election.open || !election.verdict) {
    return (
      <section className="screen-motion open" data-testid="election">
        <div className="screen-motion-title">{election.office}{round}</div>
        <div className="screen-motion-verdict" data-testid="election-status">{w.voting}</div>
      </section>
    );
  }
  const v = election.verdict;
  return (
    <section className={`screen-motion ${v.valid ? 'passed' : 'failed'}`} data-testid="election">
      <div className="screen-motion-head">
        <span className="screen-motion-title">{election.office}{round}</span>
        {!v.valid && <span className="screen-motion-verdict">{w.invalid}</span>}
      </div>
      <div className="screen-election-lines">
        {v.results.map((l) => (
          <div key={`${l.candidateId ?? 'w'}-${l.name}`} className={`screen-election-line${l.elected ? ' elected' : ''}`} data-testid="election-line">
            <span className="screen-election-name">{l.name}</span>
            <span className="screen-election-votes">{l.votes}{w.votes}</span>
            <span className="screen-election-verdict">{l.elected ? w.elected : w.notElected}</span>
          </div>
        ))}
      </div>
      {election.announcement && <div className="screen-motion-sentence" data-testid="election-announcement">{lang === 'en' ? election.announcement.en : election.announcement.zh}</div>}
    </section>
  );
}
