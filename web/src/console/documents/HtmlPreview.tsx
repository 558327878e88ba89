/**
 * A printable page of the server's (a document, the hall, the name cards) shown in a frame as the
 * paper will look, with a print button that prints the page itself (its own A4 @page rules),
 * not the console around it.
 */
import { Button } from 'antd';
import { Loaded } from '../../shared/States.js';
import { printHtml } from '../../shared/files.js';
import { useFileText } from '../../shared/useFileText.js';
import { useDocumentsWords } from './words.js';

export interface HtmlPreviewProps {
  url: string;
  title: string;
  height?: number;
  testId?: string;
}

export function HtmlPreview({ url, title, height = 560, testId }: HtmlPreviewProps) {
  const { w } = useDocumentsWords();
  const page = useFileText(url);
  return (
    <Loaded read={page}>
      {(html) => (
        <div className="html-preview-box">
          <Button className="no-print" onClick={() => printHtml(html)} data-testid={testId ? `${testId}-print` : undefined}>
            {w('print')}
          </Button>
          <iframe title={title} srcDoc={html} className="html-preview" style={{ height }} data-testid={testId} />
        </div>
      )}
    </Loaded>
  );
}
