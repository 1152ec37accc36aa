import { useMemo, useState } from 'react';
import type { ProcessModel } from '../../shared/model';
import { applyScenario } from '../../shared/sim';
import { SidePanel } from '../workspace/SidePanel';
import { elementLabeller, type ElementLabel } from './elementNames';
import { count, percent } from './format';
import { ProblemList } from './ProblemList';
import { Progress } from './Progress';
import { ReportView } from './ReportView';
import { SkippedRecords } from './SkippedRecords';
import { RunForm } from './RunForm';
import { rowsWithArrival } from './replayCount';
import { RunGuidance } from './RunGuidance';
import { runGuidance } from './runGuidance';
import { runProblems } from './runProblems';
import type { SimulationState } from './simulationClient';
import type { RunData, RunSettings } from './protocol';
import { ComparisonStatus } from './ComparisonStatus';
import { CompareMapsEntry } from '../compare/CompareMapsEntry';
import type { SimulationSession } from './useSimulation';
import './SimulatePanel.css';

/** Wall-clock time of a run: "85 ms", "2.4 s". */
const elapsed = (ms: number) => (ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`);

const idleNote = 'Runs the map forward in time with these settings, in the background.';

function RunStatus({
  state,
  model,
  stale,
  label,
  onSaveCsv,
  onSaveHtml,
}: {
  state: SimulationState;
  model: ProcessModel;
  stale: boolean;
  label(id: string): ElementLabel;
  onSaveCsv?(name: string, csv: string): void;
  onSaveHtml?(name: string, html: string): void;
}) {
  switch (state.status) {
    case 'idle':
      return <p className="sim-note">{idleNote}</p>;
    case 'running':
      return (
        <Progress {...state} note={`${state.cancelling ? 'Cancelling' : 'Simulating'}… ${percent(state.fraction)} ·`} />
      );
    case 'cancelled':
      if (state.replaced) return <Progress {...state} note="Stopped for another run after" title="one run at a time" />;
      return (
        <Progress {...state} note="Cancelled after" title={`stopped ${elapsed(state.stoppedInMs)} after Cancel`} />
      );
    case 'failed':
      // Problems found by the worker for a map that has changed since are shown live by the panel instead.
      if (state.problems.length > 0)
        return stale ? <p className="sim-note">{idleNote}</p> : <ProblemList problems={state.problems} label={label} />;
      return (
        <p className="sim-error" role="alert">
          The simulation failed. <code>{state.code}</code> {state.message}
        </p>
      );
    case 'done': {
      const { report } = state;
      const runs = `${report.replications} replication${report.replications === 1 ? '' : 's'}`;
      return (
        <>
          <p className="sim-status" role="status" title={`${count(state.events)} simulation events`}>
            Done: {count(report.cases.started)} cases ({runs}, seed {report.seed}) in {elapsed(state.elapsedMs)}.
          </p>
          {stale && (
            <p className="sim-note sim-stale" role="note">
              Out of date: the map has changed since this run. Run again to update it, or undo back to the map as run.
            </p>
          )}
          {report.caseData && (
            <p className="sim-note">
              Cases from {count(report.caseData.records)} records ({report.caseData.order} order).
            </p>
          )}
          {report.caseData && report.caseData.skipped.length > 0 && (
            <SkippedRecords skipped={report.caseData.skipped} />
          )}
          <ReportView report={report} model={model} label={label} onSaveCsv={onSaveCsv} onSaveHtml={onSaveHtml} />
        </>
      );
    }
  }
}

interface SimulatePanelProps {
  session: SimulationSession;
  model: ProcessModel;
  /** The map's sample records, which a run may use as its cases. */
  dataset?: (RunData & { name: string }) | null;
  onSaveCsv?(name: string, csv: string): void;
  onSaveHtml?(name: string, html: string): void;
  onClose(): void;
}

/**
 * Settings, Run and Cancel, progress, then the report of the chosen scenario's latest run; a map the engine cannot
 * run shows its problems instead.
 */
export function SimulatePanel({ session, model, dataset = null, onSaveCsv, onSaveHtml, onClose }: SimulatePanelProps) {
  const latest = session.latest.state;
  const last = latest.status === 'idle' ? null : latest.settings;
  const [scenario, setScenario] = useState<string | null>(last?.scenario ?? null);
  const chosen = scenario !== null && model.scenarios.some((s) => s.id === scenario) ? scenario : null;
  // Each scenario's latest run is kept: the panel shows the one chosen in the form.
  const { state, stale } = session.of(chosen);
  const problems = useMemo(() => runProblems(model, chosen), [model, chosen]);
  // A comparison starts from the map as drawn, whatever scenario the form shows (the worker checks the ticked ones).
  const baseProblems = useMemo(
    () => (chosen === null ? problems : runProblems(model, null)),
    [model, chosen, problems],
  );
  const label = useMemo(() => elementLabeller(model), [model]);
  // Guidance reads what the run will simulate: the chosen scenario's map (a broken scenario is listed as a problem).
  const scenarioModel = useMemo(() => {
    try {
      return chosen === null ? model : applyScenario(model, chosen);
    } catch {
      return model;
    }
  }, [model, chosen]);
  const compared = session.comparison;
  // The panel shows what was started last: the chosen scenario's run, or the comparison.
  const [view, setView] = useState<'run' | 'compare'>(() =>
    compared.state.status !== 'idle' && (latest.status === 'idle' || compared.state.runId > latest.runId)
      ? 'compare'
      : 'run',
  );
  const comparing = compared.state.status === 'running';
  const running = state.status === 'running' || comparing;
  const cancelling =
    (state.status === 'running' && state.cancelling) ||
    (compared.state.status === 'running' && compared.state.cancelling);
  const data = (order: RunSettings['recordOrder']) =>
    order && dataset ? { table: dataset.table, mapping: dataset.mapping } : undefined;

  return (
    <SidePanel title="Simulate" side="right" className="sim-panel" onClose={onClose}>
      <div className="sim-body">
        <RunForm
          model={model}
          initial={last}
          running={running}
          cancelling={cancelling}
          blocked={problems.length > 0}
          compareBlocked={baseProblems.length > 0}
          scenario={chosen}
          onScenario={(s) => {
            setScenario(s);
            setView('run');
          }}
          dataset={
            dataset && {
              name: dataset.name,
              rows: dataset.table.rows.length,
              arrivalColumn: dataset.mapping.arrivalColumn,
              timedRecords: () => rowsWithArrival(dataset.table, dataset.mapping.arrivalColumn),
            }
          }
          onRun={(settings) => {
            setView('run');
            session.run(settings, data(settings.recordOrder));
          }}
          onCompare={(settings) => {
            setView('compare');
            session.compare(settings, data(settings.recordOrder));
          }}
          onCancel={session.cancel}
          guidance={(order) => (
            <RunGuidance
              items={runGuidance(scenarioModel, {
                records: dataset !== null,
                recordArrivals:
                  order !== null && order !== 'file' && order !== 'bootstrap' && !!dataset?.mapping.arrivalColumn,
              })}
            />
          )}
        />
        <CompareMapsEntry />
        {view === 'compare' && compared.state.status !== 'idle' ? (
          <ComparisonStatus state={compared.state} model={model} stale={compared.stale} label={label} />
        ) : problems.length > 0 && !running ? (
          <ProblemList problems={problems} label={label} />
        ) : (
          <RunStatus
            state={state}
            model={model}
            stale={stale}
            label={label}
            onSaveCsv={onSaveCsv}
            onSaveHtml={onSaveHtml}
          />
        )}
      </div>
    </SidePanel>
  );
}
