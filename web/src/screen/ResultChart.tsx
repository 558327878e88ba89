/** The vote result as a bar chart (ECharts, canvas): 赞成, 反对, 弃权, 未按表决器. */
import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridComponent, CanvasRenderer]);

export interface Bar {
  label: string;
  value: number;
  color: string;
}

export function ResultChart({ bars }: { bars: Bar[] }) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const chart = echarts.init(element.current!);
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, []);
  useEffect(() => {
    const chart = echarts.getInstanceByDom(element.current!);
    chart?.setOption({
      animation: false,
      grid: { left: '3%', right: '12%', top: '4%', bottom: '4%', containLabel: true },
      xAxis: { type: 'value', show: false },
      yAxis: { type: 'category', inverse: true, data: bars.map((b) => b.label), axisLabel: { color: '#ffe082', fontSize: 36 }, axisLine: { show: false }, axisTick: { show: false } },
      series: [
        {
          type: 'bar',
          data: bars.map((b) => ({ value: b.value, itemStyle: { color: b.color } })),
          barWidth: '60%',
          label: { show: true, position: 'right', color: '#fff', fontSize: 36, fontWeight: 'bold' },
        },
      ],
    });
  }, [bars]);
  return <div ref={element} className="screen-chart" data-testid="result-chart" />;
}
