/** Each group's present / on leave / absent as one stacked bar (ECharts, canvas), groups top to bottom. */
import { useMemo } from 'react';
import { EChart } from '../../shared/EChart.js';
import type { GroupCounts } from '@server/modules/attendance/counts.js';
import { useAttendanceWords } from './words.js';

export const STATE_COLORS = { present: '#389e0d', leave: '#d48806', absent: '#bfbfbf' } as const;

export function GroupChart({ groups }: { groups: GroupCounts[] }) {
  const { w, lang } = useAttendanceWords();
  const option = useMemo(() => {
    const series = (['present', 'leave', 'absent'] as const).map((k) => ({
      name: w(k),
      type: 'bar' as const,
      stack: 'all',
      barWidth: '60%',
      itemStyle: { color: STATE_COLORS[k] },
      label: { show: k === 'present', position: 'insideLeft' as const, color: '#fff', formatter: ({ value }: { value: unknown }) => (Number(value) > 0 ? String(value) : '') },
      data: groups.map((g) => g[k]),
    }));
    return {
      animation: false,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: groups.map((g) => g.name ?? w('noGroup')), axisTick: { show: false } },
      series,
    };
    // `w` changes with `lang` only.
  }, [groups, lang]);
  return <EChart option={option} style={{ width: '100%', height: Math.max(240, 48 + groups.length * 32) }} testId="group-chart" />;
}
