/**
 * Issuing pad credentials to chosen members, or to a whole group: a confirmation that says
 * plainly that a new credential revokes the member's earlier one, then one request per member
 * (a few at a time). What was issued goes to the print page; any refusal is listed by name in the
 * server's words.
 */
import { useState } from 'react';
import { Alert, Button, Modal, Progress, Space, Typography } from 'antd';
import { api, errorText } from '../../shared/api.js';
import type { Lang } from '../../shared/i18n.js';
import type { Credential, Group, IssuedCard, Member, MemberPage } from './types.js';
import { useRosterWords } from './words.js';

/** At most this many credential requests in flight at once. */
const PARALLEL = 4;

export interface Refusal {
  member: Member;
  message: string;
}

/** Issues each member's credential, a few at a time; the cards in the members' order and the refusals. */
async function issueAll(members: Member[], lang: Lang, progress: (done: number) => void): Promise<{ cards: IssuedCard[]; refused: Refusal[] }> {
  const results: (IssuedCard | Refusal)[] = new Array(members.length);
  let next = 0;
  let done = 0;
  async function worker() {
    while (next < members.length) {
      const i = next++;
      const member = members[i]!;
      try {
        const credential = await api<Credential>('POST', `/api/memberships/${member.membershipId}/credential`, lang, {});
        results[i] = { member, credential };
      } catch (error) {
        results[i] = { member, message: errorText(error, lang) };
      }
      progress(++done);
    }
  }
  await Promise.all(Array.from({ length: Math.min(PARALLEL, members.length) }, worker));
  return {
    cards: results.filter((r): r is IssuedCard => 'credential' in r),
    refused: results.filter((r): r is Refusal => 'message' in r),
  };
}

/** All of a group's members, every page. */
async function groupMembers(termId: number, group: Group, lang: Lang): Promise<Member[]> {
  const all: Member[] = [];
  for (;;) {
    const page = await api<MemberPage>('GET', `/api/terms/${termId}/members?groupId=${group.id}&limit=1000&offset=${all.length}`, lang);
    all.push(...page.members);
    if (page.members.length === 0 || all.length >= page.total) return all;
  }
}

interface Props {
  termId: number;
  selected: Member[];
  group: Group | null;
  onIssued(cards: IssuedCard[], refused: Refusal[]): void;
}

export function IssueCredentials({ termId, selected, group, onIssued }: Props) {
  const { w, lang } = useRosterWords();
  const [chosen, setChosen] = useState<{ members: Member[]; skipped: number } | null>(null);
  const [done, setDone] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [refused, setRefused] = useState<Refusal[]>([]);

  function choose(members: Member[]) {
    const active = members.filter((m) => m.status === 'active');
    setChosen({ members: active, skipped: members.length - active.length });
    setRefused([]);
    setError(null);
  }

  async function chooseGroup(g: Group) {
    setError(null);
    try {
      choose(await groupMembers(termId, g, lang));
    } catch (e) {
      setError(e);
    }
  }

  async function issue() {
    if (!chosen) return;
    setDone(0);
    const outcome = await issueAll(chosen.members, lang, setDone);
    setDone(null);
    if (outcome.cards.length === 0) {
      setRefused(outcome.refused);
      return;
    }
    setChosen(null);
    onIssued(outcome.cards, outcome.refused);
  }

  const n = chosen?.members.length ?? 0;
  return (
    <Space wrap className="no-print">
      <Button type="primary" disabled={selected.length === 0} onClick={() => choose(selected)} data-testid="issue-selected">
        {selected.length === 0 ? w('issueNone') : w('issueSelected', { n: selected.length })}
      </Button>
      {group && (
        <Button onClick={() => void chooseGroup(group)} data-testid="issue-group">
          {w('issueGroup', { group: group.name })}
        </Button>
      )}
      {error !== null && <Typography.Text type="danger">{errorText(error, lang)}</Typography.Text>}
      <Modal
        open={chosen !== null}
        title={w('issueConfirmTitle', { n })}
        okText={w('issueOk')}
        cancelText={w('cancel')}
        okButtonProps={{ disabled: n === 0, loading: done !== null, danger: true, 'data-testid': 'issue-confirm' }}
        cancelButtonProps={{ disabled: done !== null }}
        onOk={() => void issue()}
        onCancel={() => setChosen(null)}
        closable={done === null}
        mask={{ closable: false }}
      >
        <Alert type="warning" showIcon title={w('issueWarning')} data-testid="issue-warning" style={{ marginBottom: 12 }} />
        {chosen && chosen.skipped > 0 && <Alert type="info" showIcon title={w('onlyActive', { n: chosen.skipped })} style={{ marginBottom: 12 }} />}
        <Typography.Paragraph ellipsis={{ rows: 3 }}>{chosen?.members.map((m) => m.name).join('、')}</Typography.Paragraph>
        {done !== null && <Progress percent={Math.round((done / Math.max(n, 1)) * 100)} format={() => w('issuing', { done, n })} />}
        {refused.length > 0 && <RefusedList refused={refused} />}
      </Modal>
    </Space>
  );
}

export function RefusedList({ refused }: { refused: Refusal[] }) {
  const { w } = useRosterWords();
  return (
    <Alert
      type="error"
      showIcon
      data-testid="issue-refused"
      title={w('issueFailed')}
      description={
        <ul style={{ margin: 0, paddingLeft: 20 }}>
          {refused.map((r) => (
            <li key={r.member.membershipId}>
              {r.member.name}：{r.message}
            </li>
          ))}
        </ul>
      }
    />
  );
}
