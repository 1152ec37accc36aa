import { useEffect, useMemo, useRef } from 'react';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { LegacyGridContainLabel } from 'echarts/features';
import { CanvasRenderer } from 'echarts/renderers';
import type { ProcessModel } from '../../shared/model';
import type { SimulationReport } from '../../shared/sim';
import { reportCharts, type ChartOption } from '../../shared/io/report/charts';
import { pickCase, type CaseTarget } from './caseChoice';

echarts.use([
  BarChart,
  LineChart,
  GridComponent,
  // The charts keep their axis labels inside the grid (containLabel), which ECharts 6 moved into a feature.
  LegacyGridContainLabel,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  CanvasRenderer,
]);

/** What a click on a chart element reports (the part of ECharts' click event read here). */
export interface ChartClick {
  componentType: string;
  dataIndex: number;
}

/**
 * The case a click on the cycle-time histogram asks for: one whose cycle time falls in the clicked bar's range.
 * Null for anything but a bar (the p50/p90 lines, say).
 */
export function histogramTarget(report: SimulationReport, click: ChartClick): CaseTarget | null {
  const bin = click.componentType === 'series' ? report.cycleTimeHistogram[click.dataIndex] : undefined;
  return bin ? { kind: 'cycleTime', from: bin.from, to: bin.to, scenario: report.scenario } : null;
}

const histogramHint = 'Click a bar to see one of its cases.';

interface ChartProps {
  title: string;
  option: ChartOption;
  height?: number;
  hint?: string;
  onClick?(click: ChartClick): void;
}

/** One chart on a canvas, redrawn when its option changes and resized with its box. */
function Chart({ title, option, height, hint, onClick }: ChartProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Drawn where the page can lay out and paint (not in a DOM without layout, such as a test's).
    if (typeof ResizeObserver === 'undefined') return;
    const element = box.current!;
    const chart = echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption(option);
    if (onClick) chart.on('click', (event) => onClick(event as unknown as ChartClick));
    const resize = new ResizeObserver(() => chart.resize());
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.dispose();
    };
  }, [option, onClick]);
  return (
    <figure className="sim-chart">
      <figcaption>{title}</figcaption>
      {hint && <p className="sim-chart-hint">{hint}</p>}
      <div
        ref={box}
        className="sim-chart-canvas"
        style={height ? { height } : undefined}
        role="img"
        aria-label={title}
        aria-description={hint}
      />
    </figure>
  );
}

/** The run's charts, from its report (the worker did the aggregation): the same charts as the HTML report. */
export function ReportCharts({ report, model }: { report: SimulationReport; model: ProcessModel }) {
  // The report is the run's; the map only names things, so its edits need not redraw the charts.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const charts = useMemo(() => reportCharts(report, model), [report]);
  const onHistogramClick = useMemo(
    () => (click: ChartClick) => {
      const target = histogramTarget(report, click);
      if (target) pickCase(target);
    },
    [report],
  );
  if (charts.length === 0) return null;
  return (
    <section className="sim-section" aria-labelledby="sim-charts-title">
      <h3 id="sim-charts-title">Charts</h3>
      {charts.map((c) => (
        <Chart
          key={c.id}
          title={c.title}
          option={c.option}
          height={c.height}
          {...(c.id === 'cycle-time' ? { hint: histogramHint, onClick: onHistogramClick } : {})}
        />
      ))}
    </section>
  );
}
