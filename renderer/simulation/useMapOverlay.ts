import { useEffect, useMemo } from 'react';
import { create } from 'zustand';
import { useEditor } from '../store/editorStore';
import { resultsOverlay, type MapOverlay, type NodeHeat, type OverlayMetric } from '../../shared/io/report/overlay';
import { useResults } from './useResults';

interface OverlayState {
  /** What the map shows of the last run: a metric, or nothing. */
  metric: OverlayMetric | 'off';
  /** The overlay now shown; null: none (no run, a stale one, or off). Set by the legend, read by nodes and flows. */
  overlay: MapOverlay | null;
  choose(metric: OverlayMetric | 'off'): void;
}

export const useOverlay = create<OverlayState>((set) => ({
  metric: 'waiting',
  overlay: null,
  choose: (metric) => set({ metric }),
}));

/** One node's heat and bottleneck reason, if the map shows results; re-renders only when the overlay changes. */
export function useNodeOverlay(id: string): { heat: NodeHeat | undefined; bottleneck: string | undefined } {
  const heat = useOverlay((s) => s.overlay?.nodes.get(id));
  const bottleneck = useOverlay((s) => s.overlay?.bottlenecks.get(id));
  return { heat, bottleneck };
}

/** How many cases took a flow in the run shown, if any. */
export const useFlowCount = (id: string): number | undefined => useOverlay((s) => s.overlay?.flows.get(id));

/**
 * Works out the overlay of the open map's last run (once per run and metric) and publishes it; hidden while the
 * map differs from the map as run. Returns whether there is a run and whether it is out of date, for the legend.
 */
export function usePublishOverlay(): { hasRun: boolean; stale: boolean } {
  const processId = useEditor((s) => s.processId);
  const model = useEditor((s) => s.model);
  const metric = useOverlay((s) => s.metric);
  const results = useResults(processId);
  const report = results?.report ?? null;
  const stale = results?.stale === true;
  const current = report !== null && model !== null && !stale;
  // While current, the open map is the map as run, so its pools and names are the run's.
  const overlay = useMemo(
    () => (current && metric !== 'off' ? resultsOverlay(report, model, metric) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [current, report, metric],
  );
  useEffect(() => {
    useOverlay.setState({ overlay });
    return () => useOverlay.setState({ overlay: null });
  }, [overlay]);
  return { hasRun: report !== null, stale };
}
