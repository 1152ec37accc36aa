import { useMemo } from 'react';
import type { ProcessModel } from '../../shared/model';
import type { SimulationReport } from '../../shared/sim';
import { reportCharts } from '../../shared/io/report/charts';
import { ChartFigure, type ChartClick } from '../charts/ChartFigure';
import { pickCase, type CaseTarget } from './caseChoice';

/**
 * The case a click on the cycle-time histogram asks for: one whose cycle time falls in the clicked bar's range.
 * Null for anything but a bar (the p50/p90 lines, say).
 */
export function histogramTarget(report: SimulationReport, click: ChartClick): CaseTarget | null {
  const bin = click.componentType === 'series' ? report.cycleTimeHistogram[click.dataIndex] : undefined;
  return bin ? { kind: 'cycleTime', from: bin.from, to: bin.to, scenario: report.scenario } : null;
}

const histogramHint = 'Click a bar to see one of its cases.';

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
        <ChartFigure
          key={c.id}
          className="sim-chart"
          title={c.title}
          option={c.option}
          height={c.height}
          {...(c.id === 'cycle-time' ? { hint: histogramHint, onClick: onHistogramClick } : {})}
        />
      ))}
    </section>
  );
}
