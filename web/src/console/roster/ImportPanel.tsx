/**
 * Importing a roster file and downloading the roster: the file goes to the server as it is (the
 * server reads .xlsx and .csv, in any of the encodings Excel saves), all or nothing; the answer is
 * how many were added and updated, or every wrong row.
 */
import { useState } from 'react';
import { Alert, Button, Card, Space, Typography, Upload } from 'antd';
import { ErrorAlert } from '../../shared/States.js';
import { downloadFile, postFile } from '../../shared/files.js';
import { rosterType } from './files.js';
import { ImportErrors } from './ImportErrors.js';
import type { FileImported } from './types.js';
import { useRosterWords } from './words.js';

type Outcome = { file: string; result: FileImported } | { file: string; error: unknown };

export function ImportPanel({ termId, canImport, onImported }: { termId: number; canImport: boolean; onImported(): void }) {
  const { w, lang } = useRosterWords();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [downloadError, setDownloadError] = useState<unknown>(null);

  async function importFile(file: File) {
    const type = rosterType(file.name);
    if (!type) {
      setOutcome({ file: file.name, error: new Error(w('notRosterFile', { name: file.name })) });
      return;
    }
    setBusy(true);
    setOutcome(null);
    try {
      const result = await postFile<FileImported>(`/api/terms/${termId}/roster`, file, type, lang);
      setOutcome({ file: file.name, result });
      onImported();
    } catch (error) {
      setOutcome({ file: file.name, error });
    } finally {
      setBusy(false);
    }
  }

  async function downloadRoster() {
    setDownloadError(null);
    try {
      await downloadFile(`/api/terms/${termId}/roster.xlsx`, lang, `roster-term-${termId}.xlsx`);
    } catch (error) {
      setDownloadError(error);
    }
  }

  return (
    <Card title={w('importTitle')} size="small" className="no-print" style={{ marginBottom: 16 }}>
      <Typography.Paragraph type="secondary">{w('importHint')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: outcome ? 16 : 0 }}>
        {canImport && (
          <Upload
            accept=".xlsx,.csv"
            showUploadList={false}
            beforeUpload={(file) => {
              void importFile(file);
              return Upload.LIST_IGNORE;
            }}
          >
            <Button type="primary" loading={busy} data-testid="import-file">
              {busy ? w('importing') : w('chooseFile')}
            </Button>
          </Upload>
        )}
        <Button onClick={() => void downloadRoster()} data-testid="download-roster">
          {w('download')}
        </Button>
        <Typography.Text type="secondary">{w('downloadHint')}</Typography.Text>
      </Space>
      <ErrorAlert error={downloadError} />
      {outcome && 'result' in outcome && <Imported file={outcome.file} result={outcome.result} />}
      {outcome && 'error' in outcome && <ImportErrors file={outcome.file} error={outcome.error} />}
    </Card>
  );
}

function Imported({ file, result }: { file: string; result: FileImported }) {
  const { w, lang } = useRosterWords();
  return (
    <>
      <Alert
        type="success"
        showIcon
        data-testid="import-result"
        title={w('imported', { file, created: result.created, updated: result.updated, unchanged: result.unchanged, groups: result.groupsCreated })}
      />
      {result.warnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 12 }}
          title={w('warnings')}
          description={
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {result.warnings.map((warning) => (
                <li key={warning.column + warning.reason}>{lang === 'en' ? warning.reasonEn : warning.reason}</li>
              ))}
            </ul>
          }
        />
      )}
    </>
  );
}
