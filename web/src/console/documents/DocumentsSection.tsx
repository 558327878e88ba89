/**
 * The console's "documents" section (文件): what the server writes for the sitting in scope and for
 * the session in scope — presiding script, news release, bulletin, resolutions, the proposal review
 * report — as .docx, HTML and Markdown under the server's file names, each previewed and printable;
 * and the open-data exports, Popolo JSON (session) and Akoma Ntoso XML (sitting). A document the
 * server refuses (data not recorded yet) says why, in the user's language.
 */
import { Card, Space, Typography } from 'antd';
import { NeedsScope } from '../Console.js';
import { useScope } from '../scope.js';
import { DocumentList } from './DocumentList.js';
import { FileButton } from './FileButton.js';
import { useDocumentsWords } from './words.js';
import './documents.css';

function OpenData({ sessionId, sessionShort, meetingId }: { sessionId: number; sessionShort: string; meetingId: number | null }) {
  const { w } = useDocumentsWords();
  return (
    <Card title={w('openData')} data-testid="open-data">
      <Space orientation="vertical" size="middle">
        <div>
          <FileButton url={`/api/sessions/${sessionId}/popolo.json`} fallbackName={`${sessionShort}-popolo.json`} testId="download-popolo" size="middle">
            {w('popolo')}
          </FileButton>
          <Typography.Text type="secondary" style={{ marginLeft: 12 }}>{w('popoloHint')}</Typography.Text>
        </div>
        {meetingId !== null && (
          <div>
            <FileButton url={`/api/meetings/${meetingId}/akn.xml`} fallbackName={`meeting-${meetingId}-akn.xml`} testId="download-akn" size="middle">
              {w('akn')}
            </FileButton>
            <Typography.Text type="secondary" style={{ marginLeft: 12 }}>{w('aknHint')}</Typography.Text>
          </div>
        )}
      </Space>
    </Card>
  );
}

export default function DocumentsSection() {
  const { w } = useDocumentsWords();
  const { session, meeting } = useScope();
  if (!session) return <NeedsScope what="session" />;
  return (
    <>
      {meeting ? <DocumentList key={`m${meeting.id}`} scope="meeting" id={meeting.id} title={`${w('meetingDocs')} · ${meeting.title}`} /> : <NeedsScope what="meeting" />}
      <DocumentList key={`s${session.id}`} scope="session" id={session.id} title={`${w('sessionDocs')} · ${session.shortName}`} />
      <OpenData sessionId={session.id} sessionShort={session.shortName} meetingId={meeting?.id ?? null} />
    </>
  );
}
