import { useMemo } from 'react';
import { useChart } from '../charts/ChartFigure';
import type { CaseDurations } from '../../shared/log';
import { duration, durationRange } from '../simulation/format';
import type { ChartOption } from '../../shared/io/report/charts';

/** The chart's option: one bar per bin, labelled by the bin's range. */
export function histogramOption(durations: CaseDurations): ChartOption {
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
  const option = useMemo(() => histogramOption(durations), [durations]);
  const box = useChart(option);
  return (
    <div
      ref={box}
      className="logs-histogram"
      role="img"
      aria-label={`Case durations from ${duration(durations.min / 1000)} to ${duration(durations.max / 1000)}`}
    />
  );
}
