/**
 * A chart the server draws as SVG (the rostrum, the hall), fetched with the token and shown as an
 * image from an object URL: the SVG's markup never enters the page. A refusal (nobody seated, no
 * hall layout chosen) is shown in the server's words. A `zoomable` chart (a hall of hundreds of
 * seats) opens fitted to the width and switches to its own size, scrolled, to read the names.
 */
import { useEffect, useMemo, useState } from 'react';
import { Button } from 'antd';
import { Loaded } from '../../shared/States.js';
import { useFileText } from '../../shared/useFileText.js';
import { useProtocolWords } from './words.js';

function SvgImage({ svg, alt, testId, zoomable }: { svg: string; alt: string; testId?: string; zoomable: boolean }) {
  const { w } = useProtocolWords();
  const [natural, setNatural] = useState(false);
  const src = useMemo(() => URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' })), [svg]);
  useEffect(() => () => URL.revokeObjectURL(src), [src]);
  return (
    <>
      {zoomable && (
        <Button size="small" className="no-print" onClick={() => setNatural((n) => !n)}>
          {natural ? w('fitWidth') : w('actualSize')}
        </Button>
      )}
      <div className={natural ? 'svg-chart natural' : 'svg-chart'}>
        <img src={src} alt={alt} data-testid={testId} />
      </div>
    </>
  );
}

export function SvgChart({ url, alt, testId, zoomable = false }: { url: string; alt: string; testId?: string; zoomable?: boolean }) {
  const svg = useFileText(url);
  return <Loaded read={svg}>{(text) => <SvgImage svg={text} alt={alt} testId={testId} zoomable={zoomable} />}</Loaded>;
}
