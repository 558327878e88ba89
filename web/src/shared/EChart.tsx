/**
 * One ECharts chart (canvas) in a div: made once, resized with the window, given `option` afresh
 * whenever it changes (replacing the last), disposed with the component. Every chart of the app
 * (the hall screen's result, the attendance per group, the proposals' statistics) draws through it.
 */
import { useEffect, useRef, type CSSProperties } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export type ChartOption = echarts.EChartsCoreOption;

export function EChart({ option, className, style, testId }: { option: ChartOption; className?: string; style?: CSSProperties; testId: string }) {
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
    echarts.getInstanceByDom(element.current!)?.setOption(option, true);
  }, [option]);
  return <div ref={element} className={className} style={style} data-testid={testId} />;
}
