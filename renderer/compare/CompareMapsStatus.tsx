import type { StoredMapComparison } from '../simulation/resultsStore';
import { percent } from '../simulation/format';
import { Progress } from '../simulation/Progress';
import { MapComparisonView } from './MapComparisonView';

/**
 * Where the last comparison of two maps stands: its progress, why it failed or stopped, or the comparison; when the
 * open map it compared as it is now has changed since, a note says it is out of date, with "Compare again".
 */
export function CompareMapsStatus({
  kept,
  stale = false,
  onCompareAgain,
}: {
  kept: StoredMapComparison;
  stale?: boolean;
  onCompareAgain?: () => void;
}) {
  const { state, current, future } = kept;
  switch (state.status) {
    case 'running':
      return (
        <Progress
          {...state}
          note={`${state.cancelling ? 'Cancelling' : 'Comparing the two maps'}… ${percent(state.fraction)} ·`}
        />
      );
    case 'cancelled':
      return (
        <Progress
          {...state}
          note={state.replaced ? 'Stopped for another run after' : 'Comparison cancelled after'}
          title="stopped before the end"
        />
      );
    case 'failed':
      return (
        <div className="sim-error" role="alert">
          <p>
            The comparison could not run. <code>{state.code}</code> {state.message}
          </p>
          {state.problems.length > 0 && (
            <ul className="cmp-problems">
              {state.problems.map((p, i) => (
                <li key={i}>
                  {p.message} <code>{p.code}</code>
                </li>
              ))}
            </ul>
          )}
        </div>
      );
    case 'done':
      return state.comparison ? (
        <>
          {stale && (
            <div className="sim-note sim-stale cmp-stale" role="note">
              <span>
                Out of date: the open map has changed since this comparison. Compare again to update it, or undo back to
                the map as compared.
              </span>
              {onCompareAgain && (
                <button type="button" onClick={onCompareAgain}>
                  Compare again
                </button>
              )}
            </div>
          )}
          <MapComparisonView current={current} future={future} comparison={state.comparison} />
        </>
      ) : (
        <p className="sim-error" role="alert">
          The comparison came back without its figures.
        </p>
      );
  }
}
