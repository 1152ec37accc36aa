import type { ProcessModel } from '../../shared/model';
import type { SimulationReport, StatSummary } from '../../shared/sim';
import { revealElement } from '../canvas/revealElement';
import type { ElementLabel } from './elementNames';
import { count, duration, durationRange, money, moneyRange, numberRange, percent, shortNumber } from './format';
import { recordsWithExceptions } from './exceptionGroups';
import { ExceptionsView } from './ExceptionsView';
import { ReportCharts } from './ReportCharts';
import { VariantsView } from './VariantsView';
import { AutomationCandidates } from './AutomationCandidates';
import { flowFileName } from '../workspace/flowFile';
import { ActivityTable, ExceptionTable, ResourceTable } from './ReportTables';

interface ReportViewProps {
  report: SimulationReport;
  model: ProcessModel;
  label(id: string): ElementLabel;
  onSaveCsv?(name: string, csv: string): void;
  /** Saves the report as one self-contained HTML page (the map, figures, charts and assumptions). */
  onSaveHtml?(name: string, html: string): void;
}

type StatRow = [
  name: string,
  stat: StatSummary,
  value: (v: number) => string,
  range: (r: [number, number] | null) => string,
];

function KeyFigures({ report, currency }: { report: SimulationReport; currency: string }) {
  const { cases } = report;
  // Records differ from cases over several runs or in a bootstrap; where they do not, one tile says it.
  const records = report.exceptionRecords ? recordsWithExceptions(report) : cases.withExceptions;
  const tiles: Array<[string, string]> = [
    ['Cases started', count(cases.started)],
    ['Completed', count(cases.completed)],
    ['In progress', count(cases.inProgress)],
    // Cases are counted in every run; a record that fails in each of 3 runs is 3 of them, so say so.
    [
      report.replications > 1 ? `With exceptions, ${report.replications} runs` : 'With exceptions',
      count(cases.withExceptions),
    ],
    ...(records !== cases.withExceptions ? [['Records with exceptions', count(records)] as [string, string]] : []),
    ['Throughput per hour', shortNumber(report.throughputPerHour)],
    ['WIP, mean / max', `${shortNumber(report.wip.mean)} / ${count(report.wip.max)}`],
  ];
  const rows: StatRow[] = [
    ['Cycle time', report.cycleTime, duration, durationRange],
    ['Waiting time', report.waitingTime, duration, durationRange],
    ['Processing time', report.processingTime, duration, durationRange],
    ['Cost per case', report.costPerCase, (v) => money(v, currency), (r) => moneyRange(r, currency)],
    ['Handoffs per case', report.handoffsPerCase, shortNumber, numberRange],
  ];
  return (
    <section className="sim-section" aria-labelledby="sim-kpi-title">
      <h3 id="sim-kpi-title">Key figures</h3>
      <dl className="sim-tiles">
        {tiles.map(([name, value]) => (
          <div key={name} className="sim-tile">
            <dt>{name}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <table className="sim-table" aria-label="Key figures per completed case">
        <thead>
          <tr>
            <th scope="col">Per completed case</th>
            <th scope="col" className="num">
              Mean
            </th>
            <th scope="col" className="num">
              P90
            </th>
            <th scope="col" className="num" title="95% confidence interval of the mean, over the replications">
              95% CI
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([name, stat, value, range]) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              <td className="num">{value(stat.mean)}</td>
              <td className="num">{value(stat.p90)}</td>
              <td className="num">{range(stat.ci95)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.replications < 2 && <p className="sim-note">The 95% CI needs at least 2 replications.</p>}
    </section>
  );
}

function Bottlenecks({ report, label }: { report: SimulationReport; label(id: string): ElementLabel }) {
  return (
    <section className="sim-section" aria-labelledby="sim-bottlenecks-title">
      <h3 id="sim-bottlenecks-title">Bottlenecks</h3>
      {report.bottlenecks.length === 0 ? (
        <p className="sim-note">None: no activity&apos;s waiting reaches 5% of cycle time.</p>
      ) : (
        <ol className="sim-bottlenecks" aria-labelledby="sim-bottlenecks-title">
          {report.bottlenecks.map((b) => (
            <li key={b.id}>
              <button
                type="button"
                className="sim-bottleneck"
                title="Show on the map"
                onClick={() => revealElement(b.id)}
              >
                <span className="sim-bottleneck-head">
                  <span className="sim-bottleneck-name">{label(b.id).name}</span>
                  <span className="sim-score" aria-label={`score ${percent(b.score)}`}>
                    {percent(b.score)}
                  </span>
                </span>
                <span className="sim-bottleneck-reason">{b.reason}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** Which map the report shows: the map as drawn or a scenario, by its name (its id only if it is gone). */
function scenarioTitle(report: SimulationReport, model: ProcessModel): string {
  if (report.scenario === null) return 'The map as drawn';
  const scenario = model.scenarios.find((s) => s.id === report.scenario);
  if (!scenario) return `Scenario ${report.scenario} (no longer in the map)`;
  return `Scenario: ${scenario.name.trim() || scenario.id}`;
}

/** The report of a finished run: key figures, bottlenecks, charts, activities, resources and exceptions. */
export function ReportView({ report, model, label, onSaveCsv, onSaveHtml }: ReportViewProps) {
  const saveHtml = async () => {
    // Loaded when asked for: the page's SVG drawing of the map and charts is not needed before.
    const { htmlReport } = await import('../../shared/io/report/htmlReport');
    onSaveHtml?.(flowFileName(model).replace(/\.flow\.json$/, ' - report.html'), htmlReport(model, report));
  };
  return (
    <>
      <div className="sim-report-head">
        <p className="sim-report-scenario">{scenarioTitle(report, model)}</p>
        {onSaveHtml && (
          <button type="button" onClick={() => void saveHtml()}>
            Save report (HTML)
          </button>
        )}
      </div>
      <KeyFigures report={report} currency={model.currency} />
      <Bottlenecks report={report} label={label} />
      <ReportCharts report={report} model={model} />
      <VariantsView report={report} model={model} />
      <ActivityTable report={report} label={label} />
      <ResourceTable report={report} model={model} />
      <AutomationCandidates report={report} model={model} />
      {/* A run with records lists every exception with its record; without, the report's examples suffice. */}
      {report.exceptionRecords ? (
        <ExceptionsView report={report} model={model} label={label} onSaveCsv={onSaveCsv} />
      ) : (
        <ExceptionTable report={report} label={label} />
      )}
    </>
  );
}
