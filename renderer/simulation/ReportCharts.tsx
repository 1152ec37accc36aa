import { useEffect, useMemo, useRef } from 'react';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { ProcessModel } from '../../shared/model';
import type { SimulationReport } from '../../shared/sim';
import { reportCharts, type ChartOption } from '../../shared/io/report/charts';

echarts.use([BarChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

/** One chart on a canvas, redrawn when its option changes and resized with its box. */
function Chart({ title, option }: { title: string; option: ChartOption }) {
  const box = useRef<HTMLDivElement>(null);
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
    <figure className="sim-chart">
      <figcaption>{title}</figcaption>
      <div ref={box} className="sim-chart-canvas" role="img" aria-label={title} />
    </figure>
  );
}

/** The run's charts, from its report (the worker did the aggregation): the same charts as the HTML report. */
export function ReportCharts({ report, model }: { report: SimulationReport; model: ProcessModel }) {
  // The report is the run's; the map only names things, so its edits need not redraw the charts.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const charts = useMemo(() => reportCharts(report, model), [report]);
  if (charts.length === 0) return null;
  return (
    <section className="sim-section" aria-labelledby="sim-charts-title">
      <h3 id="sim-charts-title">Charts</h3>
      {charts.map((c) => (
        <Chart key={c.id} title={c.title} option={c.option} />
      ))}
    </section>
  );
}
