import type { ProcessModel } from '../../model';
import type { SimulationReport } from '../../sim';
import { duration, money, percent } from './format';

/** An ECharts option, as plain data: the app draws it on a canvas, the HTML report as SVG. */
export type ChartOption = Record<string, unknown>;

/** One chart of a run: its title (also its accessible name) and the option that draws it. */
export interface ReportChart {
  id: 'cycle-time' | 'waiting-work' | 'utilisation' | 'pool-cost';
  title: string;
  option: ChartOption;
}

const colours = { wait: '#d9534f', work: '#4a7fc1', bar: '#4a7fc1', line: '#8e1b10' };
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

function waitingWorkChart(report: SimulationReport, model: ProcessModel): ChartOption {
  const names = new Map(model.nodes.map((n) => [n.id, n.name || n.id]));
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
      data: rows.map((a) => names.get(a.id) ?? a.id),
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

/**
 * The charts of a run, from its report alone (the aggregation is the engine's): the cycle-time histogram with its
 * p50 and p90, waiting against work per activity (most waiting first), each pool's utilisation against an 85 %
 * line and each pool's cost. Charts that would be empty (no completed case, no pool, no cost) are left out.
 */
export function reportCharts(report: SimulationReport, model: ProcessModel): ReportChart[] {
  const pools = new Map(model.simulation.resources.map((r) => [r.id, r.name || r.id]));
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
      option: waitingWorkChart(report, model),
    });
  if (report.resources.length > 0) {
    const busiest = Math.max(...report.resources.map((r) => r.utilization));
    charts.push({
      id: 'utilisation',
      title: `Utilisation per pool (busiest ${percent(busiest)})`,
      option: utilisationChart(report, pools),
    });
    if (report.resources.some((r) => r.cost > 0))
      charts.push({ id: 'pool-cost', title: 'Cost per pool', option: poolCostChart(report, pools, model.currency) });
  }
  return charts;
}
