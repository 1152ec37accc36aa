import { useMemo } from 'react';
import { useStore } from 'zustand';
import type { ProcessModel } from '../../shared/model';
import type { SimulationReport } from '../../shared/sim';
import { automationCandidates, isPeopleTask } from '../../shared/sim/automation';
import { useCaseDataIfProvided } from '../data/caseDataContext';
import { useEditor } from '../store/editorStore';
import { appAutomationRuns, type AutomationRun, type AutomationRuns } from './automationRuns';
import { AutomationSaving } from './AutomationSaving';
import { poolName } from './elementNames';
import { shortNumber } from './format';
import type { RunSettings } from './protocol';
import { isStale } from './resultsStore';
import { useResults } from './useResults';
import './AutomationCandidates.css';

const noRuns: Readonly<Record<string, AutomationRun>> = {};

/**
 * The tasks people do, ranked by their hours per month, each with "Measure saving": the map as drawn run against
 * the scenario that automates the task, in the background, with the settings and records of the report's run.
 */
export function AutomationCandidates({
  report,
  model,
  runs = appAutomationRuns(),
}: {
  report: SimulationReport;
  model: ProcessModel;
  runs?: AutomationRuns;
}) {
  const processId = useEditor((s) => s.processId);
  const version = useEditor((s) => s.version);
  const dataset = useCaseDataIfProvided((s) => s.dataset);
  const shown = useResults(processId, null);
  const measured = useStore(runs.store, (s) => (processId === null ? noRuns : (s.runs[processId] ?? noRuns)));
  const candidates = useMemo(() => automationCandidates(report, model), [report, model]);
  if (report.scenario !== null) return null;

  // The settings of the run this report came from; the map's own when the report was made elsewhere.
  const settings: RunSettings = shown?.key.settings ?? {
    cases: model.simulation.cases,
    seed: model.simulation.seed,
    replications: model.simulation.replications,
    scenario: null,
  };
  const measure = (taskId: string) => {
    if (processId === null) return;
    const data = dataset ? { table: dataset.table, mapping: dataset.mapping } : undefined;
    runs.measure(processId, model, version, taskId, settings, data);
  };
  const people = model.nodes.some(isPeopleTask);
  return (
    <section className="sim-section" aria-labelledby="sim-automation-title">
      <h3 id="sim-automation-title">Automation candidates</h3>
      {candidates.length === 0 ? (
        <p className="sim-note">
          {people
            ? 'No time was measured in this run, so there are no hours per month to rank.'
            : 'No task here is done by people: give a user or manual task a pool to see what automating it saves.'}
        </p>
      ) : (
        <>
          <p className="sim-note">
            Tasks people do (tasks with a pool, except service and script tasks), by their hours of work per month of 30
            days.
          </p>
          <table className="sim-table sim-automation-table" aria-labelledby="sim-automation-title">
            <thead>
              <tr>
                <th scope="col">Task</th>
                <th scope="col" className="num" title="Hours of people's work per 30 days">
                  Hours / month
                </th>
                <th scope="col" className="num" title="Times it runs per 30 days">
                  Cases / month
                </th>
                <th scope="col">
                  <span className="sim-visually-hidden">Saving</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {candidates.map((c) => (
                <tr key={c.id}>
                  <th scope="row" title={`Done by ${poolName(model, c.pool)}`}>
                    {c.name}
                  </th>
                  <td className="num">{shortNumber(c.hoursPerMonth)}</td>
                  <td className="num">{shortNumber(c.casesPerMonth)}</td>
                  <td>
                    <button
                      type="button"
                      className="sim-automation-measure"
                      aria-label={`Measure saving of automating ${c.name}`}
                      disabled={measured[c.id]?.state.status === 'running'}
                      onClick={() => measure(c.id)}
                    >
                      Measure saving
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {candidates.map((c) => {
            const run = measured[c.id];
            if (!run) return null;
            const stale = isStale(run.key, { processId, model, version });
            return (
              <AutomationSaving
                key={c.id}
                run={run}
                model={model}
                taskName={c.name}
                stale={stale}
                onCancel={runs.cancel}
              />
            );
          })}
        </>
      )}
    </section>
  );
}
