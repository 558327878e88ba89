/**
 * A result as a horizontal bar chart (ECharts, canvas): a vote's 赞成, 反对, 弃权, 未按表决器, or an
 * election's votes per candidate. Large light type on the hall screen's dark stage; `tone="light"`
 * for a page on white (the console).
 */
import { useMemo } from 'react';
import { EChart } from '../shared/EChart.js';

export interface Bar {
  label: string;
  value: number;
  color: string;
}

const TONES = {
  dark: { label: '#ffe082', value: '#fff', fontSize: 36, className: 'screen-chart' },
  light: { label: '#262626', value: '#262626', fontSize: 14, className: undefined },
} as const;

/** `height` in pixels for the light tone (220 unless given); the screen's size is its stylesheet's. */
export function ResultChart({ bars, tone = 'dark', height = 220 }: { bars: Bar[]; tone?: keyof typeof TONES; height?: number }) {
  const look = TONES[tone];
  const option = useMemo(
    () => ({
      animation: false,
      grid: { left: '3%', right: '12%', top: '4%', bottom: '4%', containLabel: true },
      xAxis: { type: 'value', show: false },
      yAxis: { type: 'category', inverse: true, data: bars.map((b) => b.label), axisLabel: { color: look.label, fontSize: look.fontSize }, axisLine: { show: false }, axisTick: { show: false } },
      series: [
        {
          type: 'bar',
          data: bars.map((b) => ({ value: b.value, itemStyle: { color: b.color } })),
          barWidth: '60%',
          label: { show: true, position: 'right', color: look.value, fontSize: look.fontSize, fontWeight: 'bold' },
        },
      ],
    }),
    [bars, look],
  );
  return <EChart option={option} className={look.className} style={tone === 'light' ? { width: '100%', height } : undefined} testId="result-chart" />;
}
