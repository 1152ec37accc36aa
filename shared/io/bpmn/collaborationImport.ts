import type { ProcessModelInput } from '../../model';
import type { LaneReading } from './lanes';
import { isType, many, one, text, type ModdleElement } from './moddleElement';

type FlowInput = ProcessModelInput['flows'][number];

/** Another party read from the file: a pool without a process of its own. */
export interface ParticipantReading {
  id: string;
  name: string;
  y?: number;
  height?: number;
}

/**
 * Takes the pools without a process (black boxes) out of the lanes read: each becomes one of the map's other
 * parties, placed where the file draws it, rather than an empty external lane.
 */
export function takeParticipants(lanes: LaneReading): ParticipantReading[] {
  const blackBoxes = new Set(lanes.pools.filter((p) => p.processId === undefined).map((p) => p.id));
  if (blackBoxes.size === 0) return [];
  const participants = lanes.lanes
    .filter((lane) => blackBoxes.has(lane.id))
    .map((lane) => ({
      id: lane.id,
      name: lane.name,
      ...(lane.y !== undefined ? { y: lane.y } : {}),
      ...(lane.height !== undefined ? { height: lane.height } : {}),
    }));
  lanes.lanes = lanes.lanes.filter((lane) => !blackBoxes.has(lane.id));
  lanes.pools = lanes.pools.filter((pool) => !blackBoxes.has(pool.id));
  return participants;
}

/**
 * The file's message flows that the map draws itself: those joining another party's pool and a node or another
 * party. The rest (between two processes' nodes, or to a pool that holds a process) stay kept as they are.
 */
export function readMessageFlows(
  definitions: ModdleElement,
  nodeIds: ReadonlySet<string>,
  participantIds: ReadonlySet<string>,
): FlowInput[] {
  const flows: FlowInput[] = [];
  const collaborations = many(definitions, 'rootElements').filter((r) => isType(r, 'bpmn:Collaboration'));
  for (const flow of collaborations.flatMap((c) => many(c, 'messageFlows'))) {
    const source = one(flow, 'sourceRef')?.id;
    const target = one(flow, 'targetRef')?.id;
    if (!flow.id || !source || !target || source === target) continue;
    const known = (id: string) => nodeIds.has(id) || participantIds.has(id);
    if (!known(source) || !known(target) || !(participantIds.has(source) || participantIds.has(target))) continue;
    const name = text(flow, 'name');
    flows.push({ id: flow.id, kind: 'message', source, target, ...(name ? { name } : {}) });
  }
  return flows;
}

/** Forgets the lane an import made of the map's own pool (a pool without lanes is read as one lane). */
export function dropOwnPoolLane(lanes: LaneReading, nodes: { lane?: string }[]): void {
  lanes.lanes = [];
  lanes.pools = [];
  for (const node of nodes) delete node.lane;
}
