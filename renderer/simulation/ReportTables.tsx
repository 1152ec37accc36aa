import type { ProcessModel } from '../../shared/model';
import type { ExceptionKind, ExceptionReport, SimulationReport } from '../../shared/sim';
import { revealElement } from '../canvas/revealElement';
import { poolName, type ElementLabel } from './elementNames';
import { count, duration, exceptionKindNames as kindNames, money, percent, shortNumber } from './format';

export { exceptionKindNames as kindNames } from '../../shared/io/report/format';

type Labeller = (id: string) => ElementLabel;

/** Per task and sub-process: executions, mean wait and work, and the mean queue in front of it. */
export function ActivityTable({ report, label }: { report: SimulationReport; label: Labeller }) {
  return (
    <section className="sim-section" aria-labelledby="sim-activities-title">
      <h3 id="sim-activities-title">Activities</h3>
      <table className="sim-table" aria-labelledby="sim-activities-title">
        <thead>
          <tr>
            <th scope="col">Activity</th>
            <th scope="col" className="num">
              Count
            </th>
            <th scope="col" className="num">
              Mean wait
            </th>
            <th scope="col" className="num">
              Mean work
            </th>
            <th scope="col" className="num" title="Cases queued for it: time average (maximum)">
              Queue
            </th>
          </tr>
        </thead>
        <tbody>
          {report.activities.map((a) => (
            <tr key={a.id}>
              <th scope="row">{label(a.id).name}</th>
              <td className="num">{count(a.count)}</td>
              <td className="num">{duration(a.waiting.mean)}</td>
              <td className="num">{duration(a.processing.mean)}</td>
              <td className="num" title={`at most ${count(a.queueLength.max)}`}>
                {shortNumber(a.queueLength.mean)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Per pool: utilization and the cost of its busy time. */
export function ResourceTable({ report, model }: { report: SimulationReport; model: ProcessModel }) {
  if (report.resources.length === 0) return null;
  return (
    <section className="sim-section" aria-labelledby="sim-resources-title">
      <h3 id="sim-resources-title">Resources</h3>
      <table className="sim-table" aria-labelledby="sim-resources-title">
        <thead>
          <tr>
            <th scope="col">Pool</th>
            <th scope="col">Utilization</th>
            <th scope="col" className="num">
              Cost
            </th>
          </tr>
        </thead>
        <tbody>
          {report.resources.map((r) => (
            <tr key={r.id}>
              <th scope="row">{poolName(model, r.id)}</th>
              <td>
                <span className="sim-meter" aria-hidden="true">
                  <span style={{ width: percent(Math.min(1, r.utilization)) }} />
                </span>
                {percent(r.utilization)}
              </td>
              <td className="num">{money(r.cost, model.currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Exceptions grouped by kind, then by element, with how many cases each concerned. */
export function ExceptionTable({ report, label }: { report: SimulationReport; label: Labeller }) {
  const groups = new Map<ExceptionKind, ExceptionReport[]>();
  for (const e of report.exceptions) groups.set(e.kind, [...(groups.get(e.kind) ?? []), e]);
  return (
    <section className="sim-section" aria-labelledby="sim-exceptions-title">
      <h3 id="sim-exceptions-title">Exceptions</h3>
      {groups.size === 0 ? (
        <p className="sim-note">None.</p>
      ) : (
        <table className="sim-table sim-exceptions" aria-labelledby="sim-exceptions-title">
          <thead>
            <tr>
              <th scope="col">Element</th>
              <th scope="col" className="num">
                Count
              </th>
            </tr>
          </thead>
          {[...groups].map(([kind, items]) => (
            <tbody key={kind}>
              <tr className="sim-group">
                <th scope="rowgroup">{kindNames[kind]}</th>
                <td className="num">{count(items.reduce((sum, e) => sum + e.count, 0))}</td>
              </tr>
              {items.map((e, i) => {
                const element = label(e.nodeId);
                return (
                  <tr key={`${e.nodeId}-${i}`}>
                    <th scope="row">
                      {element.onMap ? (
                        <button
                          type="button"
                          className="sim-link"
                          title="Show on the map"
                          onClick={() => revealElement(e.nodeId)}
                        >
                          {element.name}
                        </button>
                      ) : (
                        element.name
                      )}
                      <span className="sim-exception-message" title={`e.g. ${e.examples.join(', ')}`}>
                        {e.message}
                      </span>
                    </th>
                    <td className="num">{count(e.count)}</td>
                  </tr>
                );
              })}
            </tbody>
          ))}
        </table>
      )}
    </section>
  );
}
