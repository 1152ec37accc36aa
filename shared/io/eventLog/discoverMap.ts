import ELK from 'elkjs/lib/elk.bundled.js';
import type { ProcessModel } from '../../model';
import { laneLayout, nodeSize } from '../../model/geometry';
import type { EventLog } from '../../log/eventLog';
import { discoverTree, treeToModel } from '../../log/discovery';
import { autoLayout, elkBudget } from '../autoLayout';

/** An id for a map from its name: lower-case words joined by hyphens ("Purchase orders" → "purchase-orders"). */
function idFromName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return slug || 'discovered-process';
}

// autoLayout's options, but cycles are broken by the order of the nodes: the map is built in process order, so
// only the flows back into a loop are drawn backwards and every loop reads left to right with its way back below.
const elkOptions = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.spacing.nodeNode': '50',
  'elk.layered.spacing.nodeNodeBetweenLayers': '70',
  'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.cycleBreaking.strategy': 'MODEL_ORDER',
};

/** Lays the discovered map out left to right; a map too large for ELK goes to autoLayout's linear-time layout. */
async function layOut(model: ProcessModel): Promise<void> {
  let positions: Record<string, { x: number; y: number }> | undefined;
  if (model.nodes.length <= elkBudget.scopeNodes) {
    const graph = await new ELK()
      .layout({
        id: 'root',
        layoutOptions: elkOptions,
        children: model.nodes.map((n) => ({ id: n.id, ...nodeSize(n) })),
        edges: model.flows.map((f) => ({ id: f.id, sources: [f.source], targets: [f.target] })),
      })
      .catch(() => undefined);
    const pad = (value: number | undefined) => Math.round((value ?? 0) + laneLayout.padding);
    if (graph) positions = Object.fromEntries((graph.children ?? []).map((c) => [c.id, { x: pad(c.x), y: pad(c.y) }]));
  }
  positions ??= (await autoLayout(model)).positions;
  for (const node of model.nodes) Object.assign(node, positions[node.id] ?? {});
}

/**
 * A process map discovered from an event log (the inductive miner, leaving out behaviour rarer than `noise`, 0.2
 * unless given), with branch probabilities from the log, laid out left to right: ready to open, edit, simulate
 * and export. It lives here rather than in shared/log because the layout belongs to the io layer.
 */
export async function discoverMap(
  log: EventLog,
  options: { noise?: number; name?: string } = {},
): Promise<ProcessModel> {
  const name = options.name ?? log.name ?? 'Discovered process';
  const model = treeToModel(discoverTree(log, { noise: options.noise }), { id: idFromName(name), name });
  await layOut(model);
  return model;
}
