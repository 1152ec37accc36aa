import type { ProcessModel } from '../../shared/model';
import type { ElementLabel } from './elementNames';
import { BottleneckShift } from './BottleneckShift';
import { ComparisonView } from './ComparisonView';
import { percent } from './format';
import { ProblemList } from './ProblemList';
import { Progress } from './Progress';
import type { SimulationState } from './simulationClient';

/** Where the latest what-if comparison stands: its progress, why it failed, or the comparison itself. */
export function ComparisonStatus({
  state,
  model,
  stale,
  label,
}: {
  state: SimulationState;
  model: ProcessModel;
  stale: boolean;
  label(id: string): ElementLabel;
}) {
  switch (state.status) {
    case 'idle':
      return null;
    case 'running':
      return (
        <Progress {...state} note={`${state.cancelling ? 'Cancelling' : 'Comparing'}… ${percent(state.fraction)} ·`} />
      );
    case 'cancelled':
      return <Progress {...state} note="Comparison stopped after" title="stopped before the end" />;
    case 'failed':
      if (state.problems.length > 0) return <ProblemList problems={state.problems} label={label} />;
      return (
        <p className="sim-error" role="alert">
          The comparison failed. <code>{state.code}</code> {state.message}
        </p>
      );
    case 'done':
      return (
        <>
          <p className="sim-status" role="status">
            Comparison done.
          </p>
          {stale && (
            <p className="sim-note sim-stale" role="note">
              Out of date: the map has changed since this comparison. Compare again to update it.
            </p>
          )}
          {state.comparison ? (
            <>
              <ComparisonView comparison={state.comparison} model={model} />
              <BottleneckShift comparison={state.comparison} model={model} />
            </>
          ) : (
            <p className="sim-error" role="alert">
              The comparison came back without its figures.
            </p>
          )}
        </>
      );
  }
}
