/**
 * A chart the server draws as SVG (the rostrum, the hall), fetched with the token and shown as an
 * image from an object URL: the SVG's markup never enters the page. A refusal (nobody seated, no
 * hall layout chosen) is shown in the server's words.
 */
import { useEffect, useMemo } from 'react';
import { Loaded } from '../../shared/States.js';
import { useFileText } from '../documents/useFileText.js';

function SvgImage({ svg, alt, testId, natural }: { svg: string; alt: string; testId?: string; natural: boolean }) {
  const src = useMemo(() => URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' })), [svg]);
  useEffect(() => () => URL.revokeObjectURL(src), [src]);
  return (
    <div className={natural ? 'svg-chart natural' : 'svg-chart'}>
      <img src={src} alt={alt} data-testid={testId} />
    </div>
  );
}

/** `natural`: at the drawing's own size, scrolled when larger (a hall of hundreds of seats), instead of shrunk to fit. */
export function SvgChart({ url, alt, testId, natural = false }: { url: string; alt: string; testId?: string; natural?: boolean }) {
  const svg = useFileText(url);
  return <Loaded read={svg}>{(text) => <SvgImage svg={text} alt={alt} testId={testId} natural={natural} />}</Loaded>;
}
