import { createStore } from 'zustand/vanilla';
import type { ProcessModel } from '../../shared/model';
import type { MapPick } from '../compare/mapPick';
import { mapRevision } from './mapRevision';
import type { CompareMapsSettings, MapToCompare, RunSettings } from './protocol';
import type { SimulationState } from './simulationClient';

/** What a run was made from: the process, the revision of its map, the scenario and the run settings. */
export interface ResultKey {
  processId: string;
  /** The map's content revision (mapRevision): an undo back to it makes the result current again. */
  revision: string;
  /** The editor's version at the run, a quick check before the revision is worked out. */
  version: number;
  scenario: string | null;
  settings: RunSettings;
}

/** A run that has started: in progress, done, failed or cancelled. */
export type RunState = Exclude<SimulationState, { status: 'idle' }>;

/** The latest run of one process and scenario, with the key it was made from. */
export interface StoredRun {
  key: ResultKey;
  state: RunState;
}

export interface ResultsState {
  /** Per process id, per scenario ('' for the map as drawn): its latest run. */
  runs: Readonly<Record<string, Readonly<Record<string, StoredRun>>>>;
  /** Per process id, the scenario slot of the run started last. */
  latest: Readonly<Record<string, string>>;
  /** Per process id, its latest what-if comparison (a run whose done state carries the comparison). */
  comparisons: Readonly<Record<string, StoredRun>>;
  /** The latest as-is against to-be comparison of two maps, whichever process was open: the maps and the run. */
  mapComparison: StoredMapComparison | null;
}

/** How a comparison of two maps was asked for, so that it can be run again as it was. */
export interface MapComparisonRequest {
  current: MapPick;
  future: MapPick;
  settings: CompareMapsSettings;
  /** Whether the open map's sample records gave the cases. */
  records: boolean;
  /**
   * The open map's process and content revision when a side was it "as it is now": once that map changes, the
   * comparison is out of date. Null when both sides were stored maps or save points, which do not change.
   */
  open: { processId: string; revision: string } | null;
}

/** An as-is against to-be comparison: the two maps as they were compared, and where its run stands. */
export interface StoredMapComparison {
  current: MapToCompare;
  future: MapToCompare;
  state: RunState;
  /** What was asked for; absent when the comparison was started without the picks (the worker's tests). */
  request?: MapComparisonRequest;
}

const slot = (scenario: string | null) => scenario ?? '';

/**
 * The app's simulation results, kept while the app is open (not across reloads): the latest run per process and
 * scenario, whichever view started or shows it.
 */
export function createResultsStore() {
  const store = createStore<ResultsState>(() => ({ runs: {}, latest: {}, comparisons: {}, mapComparison: null }));
  return {
    ...store,
    /** Keeps a run that has just started under its key, replacing the run of the same process and scenario. */
    started(key: ResultKey, state: RunState): void {
      const { runs, latest } = store.getState();
      const s = slot(key.scenario);
      store.setState({
        runs: { ...runs, [key.processId]: { ...runs[key.processId], [s]: { key, state } } },
        latest: { ...latest, [key.processId]: s },
      });
    },
    /** Keeps a comparison that has just started, replacing the process's comparison before it. */
    compareStarted(key: ResultKey, state: RunState): void {
      const { comparisons } = store.getState();
      store.setState({ comparisons: { ...comparisons, [key.processId]: { key, state } } });
    },
    /** Keeps a comparison of two maps that has just started, replacing the one before. */
    mapComparisonStarted(
      current: MapToCompare,
      future: MapToCompare,
      state: RunState,
      request?: MapComparisonRequest,
    ): void {
      store.setState({ mapComparison: { current, future, state, ...(request ? { request } : {}) } });
    },
    /** Updates the kept run with this state's run id; a run no longer kept (replaced) is ignored. */
    changed(state: RunState): void {
      const { runs, comparisons, mapComparison } = store.getState();
      if (mapComparison?.state.runId === state.runId) {
        if (mapComparison.state !== state) store.setState({ mapComparison: { ...mapComparison, state } });
        return;
      }
      for (const [processId, kept] of Object.entries(comparisons))
        if (kept.state.runId === state.runId) {
          if (kept.state !== state)
            store.setState({ comparisons: { ...comparisons, [processId]: { key: kept.key, state } } });
          return;
        }
      for (const [processId, slots] of Object.entries(runs))
        for (const [s, run] of Object.entries(slots))
          if (run.state.runId === state.runId) {
            if (run.state === state) return;
            store.setState({ runs: { ...runs, [processId]: { ...slots, [s]: { key: run.key, state } } } });
            return;
          }
    },
  };
}

export type ResultsStore = ReturnType<typeof createResultsStore>;

/** The latest run of a process for a scenario, or (scenario left out) the process's run started last. */
export function storedRun(state: ResultsState, processId: string | null, scenario?: string | null): StoredRun | null {
  if (processId === null) return null;
  const slots = state.runs[processId];
  if (!slots) return null;
  return slots[scenario === undefined ? (state.latest[processId] ?? '') : slot(scenario)] ?? null;
}

/**
 * Whether a comparison of two maps is out of date: one side was the open map as it is now, that process is open and
 * its map has changed since (an undo back to it makes the comparison current again). With another process open it
 * is not known, and not said.
 */
export function isMapComparisonStale(
  kept: StoredMapComparison,
  open: { processId: string | null; model: ProcessModel | null },
): boolean {
  const was = kept.request?.open;
  if (!was || !open.model || open.processId !== was.processId) return false;
  return mapRevision(open.model) !== was.revision;
}

/** Whether the open map differs from the map a result was made from (another process counts as different). */
export function isStale(key: ResultKey, open: { processId: string | null; model: ProcessModel; version: number }) {
  if (key.processId !== open.processId) return true;
  if (key.version === open.version) return false;
  return mapRevision(open.model) !== key.revision;
}
