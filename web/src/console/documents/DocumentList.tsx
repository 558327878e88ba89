/**
 * The documents of a sitting or a session the account may read (GET /api/{meetings,sessions}/:id/
 * documents): each with its .docx, HTML and Markdown files to download under the server's names,
 * and a preview of the HTML page, printable.
 */
import { useState } from 'react';
import { Button, Card, Modal, Table } from 'antd';
import { Loaded, Nothing } from '../../shared/States.js';
import { useApi } from '../../shared/useApi.js';
import { FileButton } from './FileButton.js';
import { HtmlPreview } from './HtmlPreview.js';
import { useDocumentsWords } from './words.js';

/** What the list route answers (its TypeBox view is local to the route module). */
interface DocumentList {
  scope: string;
  id: number;
  documents: Array<{ name: string; label: string; labelEn: string; files: string[] }>;
}

type Entry = DocumentList['documents'][number];

const formatOf = (file: string) => file.slice(file.lastIndexOf('.') + 1);

export function DocumentList({ scope, id, title }: { scope: 'meeting' | 'session'; id: number; title: string }) {
  const { w, lang } = useDocumentsWords();
  const list = useApi<DocumentList>(`/api/${scope}s/${id}/documents`);
  const [previewing, setPreviewing] = useState<Entry | null>(null);
  const label = (d: Entry) => (lang === 'en' ? d.labelEn : d.label);
  return (
    <Card title={title} style={{ marginBottom: 16 }} data-testid={`${scope}-documents`}>
      <Loaded read={list}>
        {({ documents }) =>
          documents.length === 0 ? (
            <Nothing text={w('noDocuments')} />
          ) : (
            <Table<Entry>
              className="doc-table"
              rowKey="name"
              pagination={false}
              size="middle"
              dataSource={documents}
              columns={[
                { key: 'label', title: w('document'), render: (_, d) => <strong>{label(d)}</strong> },
                {
                  key: 'files',
                  title: w('files'),
                  render: (_, d) => (
                    <span style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
                      {d.files.map((file) => (
                        <FileButton key={file} url={file} fallbackName={`${scope}-${id}-${d.name}.${formatOf(file)}`} testId={`download-${scope}-${d.name}-${formatOf(file)}`}>
                          .{formatOf(file)}
                        </FileButton>
                      ))}
                    </span>
                  ),
                },
                {
                  key: 'preview',
                  title: w('preview'),
                  render: (_, d) => (
                    <Button size="small" type="link" onClick={() => setPreviewing(d)} data-testid={`preview-${scope}-${d.name}`}>
                      {w('preview')}
                    </Button>
                  ),
                },
              ]}
            />
          )
        }
      </Loaded>
      <Modal open={previewing !== null} title={previewing ? w('previewOf', { label: label(previewing) }) : ''} width={900} footer={null} onCancel={() => setPreviewing(null)} destroyOnHidden>
        {previewing && <HtmlPreview url={previewing.files.find((f) => f.endsWith('.html'))!} title={label(previewing)} height={640} testId="document-preview" />}
      </Modal>
    </Card>
  );
}
