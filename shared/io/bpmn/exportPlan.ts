import { isDataFlow, isMessageFlow, participantsOf, type FlowNode, type ProcessModel } from '../../model';
import type { KeptElement } from './keptExtensions';
import { keptModel, keptNode } from './keptShapes';
import type { PoolRecord } from './lanes';

export interface ProcessPlan {
  id: string;
  name?: string;
  isExecutable?: boolean;
  attrs?: Record<string, string>;
  extensionElements?: KeptElement[];
}

/** A pool to draw: its lanes are model lanes; a pool whose one lane has its own id is that lane (no lane set). */
export interface PoolPlan extends PoolRecord {
  external: boolean;
}

/** Which process and pool each part of the map is written into. */
export interface ExportPlan {
  processes: ProcessPlan[];
  pools: PoolPlan[];
  processOf: Map<string, string>;
}

function ancestorOf(node: FlowNode, byId: Map<string, FlowNode>): FlowNode {
  let top = node;
  for (let guard = 0; top.parent !== undefined && byId.has(top.parent) && guard < 1000; guard++)
    top = byId.get(top.parent)!;
  return top;
}

/**
 * One process holding everything, in one pool with every lane. Other parties are the map's participants (written
 * by buildPools); an external lane stays a lane, so that it comes back as one.
 */
function singleProcess(model: ProcessModel, main: ProcessPlan, id: (modelId: string) => string): ExportPlan {
  const pools: PoolPlan[] = [];
  const inside = model.lanes.map((l) => l.id);
  // Other parties make a collaboration, in which the map's own process is a pool too (with or without lanes).
  if (model.lanes.length || participantsOf(model).length)
    pools.push({
      id: `Participant_${id(main.id)}`,
      name: model.name,
      processId: main.id,
      lanes: inside,
      external: false,
    });
  return { processes: [main], pools, processOf: new Map(model.nodes.map((n) => [n.id, main.id])) };
}

/**
 * Plans processes and pools: an imported map's pools and processes come back as they were (lanes deleted since
 * are left out, lanes added join the first pool); any other map is one process, in one pool when it has lanes.
 * When a flow would cross from one process into another, everything goes into one process.
 */
export function planExport(model: ProcessModel, id: (modelId: string) => string): ExportPlan {
  const kept = keptModel(model);
  const keptProcesses = kept.processes ?? [];
  const main: ProcessPlan = {
    ...(keptProcesses[0] ?? { id: model.id }),
    // An imported map's first process keeps its own name (or none); the map's name may be a pool's.
    name: keptProcesses[0] ? keptProcesses[0].name : model.name || undefined,
  };
  const laneIds = new Set(model.lanes.map((l) => l.id));
  const keptPools = (kept.pools ?? [])
    .map((pool) => ({ ...pool, lanes: pool.lanes.filter((lane) => laneIds.has(lane)), external: !pool.processId }))
    .filter((pool) => pool.lanes.length > 0);
  const processIds = new Set(keptProcesses.map((p) => p.id));
  // Pools naming processes the map no longer keeps (a hand-edited file) cannot be written as they were.
  if (keptPools.length === 0 || keptPools.some((p) => p.processId !== undefined && !processIds.has(p.processId)))
    return singleProcess(model, main, id);

  const inPool = new Set(keptPools.flatMap((p) => p.lanes));
  const host = keptPools.find((p) => !p.external);
  const orphans = model.lanes.filter((l) => !inPool.has(l.id)).map((l) => l.id);
  if (orphans.length && !host) return singleProcess(model, main, id);
  // A pool that was only its own lane gets a lane set once other lanes join it.
  if (host && orphans.length) host.lanes.push(...orphans);
  const processOfLane = new Map(keptPools.flatMap((p) => p.lanes.map((lane) => [lane, p.processId] as const)));
  const byId = new Map(model.nodes.map((n) => [n.id, n]));
  const processOf = new Map<string, string>();
  for (const node of model.nodes) {
    const top = ancestorOf(node, byId);
    const fromLane = top.lane === undefined ? undefined : processOfLane.get(top.lane);
    const keptProcess = keptNode(top).process;
    const processId = fromLane ?? (keptProcess && processIds.has(keptProcess) ? keptProcess : main.id);
    processOf.set(node.id, processId);
  }
  // Message flows join pools, and a task may read or write data held in another pool's process (a shared data
  // store): only sequence flows across processes force one process.
  const sequence = (f: (typeof model.flows)[number]) => !isMessageFlow(f) && !isDataFlow(f);
  if (model.flows.some((f) => sequence(f) && processOf.get(f.source) !== processOf.get(f.target)))
    return singleProcess(model, main, id);
  if (keptPools.some((p) => p.external && model.nodes.some((n) => n.lane !== undefined && p.lanes.includes(n.lane))))
    return singleProcess(model, main, id);
  const used = new Set([...processOf.values(), ...keptPools.map((p) => p.processId), main.id]);
  const processes = [main, ...keptProcesses.slice(1)].filter((p) => used.has(p.id));
  return { processes, pools: keptPools, processOf };
}
