import { useMemo } from 'react';
import { useStore } from 'zustand';
import type { SimulationReport } from '../../shared/sim';
import { useEditor } from '../store/editorStore';
import { isStale, storedRun, type ResultKey, type ResultsStore, type RunState } from './resultsStore';
import { appResults } from './simulationService';

/** A kept run as views see it. */
export interface ResultsView {
  key: ResultKey;
  state: RunState;
  /** The report when the run is done, else null. */
  report: SimulationReport | null;
  /** Whether the map has changed since the run; null for a process that is not open (its map is not at hand). */
  stale: boolean | null;
}

/**
 * The latest run of a process, for one scenario (null: the map as drawn) or, scenario left out, the one started
 * last; null when there is none. Re-renders when the run progresses and when the open map changes.
 */
export function useResults(
  processId: string | null,
  scenario?: string | null,
  results: ResultsStore = appResults(),
): ResultsView | null {
  const run = useStore(results, (s) => storedRun(s, processId, scenario));
  const openId = useEditor((s) => s.processId);
  const model = useEditor((s) => s.model);
  const version = useEditor((s) => s.version);
  return useMemo(() => {
    if (!run) return null;
    const stale = openId === processId && model ? isStale(run.key, { processId: openId, model, version }) : null;
    const report = run.state.status === 'done' ? run.state.report : null;
    return { key: run.key, state: run.state, report, stale };
  }, [run, openId, processId, model, version]);
}
