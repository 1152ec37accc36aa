import { addScenario, type ProcessModel } from '../../shared/model';
import { automatedTaskSeconds, automationSaving } from '../../shared/sim/automation';
import type { KpiComparison } from '../../shared/sim/compare';
import { useEditor } from '../store/editorStore';
import type { AutomationRun } from './automationRuns';
import { comparisonRows, verdictWords, type Verdict } from './comparisonRows';
import { poolName } from './elementNames';
import { count, duration, percent } from './format';
import { Progress } from './Progress';
import './Comparison.css';

const marks: Record<Verdict, string> = { real: '✔', noise: '≈', none: '=', 'one-replication': '?' };

/** One difference with its interval and its verdict, in the comparison view's words and marks. */
function Difference({ name, kpi, model }: { name: string; kpi: KpiComparison | null; model: ProcessModel }) {
  if (!kpi) return null;
  const [row] = comparisonRows([kpi], (id) => poolName(model, id), model.currency);
  const { difference, interval, verdict } = row.against[0];
  return (
    <div className="sim-automation-figure">
      <dt>{name}</dt>
      <dd>
        {difference}
        {interval !== '–' && <span className="sim-compare-interval">95%: {interval}</span>}
        <span className={`sim-verdict sim-verdict-${verdict}`}>
          <span aria-hidden="true">{marks[verdict]} </span>
          {verdictWords[verdict]}
        </span>
      </dd>
    </div>
  );
}

/** Whether the map has a scenario with exactly these changes already (kept before, or written by hand). */
const keptAs = (model: ProcessModel, run: AutomationRun) =>
  model.scenarios.find((s) => JSON.stringify(s.overrides) === JSON.stringify(run.scenario.overrides));

/**
 * A measured saving of automating one task: its progress, or the hours freed, the cycle time and cost per case
 * differences, each with its paired 95% interval and verdict; and "Keep as scenario", an undoable edit of the map.
 */
export function AutomationSaving({
  run,
  model,
  taskName,
  stale,
  onCancel,
}: {
  run: AutomationRun;
  model: ProcessModel;
  taskName: string;
  stale: boolean;
  onCancel(): void;
}) {
  const apply = useEditor((s) => s.apply);
  const { state, scenario } = run;
  const titleId = `sim-automation-${run.taskId}`;
  const kept = keptAs(model, run);
  const saving = state.status === 'done' && state.comparison ? automationSaving(state.comparison) : null;
  const keep = () =>
    apply((m) => addScenario(m, { name: scenario.name, overrides: scenario.overrides }), { select: 'keep' });
  return (
    <section className="sim-automation-saving" aria-labelledby={titleId}>
      <h4 id={titleId}>Automating {taskName}</h4>
      <p className="sim-note">
        Measured as the scenario {scenario.name}: the task takes {duration(automatedTaskSeconds)} and needs no pool (no
        cost per hour; its fixed cost per case stays), against the map as drawn on the same random numbers.
      </p>
      {state.status === 'running' && (
        <div className="sim-automation-running">
          <Progress
            {...state}
            note={`${state.cancelling ? 'Cancelling' : 'Measuring'}… ${percent(state.fraction)} ·`}
          />
          <button type="button" onClick={onCancel} disabled={state.cancelling}>
            Cancel
          </button>
        </div>
      )}
      {state.status === 'cancelled' && <p className="sim-note">Stopped before the end: measure again.</p>}
      {state.status === 'failed' && (
        <p className="sim-error" role="alert">
          The measurement failed. <code>{state.code}</code> {state.message}
        </p>
      )}
      {state.status === 'done' && saving && (
        <>
          {stale && (
            <p className="sim-note sim-stale" role="note">
              Out of date: the map has changed since this measurement. Measure again to update it.
            </p>
          )}
          <dl className="sim-automation-figures">
            <Difference name="People's hours freed per month" kpi={saving.hoursFreed} model={model} />
            <Difference name="Cycle time (mean)" kpi={saving.cycleTime} model={model} />
            <Difference name="Cost per case (mean)" kpi={saving.costPerCase} model={model} />
          </dl>
          <p className="sim-note">
            Seed {state.report.seed}, {state.report.replications} replication
            {state.report.replications === 1 ? '' : 's'}, {count(state.report.cases.started)} cases in each run. Hours
            are 30 days of simulated time.
          </p>
          {kept ? (
            <p className="sim-status" role="status">
              In the map as the scenario {kept.name}: edit it and compare it in the Simulate drawer.
            </p>
          ) : (
            <button type="button" onClick={keep}>
              Keep as scenario
            </button>
          )}
        </>
      )}
    </section>
  );
}
