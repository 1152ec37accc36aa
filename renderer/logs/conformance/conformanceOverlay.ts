import { create } from 'zustand';
import type { NodeDeviation } from '../../../shared/log/conformance';

/** A node's deviations as the map shows them: a short badge and the words of its tooltip. */
export interface DeviationBadge {
  text: string;
  title: string;
}

interface ConformanceOverlayState {
  /** Badges by node id of the check shown on the map; null: none shown. */
  badges: ReadonlyMap<string, DeviationBadge> | null;
}

/** The conformance check laid on the map, beside the simulation results overlay (its own store: both can show). */
export const useConformanceOverlay = create<ConformanceOverlayState>(() => ({ badges: null }));

const times = (n: number) => (n === 1 ? 'once' : `${n.toLocaleString('en')} times`);

/** The badge of one node: "12 missing", "3 left over", or both. */
export function deviationBadge(d: NodeDeviation): DeviationBadge {
  const parts: string[] = [];
  const title: string[] = [];
  if (d.missing > 0) {
    parts.push(`${d.missing.toLocaleString('en')} missing`);
    title.push(`${d.name}: done ${times(d.missing)} when the map did not allow it (missing tokens)`);
  }
  if (d.remaining > 0) {
    parts.push(`${d.remaining.toLocaleString('en')} left over`);
    title.push(`${d.name}: expected ${times(d.remaining)} but not reached (remaining tokens)`);
  }
  return { text: parts.join(' · '), title: title.join('; ') };
}

/** Shows the deviations on the map (null: hides them). */
export function showDeviations(deviations: readonly NodeDeviation[] | null): void {
  useConformanceOverlay.setState({
    badges: deviations && new Map(deviations.map((d) => [d.nodeId, deviationBadge(d)])),
  });
}

/** One node's badge, if the map shows a check; re-renders only when it changes. */
export const useDeviationBadge = (id: string): DeviationBadge | undefined =>
  useConformanceOverlay((s) => s.badges?.get(id));
