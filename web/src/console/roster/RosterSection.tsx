/**
 * The console's "roster" section: the term of the session in scope. Import the roster from a
 * file (all or nothing, wrong rows listed), download it, search and page through it, edit one
 * member, and issue members' pad credentials as a printable page of QR cards.
 */
import { useState } from 'react';
import { message } from 'antd';
import { useApi } from '../../shared/useApi.js';
import { ErrorAlert } from '../../shared/States.js';
import { NeedsScope } from '../Console.js';
import { usePermissions } from '../permissions.js';
import { useScope, type SessionItem } from '../scope.js';
import { CredentialSheet } from './CredentialSheet.js';
import { ImportPanel } from './ImportPanel.js';
import { IssueCredentials, type Refusal } from './IssueCredentials.js';
import { MemberForm } from './MemberForm.js';
import { MemberTable } from './MemberTable.js';
import type { Group, IssuedCard, Member } from './types.js';
import { useRosterWords } from './words.js';

export default function RosterSection() {
  const { session } = useScope();
  if (!session) return <NeedsScope what="session" />;
  return <Roster key={session.termId} session={session} />;
}

function Roster({ session }: { session: SessionItem }) {
  const { w } = useRosterWords();
  const held = usePermissions();
  const groups = useApi<Group[]>(`/api/bodies/${session.bodyId}/groups`);
  const [version, setVersion] = useState(0);
  const [editing, setEditing] = useState<Member | null>(null);
  const [sheet, setSheet] = useState<{ cards: IssuedCard[]; refused: Refusal[] } | null>(null);
  const [notice, noticeHolder] = message.useMessage();

  const canManage = held.includes('roster.manage');
  const canIssue = held.includes('credentials.issue');
  const changed = () => {
    setVersion((v) => v + 1);
    void groups.reload();
  };

  return (
    <>
      {noticeHolder}
      <ErrorAlert error={groups.error} retry={() => void groups.reload()} />
      {sheet && <CredentialSheet cards={sheet.cards} refused={sheet.refused} sessionName={session.name} onBack={() => setSheet(null)} />}
      {/* Kept while the print page is shown, so the search, filters and selection survive going back. */}
      <div hidden={sheet !== null}>
        <ImportPanel termId={session.termId} canImport={canManage} onImported={changed} />
        <MemberTable
          termId={session.termId}
          groups={groups.data ?? []}
          version={version}
          onEdit={canManage ? setEditing : null}
          tools={
            canIssue
              ? ({ selected, group, clearSelection }) => (
                  <IssueCredentials
                    termId={session.termId}
                    selected={selected}
                    group={group}
                    onIssued={(cards, refused) => {
                      clearSelection();
                      setSheet({ cards, refused });
                    }}
                  />
                )
              : undefined
          }
        />
        <MemberForm
          member={editing}
          groups={groups.data ?? []}
          onClose={() => setEditing(null)}
          onSaved={(member) => {
            setEditing(null);
            void notice.success(w('saved', { name: member.name }));
            changed();
          }}
        />
      </div>
    </>
  );
}
