import type { ProcessModelInput } from '../../model';
import type { DiagramIndex } from './diagramIndex';
import type { NodeDraft } from './flowNodes';
import type { LaneReading } from './lanes';
import type { QbpReading } from './qbp';
import type { FlowDraft } from './readProcesses';

type NodeInput = ProcessModelInput['nodes'][number];
type FlowInput = ProcessModelInput['flows'][number];

/** The lane whose band holds the middle of a top-level node, among its process's drawn lanes (in file order). */
function laneByPosition(node: NodeDraft, candidates: LaneReading['lanes'] | undefined): string | undefined {
  if (!candidates || node.y === undefined) return undefined;
  const middle = node.y + (node.height ?? 0) / 2;
  return candidates.find((l) => middle >= l.y! && middle < l.y! + l.height!)?.id;
}

/** Each process's lanes that have a band, in the order of the map's lanes. */
function drawnLanesByProcess(reading: LaneReading): Map<string, LaneReading['lanes']> {
  const drawn = new Map<string, LaneReading['lanes']>();
  for (const [process, ids] of reading.lanesByProcess) {
    const own = new Set(ids);
    drawn.set(
      process,
      reading.lanes.filter((l) => own.has(l.id) && l.y !== undefined && l.height !== undefined),
    );
  }
  return drawn;
}

/**
 * Puts each node in its lane: the lane naming it, else the lane it is drawn in, else (inside a sub-process) the
 * lane of the sub-process. A Flowwright export names every lane exactly (`exact`), so nothing is guessed there.
 */
export function assignLanes(
  nodes: NodeDraft[],
  reading: LaneReading,
  processOf: Map<string, string>,
  diagram: DiagramIndex,
  exact: boolean,
): void {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const candidates = drawnLanesByProcess(reading);
  for (const node of nodes) {
    let lane = reading.laneOf.get(node.id);
    if (exact) {
      if (lane) node.lane = lane;
      continue;
    }
    if (!lane && node.parent === undefined && diagram.shapes.get(node.id)?.plane === 'main')
      lane = laneByPosition(node, candidates.get(processOf.get(node.id) ?? ''));
    if (lane) node.lane = lane;
  }
  // Parents come before their children in reading order.
  if (!exact) for (const node of nodes) if (!node.lane && node.parent) node.lane = byId.get(node.parent)?.lane;
}

const fromFlowwright = <T extends object>(
  target: T,
  saved: Record<string, unknown> | undefined,
  keys: string[],
): void => {
  if (!saved) return;
  for (const key of keys) if (saved[key] !== undefined) (target as Record<string, unknown>)[key] = saved[key];
};

function withExtensions(draft: {
  bpmn: Record<string, unknown>;
  extensions: Record<string, unknown>;
  flowwright?: Record<string, unknown>;
}): Record<string, unknown> | undefined {
  const saved = draft.flowwright?.extensions;
  const extensions: Record<string, unknown> = {
    ...(saved && typeof saved === 'object' ? saved : {}),
    ...draft.extensions,
  };
  if (Object.keys(draft.bpmn).length) extensions.bpmn = draft.bpmn;
  return Object.keys(extensions).length ? extensions : undefined;
}

/** A node draft as the map's node: plain events get no eventType, QBP and saved Flowwright values are merged in. */
export function toNodeInput(draft: NodeDraft, qbp: QbpReading | undefined): NodeInput {
  const { bpmn: _bpmn, extensions: _extensions, flowwright, eventType, ...fields } = draft;
  const node: NodeInput = { ...fields, x: draft.x ?? 0, y: draft.y ?? 0 };
  if (eventType !== undefined && eventType !== 'none') node.eventType = eventType;
  const sim = qbp?.nodeSim.get(draft.id);
  if (sim && Object.keys(sim).length) node.sim = sim;
  fromFlowwright(node, flowwright, ['sim', 'requiredFields', 'condition', 'timer', 'lane']);
  const extensions = withExtensions(draft);
  if (extensions) node.extensions = extensions;
  return node;
}

/** A flow draft as the map's flow, with its QBP probability and saved Flowwright values. */
export function toFlowInput(draft: FlowDraft, qbp: QbpReading | undefined): FlowInput {
  const { bpmn: _bpmn, extensions: _extensions, flowwright, parent: _parent, ...fields } = draft;
  const flow: FlowInput = { ...fields };
  const probability = qbp?.flowProbability.get(draft.id);
  if (probability !== undefined) flow.probability = probability;
  fromFlowwright(flow, flowwright, ['probability']);
  const extensions = withExtensions(draft);
  if (extensions) flow.extensions = extensions;
  return flow;
}
