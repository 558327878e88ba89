/**
 * Why a roster file was refused: the server's sentence, and for a roster with wrong rows, every
 * problem as a table (row number as Excel numbers it, the column, the reason in the user's
 * language). Nothing was imported.
 */
import { Alert, Table } from 'antd';
import { ApiError, errorText } from '../../shared/api.js';
import type { RowProblem } from './types.js';
import { useRosterWords } from './words.js';

/** The row problems an error carries, when it is the importer's `roster_invalid`. */
export function rowProblems(error: unknown): RowProblem[] {
  if (!(error instanceof ApiError) || error.body?.error !== 'roster_invalid' || !Array.isArray(error.body.details)) return [];
  return error.body.details as RowProblem[];
}

export function ImportErrors({ file, error }: { file: string; error: unknown }) {
  const { w, lang } = useRosterWords();
  const problems = rowProblems(error);
  return (
    <div data-testid="import-errors">
      <Alert type="error" showIcon title={w('refused', { file })} description={<span data-testid="import-error-message">{errorText(error, lang)}</span>} style={{ marginBottom: problems.length ? 12 : 0 }} />
      {problems.length > 0 && (
        <Table<RowProblem>
          size="small"
          bordered
          rowKey={(p) => `${p.row}/${p.column}/${p.reason}`}
          dataSource={problems}
          pagination={problems.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
          data-testid="import-problems"
          columns={[
            { title: w('problemRow'), dataIndex: 'row', width: 90, align: 'right' },
            { title: w('problemColumn'), dataIndex: 'column', width: 140 },
            { title: w('problemReason'), key: 'reason', render: (_, p) => (lang === 'en' ? p.reasonEn : p.reason) },
          ]}
        />
      )}
    </div>
  );
}
