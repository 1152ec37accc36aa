import type { CalibrationAccuracy } from '../../../shared/mining/calibration';
import type { ChartOption } from '../../../shared/io/report/charts';
import { duration } from '../../simulation/format';

const colours = { real: '#4a7fc1', simulated: '#e0a030' };
const base = {
  animation: false,
  textStyle: { fontFamily: 'system-ui, sans-serif', fontSize: 11 },
  legend: { top: 0 },
  tooltip: { trigger: 'axis' },
};
const rowHeight = 26;

/** Cycle times of the log and of the simulation side by side: the share of each one's cases per bin. */
export function cycleTimeOption(accuracy: CalibrationAccuracy): ChartOption {
  const bins = accuracy.cycleTimeBins;
  const pct = (v: number) => Math.round(v * 1000) / 10;
  return {
    ...base,
    grid: { left: 12, right: 16, top: 30, bottom: 34, containLabel: true },
    xAxis: {
      type: 'category',
      name: 'cycle time',
      nameLocation: 'middle',
      nameGap: 24,
      data: bins.map((b) => duration(b.to)),
      axisLabel: { hideOverlap: true },
    },
    yAxis: { type: 'value', name: '% of cases', axisLabel: { formatter: '{value}%' } },
    series: [
      { name: 'Log', type: 'bar', data: bins.map((b) => pct(b.real)), itemStyle: { color: colours.real } },
      {
        name: 'Simulation',
        type: 'bar',
        data: bins.map((b) => pct(b.simulated)),
        itemStyle: { color: colours.simulated },
      },
    ],
  };
}

/** Executions per case of each activity, the log's and the simulation's, one row per activity. */
export function activityOption(accuracy: CalibrationAccuracy): { option: ChartOption; height: number } {
  const rows = [...accuracy.activities].reverse(); // ECharts draws the first category at the bottom
  const round = (v: number) => Math.round(v * 100) / 100;
  return {
    height: rows.length * rowHeight + 80,
    option: {
      ...base,
      grid: { left: 12, right: 24, top: 30, bottom: 30, containLabel: true },
      xAxis: { type: 'value', name: 'per case', nameLocation: 'middle', nameGap: 22 },
      yAxis: {
        type: 'category',
        data: rows.map((r) => r.name),
        axisLabel: { width: 160, overflow: 'truncate' },
      },
      series: [
        { name: 'Log', type: 'bar', data: rows.map((r) => round(r.real)), itemStyle: { color: colours.real } },
        {
          name: 'Simulation',
          type: 'bar',
          data: rows.map((r) => round(r.simulated)),
          itemStyle: { color: colours.simulated },
        },
      ],
    },
  };
}
