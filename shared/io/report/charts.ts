import type { ProcessModel } from '../../model';
import type { SimulationReport } from '../../sim';
import {
  activityNamer,
  casesShare,
  costBars,
  longestQueues,
  variantRows,
  type ActivityNamer,
  type QueueLine,
} from './chartData';
import { escapeXml } from '../svg/svgShapes';
import { count, duration, money, percent } from './format';

/** An ECharts option, as plain data: the app draws it on a canvas, the HTML report as SVG. */
export type ChartOption = Record<string, unknown>;

/** One chart of a run: its title (also its accessible name) and the option that draws it. */
export interface ReportChart {
  id: 'cycle-time' | 'waiting-work' | 'utilisation' | 'pool-cost' | 'wip-queues' | 'activity-cost' | 'variants';
  title: string;
  option: ChartOption;
  /** Pixels tall it needs to keep one readable row per bar (charts listing many things); else the usual height. */
  height?: number;
}

/** Pixels per row of a horizontal bar chart, and what its axes and legend take around the rows. */
const rowHeight = 22;
const rowsHeight = (rows: number) => rows * rowHeight + 70;

const colours = { wait: '#d9534f', work: '#4a7fc1', bar: '#4a7fc1', line: '#8e1b10', capacity: '#9aa5b1' };
/** The queue lines' colours, after the dark WIP line: distinct, and none of them red (kept for marks). */
const queueColours = ['#4a7fc1', '#e0a030', '#3a9a6a', '#9b59b6', '#17a2b8'];
const base = {
  animation: false,
  textStyle: { fontFamily: 'system-ui, sans-serif', fontSize: 11 },
  grid: { left: 12, right: 28, top: 32, bottom: 30, containLabel: true },
};

function cycleTimeChart(report: SimulationReport): ChartOption {
  const bins = report.cycleTimeHistogram;
  const binOf = (value: number) =>
    Math.max(
      0,
      bins.findIndex((b, i) => value < b.to || i === bins.length - 1),
    );
  const mark = (name: string, value: number) => ({
    xAxis: binOf(value),
    // Written along the line, so that two lines close together keep their labels apart.
    label: { formatter: `${name} ${duration(value)}`, position: 'insideEndTop' },
  });
  return {
    ...base,
    tooltip: { trigger: 'axis' },
    xAxis: {
      type: 'category',
      name: 'cycle time',
      nameLocation: 'middle',
      nameGap: 24,
      data: bins.map((b, i) =>
        i === bins.length - 1 && b.to < report.cycleTime.max ? `${duration(b.from)}+` : duration(b.from),
      ),
    },
    yAxis: { type: 'value', name: 'cases' },
    series: [
      {
        type: 'bar',
        name: 'Cases',
        barCategoryGap: '5%',
        itemStyle: { color: colours.bar },
        data: bins.map((b) => b.count),
        markLine: {
          symbol: 'none',
          lineStyle: { color: colours.line, type: 'dashed' },
          data: [mark('p50', report.cycleTime.p50), mark('p90', report.cycleTime.p90)],
        },
      },
    ],
  };
}

function waitingWorkChart(report: SimulationReport, name: ActivityNamer): ChartOption {
  // Most waiting at the top: a horizontal bar chart lists its categories from the bottom up.
  const rows = [...report.activities].sort((a, b) => a.waiting.mean - b.waiting.mean);
  const minutes = (seconds: number) => Math.round((seconds / 60) * 10) / 10;
  return {
    ...base,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, data: ['Waiting', 'Work'] },
    xAxis: { type: 'value', name: 'minutes (mean)', nameLocation: 'middle', nameGap: 24 },
    yAxis: {
      type: 'category',
      data: rows.map((a) => name(a.id)),
      axisLabel: { width: 140, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        name: 'Waiting',
        stack: 'time',
        itemStyle: { color: colours.wait },
        data: rows.map((a) => minutes(a.waiting.mean)),
      },
      {
        type: 'bar',
        name: 'Work',
        stack: 'time',
        itemStyle: { color: colours.work },
        data: rows.map((a) => minutes(a.processing.mean)),
      },
    ],
  };
}

function utilisationChart(report: SimulationReport, pools: Map<string, string>): ChartOption {
  return {
    ...base,
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: report.resources.map((r) => pools.get(r.id) ?? r.id) },
    yAxis: { type: 'value', max: 100, name: '% busy' },
    series: [
      {
        type: 'bar',
        name: 'Utilisation',
        itemStyle: { color: colours.bar },
        // Inside the bar's top, clear of the 85 % line's label above the bars.
        label: {
          show: true,
          position: 'insideTop',
          color: '#ffffff',
          formatter: ({ value }: { value: number }) => `${value}%`,
        },
        data: report.resources.map((r) => Math.round(r.utilization * 1000) / 10),
        markLine: {
          symbol: 'none',
          lineStyle: { color: colours.line, type: 'dashed' },
          data: [{ yAxis: 85, label: { formatter: '85 %: queues grow fast above this', position: 'insideStartTop' } }],
        },
      },
    ],
  };
}

function poolCostChart(report: SimulationReport, pools: Map<string, string>, currency: string): ChartOption {
  return {
    ...base,
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: report.resources.map((r) => pools.get(r.id) ?? r.id) },
    yAxis: { type: 'value', name: currency },
    series: [
      {
        type: 'bar',
        name: 'Cost',
        itemStyle: { color: colours.bar },
        label: { show: true, position: 'top', formatter: ({ value }: { value: number }) => money(value, currency) },
        data: report.resources.map((r) => Math.round(r.cost * 100) / 100),
      },
    ],
  };
}

/** The unit the time axis counts in: whole minutes, hours or days over the span shown. */
function timeUnit(span: number): { size: number; name: string } {
  if (span <= 3 * 3600) return { size: 60, name: 'min' };
  if (span <= 3 * 86400) return { size: 3600, name: 'h' };
  return { size: 86400, name: 'd' };
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** Lines of legend for this many names, two a line (what the panel's width holds), and each line's height. */
const legendLines = (names: number) => Math.ceil(names / 2);
const legendLine = 20;

function wipQueuesChart(report: SimulationReport, queues: readonly QueueLine[]): ChartOption {
  const { step, wip } = report.timeSeries;
  const unit = timeUnit(step * wip.length);
  // Each point is the mean over its interval, so it is drawn at the interval's middle.
  const points = (values: readonly number[]) =>
    values.map((v, i) => [round(((i + 0.5) * step) / unit.size, 4), round(v, 3)]);
  const line = (label: string, values: readonly number[], color: string, width: number) => ({
    type: 'line',
    name: label,
    showSymbol: false,
    sampling: 'lttb',
    lineStyle: { width, color },
    itemStyle: { color },
    data: points(values),
  });
  return {
    ...base,
    // The legend wraps to two names a line in the panel; the plot starts below its last line, so none covers it.
    grid: { ...base.grid, top: legendLines(queues.length + 1) * legendLine + 32 },
    legend: { top: 0, itemGap: 14 },
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => (Number.isFinite(v) ? v.toFixed(1) : '–') },
    xAxis: {
      type: 'value',
      name: 'simulated time',
      nameLocation: 'middle',
      nameGap: 24,
      min: 0,
      axisLabel: { formatter: (v: number) => `${v} ${unit.name}` },
      axisPointer: { label: { formatter: ({ value }: { value: number }) => duration(value * unit.size) } },
    },
    yAxis: { type: 'value', name: 'cases' },
    series: [
      line('Work in progress', wip, '#1f2933', 2),
      ...queues.map((q, i) => line(`Queue: ${q.name}`, q.values, queueColours[i % queueColours.length], 1.5)),
    ],
  };
}

function activityCostChart(bars: ReturnType<typeof costBars>['bars'], currency: string): ChartOption {
  return {
    ...base,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: number) => money(v, currency) },
    xAxis: {
      type: 'value',
      name: `${currency} per completed case`,
      nameLocation: 'middle',
      nameGap: 24,
      // Room on the right for the longest bar's amount; the end of the axis, an odd number, goes unlabelled.
      max: ({ max }: { max: number }) => max * 1.3,
      axisLabel: { hideOverlap: true, showMaxLabel: false },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: bars.map((b) => b.name),
      axisLabel: { width: 150, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        name: 'Cost per completed case',
        barMaxWidth: 28,
        label: { show: true, position: 'right', formatter: ({ value }: { value: number }) => money(value, currency) },
        data: bars.map((b) => ({
          value: b.value,
          itemStyle: { color: b.id === null ? colours.capacity : colours.bar },
        })),
      },
    ],
  };
}

/** Pixels per variant: the path's name on one line, its bar under it. */
const variantRowHeight = 38;

function variantsChart(rows: ReturnType<typeof variantRows>): ChartOption {
  const label = (i: number) => `${casesShare(rows[i].share)}, mean ${duration(rows[i].meanCycleTime)}`;
  return {
    ...base,
    grid: { left: 8, right: 12, top: 8, bottom: 30, containLabel: false },
    tooltip: {
      trigger: 'item',
      // The path in full (the chart folds its loops), written as text: names must not become markup.
      formatter: ({ dataIndex }: { dataIndex: number }) => {
        const row = rows[dataIndex];
        return `${escapeXml(`${row.rank}. ${row.name}`)}<br/>${count(row.count)} cases (${casesShare(row.share)}), mean cycle time ${duration(row.meanCycleTime)}`;
      },
      extraCssText: 'max-width: 340px; white-space: normal;',
    },
    xAxis: {
      type: 'value',
      name: 'cases',
      nameLocation: 'middle',
      nameGap: 20,
      // Room right of the longest bar for its share and time.
      max: ({ max }: { max: number }) => max * 1.6,
      axisLabel: { hideOverlap: true, showMaxLabel: false },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      axisTick: { show: false },
      data: rows.map((r) => `${r.rank}. ${r.shortName}`),
      // Each path's name over its bar, across the chart's width rather than squeezed beside it.
      axisLabel: {
        inside: true,
        verticalAlign: 'bottom',
        padding: [0, 0, 9, 0],
        width: 340,
        overflow: 'truncate',
        color: '#1f2933',
      },
      z: 2,
    },
    series: [
      {
        type: 'bar',
        name: 'Cases',
        barWidth: 12,
        itemStyle: { color: colours.bar },
        label: { show: true, position: 'right', formatter: ({ dataIndex }: { dataIndex: number }) => label(dataIndex) },
        data: rows.map((r) => r.count),
      },
    ],
  };
}

/**
 * The charts of a run, from its report alone (the aggregation is the engine's): the cycle-time histogram with its
 * p50 and p90, waiting against work per activity (most waiting first), each pool's utilisation against an 85 %
 * line, work in progress and the longest queues over simulated time, the cost by activity per completed case (with
 * the pools' capacity cost, adding up to the whole), each pool's cost and the most frequent process variants.
 * Charts that would be empty (no completed case, no pool, no cost, no time measured) are left out.
 */
export function reportCharts(report: SimulationReport, model: ProcessModel): ReportChart[] {
  const pools = new Map(model.simulation.resources.map((r) => [r.id, r.name || r.id]));
  const name = activityNamer(report, model);
  const charts: ReportChart[] = [];
  if (report.cycleTimeHistogram.length > 0)
    charts.push({
      id: 'cycle-time',
      title: `Cycle time of the completed cases (p50 ${duration(report.cycleTime.p50)}, p90 ${duration(report.cycleTime.p90)})`,
      option: cycleTimeChart(report),
    });
  if (report.activities.length > 0)
    charts.push({
      id: 'waiting-work',
      title: 'Waiting and work per activity',
      option: waitingWorkChart(report, name),
    });
  if (report.resources.length > 0) {
    const busiest = Math.max(...report.resources.map((r) => r.utilization));
    charts.push({
      id: 'utilisation',
      title: `Utilisation per pool (busiest ${percent(busiest)})`,
      option: utilisationChart(report, pools),
    });
  }
  const queues = longestQueues(report, name);
  if (report.timeSeries.wip.length > 0)
    charts.push({
      id: 'wip-queues',
      title: `Work in progress and queues over time${report.replications > 1 ? ` (mean of ${report.replications} runs)` : ''}`,
      option: wipQueuesChart(report, queues),
      height: 220 + legendLines(queues.length + 1) * legendLine,
    });
  const cost = costBars(report, name);
  if (cost.bars.length > 0)
    charts.push({
      id: 'activity-cost',
      title: `Cost by activity, per completed case (${money(cost.total, model.currency)} in all)`,
      option: activityCostChart(cost.bars, model.currency),
      height: Math.max(240, rowsHeight(cost.bars.length)),
    });
  if (report.resources.some((r) => r.cost > 0))
    charts.push({ id: 'pool-cost', title: 'Cost per pool', option: poolCostChart(report, pools, model.currency) });
  const variants = variantRows(report, name);
  if (variants.length > 0) {
    const shown = variants.slice(0, 10);
    const share = shown.reduce((sum, v) => sum + v.share, 0);
    const every = shown.length === variants.length && report.otherVariantCases === 0;
    const which =
      shown.length === 1 && every
        ? 'the only path'
        : every
          ? `all ${shown.length} paths`
          : `the ${shown.length} most frequent paths`;
    charts.push({
      id: 'variants',
      title: `Process variants: ${which} (${percent(share)} of completed cases)`,
      option: variantsChart(shown),
      height: Math.max(160, shown.length * variantRowHeight + 50),
    });
  }
  return charts;
}
