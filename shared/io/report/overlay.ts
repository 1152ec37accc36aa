import type { ProcessModel } from '../../model';
import type { SimulationReport } from '../../sim';
import type { SvgOverlay } from '../svg';
import { count, duration, percent } from './format';

/** What the heat on the map shows. */
export type OverlayMetric = 'waiting' | 'utilization' | 'frequency';

export const overlayMetrics: ReadonlyArray<{ value: OverlayMetric; label: string }> = [
  { value: 'waiting', label: 'Waiting share' },
  { value: 'utilization', label: 'Utilisation of its pool' },
  { value: 'frequency', label: 'How often it runs' },
];

export interface NodeHeat {
  /** 0 (cool) to 1 (hot). */
  intensity: number;
  /** The figure in words, for the node's tooltip. */
  text: string;
}

/** A run's results laid on the map: heat per activity, cases per flow, bottlenecks with why in words. */
export interface MapOverlay {
  nodes: ReadonlyMap<string, NodeHeat>;
  flows: ReadonlyMap<string, number>;
  bottlenecks: ReadonlyMap<string, string>;
}

const clamp = (v: number) => (Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0);

/**
 * The overlay of a report on its map for one metric. Waiting share: the mean wait over the mean wait plus work of
 * the activity. Utilisation: busy time over the working time of the activity's pool (activities without a pool have
 * no heat). Frequency: how often it ran, against the activity that ran most.
 */
export function resultsOverlay(report: SimulationReport, model: ProcessModel, metric: OverlayMetric): MapOverlay {
  const poolOf = new Map(model.nodes.map((n) => [n.id, n.sim?.resource]));
  const pools = new Map(report.resources.map((r) => [r.id, r]));
  const poolName = new Map(model.simulation.resources.map((r) => [r.id, r.name.trim() || r.id]));
  const most = Math.max(0, ...report.activities.map((a) => a.count));
  const nodes = new Map<string, NodeHeat>();
  for (const a of report.activities) {
    if (metric === 'waiting') {
      const total = a.waiting.mean + a.processing.mean;
      const share = total > 0 ? a.waiting.mean / total : 0;
      nodes.set(a.id, {
        intensity: clamp(share),
        text: `Waits ${percent(share)} of its time (mean wait ${duration(a.waiting.mean)}, work ${duration(a.processing.mean)})`,
      });
    } else if (metric === 'utilization') {
      const id = poolOf.get(a.id);
      const pool = id === undefined ? undefined : pools.get(id);
      if (id !== undefined && pool)
        nodes.set(a.id, {
          intensity: clamp(pool.utilization),
          text: `${poolName.get(id) ?? id} busy ${percent(pool.utilization)} of their working time`,
        });
    } else {
      nodes.set(a.id, {
        intensity: most > 0 ? clamp(a.count / most) : 0,
        text: `Ran ${count(a.count)} time${a.count === 1 ? '' : 's'}`,
      });
    }
  }
  const bottlenecks = new Map<string, string>();
  for (const b of report.bottlenecks) {
    const id = poolOf.get(b.id);
    const pool = id === undefined ? undefined : pools.get(id);
    const busy = id !== undefined && pool ? `; ${poolName.get(id) ?? id} busy ${percent(pool.utilization)}` : '';
    bottlenecks.set(b.id, `Bottleneck: waiting here is ${percent(b.score)} of all cycle time${busy}`);
  }
  return { nodes, flows: new Map(report.flows.map((f) => [f.id, f.count])), bottlenecks };
}

/** The heat's colour: pale yellow for cool through orange to red for hot, light enough to read a label on. */
export function heatColour(intensity: number): string {
  const i = clamp(intensity);
  return `hsl(${Math.round(50 - 48 * i)} 90% ${Math.round(92 - 24 * i)}%)`;
}

/** The overlay as the SVG and PNG exports draw it, with a caption saying what the colours show. */
export function svgOverlay(overlay: MapOverlay, metric: OverlayMetric): SvgOverlay {
  const label = overlayMetrics.find((m) => m.value === metric)?.label ?? metric;
  return {
    nodes: new Map(
      [...overlay.nodes].map(([id, heat]) => [id, { colour: heatColour(heat.intensity), text: heat.text }]),
    ),
    flows: overlay.flows,
    bottlenecks: overlay.bottlenecks,
    caption: `Simulation results. Colour: ${label.toLowerCase()}, from low (pale yellow) to high (red); numbers on flows: cases.`,
  };
}
