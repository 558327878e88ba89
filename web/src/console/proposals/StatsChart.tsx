/** A count chart of the proposals' statistics (ECharts, canvas): bars, or a pie for shares. */
import { useMemo } from 'react';
import { EChart } from '../../shared/EChart.js';

export interface Series {
  name: string;
  values: number[];
}

const COLORS = ['#b71c1c', '#1565c0', '#2e7d32', '#ef6c00', '#6a1b9a', '#00838f', '#5d4037', '#546e7a'];

export function StatsChart({ kind, labels, series, testId }: { kind: 'bar' | 'pie'; labels: string[]; series: Series[]; testId: string }) {
  const option = useMemo(
    () =>
      kind === 'pie'
        ? {
            animation: false,
            color: COLORS,
            tooltip: { trigger: 'item', formatter: '{b}：{c}（{d}%）' },
            series: [{ type: 'pie', radius: ['35%', '65%'], data: labels.map((name, i) => ({ name, value: series[0]?.values[i] ?? 0 })), label: { formatter: '{b} {c}' } }],
          }
        : {
            animation: false,
            color: COLORS,
            tooltip: { trigger: 'axis' },
            legend: series.length > 1 ? { top: 0 } : undefined,
            grid: { left: 8, right: 24, top: series.length > 1 ? 32 : 12, bottom: 8, containLabel: true },
            xAxis: { type: 'value', minInterval: 1 },
            yAxis: { type: 'category', inverse: true, data: labels },
            series: series.map((s) => ({ type: 'bar', name: s.name, stack: series.length > 1 ? 'all' : undefined, data: s.values, barMaxWidth: 28, label: { show: true, position: series.length > 1 ? 'inside' : 'right', formatter: (p: { value: unknown }) => (p.value ? String(p.value) : '') } })),
          },
    [kind, labels, series],
  );
  return <EChart option={option} style={{ height: Math.max(220, labels.length * 40 + 60), width: '100%' }} testId={testId} />;
}
