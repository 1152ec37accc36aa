import { useEffect, useMemo, useRef } from 'react';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { LegacyGridContainLabel } from 'echarts/features';
import { CanvasRenderer } from 'echarts/renderers';
import type { CaseDurations } from '../../shared/log';
import { duration, durationRange } from '../simulation/format';

echarts.use([BarChart, GridComponent, LegacyGridContainLabel, TooltipComponent, CanvasRenderer]);

/** The chart's option: one bar per bin, labelled by the bin's range. */
export function histogramOption(durations: CaseDurations): echarts.EChartsCoreOption {
  const labels = durations.bins.map((bin) => durationRange([bin.from / 1000, bin.to / 1000]));
  return {
    animation: false,
    grid: { left: 8, right: 12, top: 12, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: labels, name: '', axisLabel: { hideOverlap: true } },
    yAxis: { type: 'value', name: 'cases', minInterval: 1 },
    series: [{ type: 'bar', name: 'Cases', data: durations.bins.map((bin) => bin.cases), barCategoryGap: '8%' }],
  };
}

/** The distribution of case durations (first to last event of each case) as a histogram. */
export function DurationHistogram({ durations }: { durations: CaseDurations }) {
  const box = useRef<HTMLDivElement>(null);
  const option = useMemo(() => histogramOption(durations), [durations]);
  useEffect(() => {
    // Drawn where the page can lay out and paint (not in a DOM without layout, such as a test's).
    if (typeof ResizeObserver === 'undefined') return;
    const element = box.current!;
    const chart = echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption(option);
    const resize = new ResizeObserver(() => chart.resize());
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.dispose();
    };
  }, [option]);
  return (
    <div
      ref={box}
      className="logs-histogram"
      role="img"
      aria-label={`Case durations from ${duration(durations.min / 1000)} to ${duration(durations.max / 1000)}`}
    />
  );
}
