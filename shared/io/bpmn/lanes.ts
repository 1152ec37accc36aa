import type { Lane } from '../../model';
import type { DiagramIndex } from './diagramIndex';
import { isType, many, one, text, type ModdleElement } from './moddleElement';

/** A pool of the file, kept under the map's `extensions.bpmn.pools` so that an export can draw it again. */
export interface PoolRecord {
  id: string;
  name?: string;
  processId?: string;
  lanes: string[];
}

export interface LaneReading {
  lanes: Lane[];
  /** The lane of each flow node that a lane (or a pool without lanes) names. */
  laneOf: Map<string, string>;
  pools: PoolRecord[];
  /** The lanes drawn for each process, for placing nodes no lane names by where they are drawn. */
  lanesByProcess: Map<string, string[]>;
}

interface LaneCandidate {
  element: ModdleElement;
  path: string;
  leaf: boolean;
}

/** Lanes of a process depth first, each with its path name (`Sales / Key accounts`). */
function laneTree(process: ModdleElement): LaneCandidate[] {
  const found: LaneCandidate[] = [];
  const walk = (laneSet: ModdleElement | undefined, prefix: string) => {
    for (const lane of many(laneSet, 'lanes')) {
      const name = text(lane, 'name')?.trim() ?? lane.id ?? '';
      const path = prefix ? `${prefix} / ${name}` : name;
      const children = one(lane, 'childLaneSet');
      found.push({ element: lane, path, leaf: many(children, 'lanes').length === 0 });
      walk(children, path);
    }
  };
  for (const laneSet of many(process, 'laneSets')) walk(laneSet, '');
  return found;
}

function geometry(id: string, diagram: DiagramIndex): Pick<Lane, 'y' | 'height'> {
  const shape = diagram.shapes.get(id);
  return shape && !shape.drillDown && shape.bounds.height > 0 ? { y: shape.bounds.y, height: shape.bounds.height } : {};
}

/** Every flow node of a process, nested ones included. */
export function flowNodesOf(container: ModdleElement): ModdleElement[] {
  return many(container, 'flowElements').flatMap((element) =>
    isType(element, 'bpmn:FlowNode')
      ? [element, ...(isType(element, 'bpmn:SubProcess') ? flowNodesOf(element) : [])]
      : [],
  );
}

/**
 * Turns pools and lanes into the map's flat lane list: nested lanes become leaf lanes named by their path, a pool
 * without lanes becomes one lane, a pool without a process becomes an external lane. With several pools, lane
 * names start with their pool's name.
 */
export function readLanes(definitions: ModdleElement, diagram: DiagramIndex): LaneReading {
  const reading: LaneReading = { lanes: [], laneOf: new Map(), pools: [], lanesByProcess: new Map() };
  const roots = many(definitions, 'rootElements');
  const participants = roots.filter((r) => isType(r, 'bpmn:Collaboration')).flatMap((c) => many(c, 'participants'));
  const seenProcesses = new Set<string>();
  const unique = participants.filter((p) => {
    const process = one(p, 'processRef');
    if (!process?.id) return true;
    if (seenProcesses.has(process.id)) return false;
    seenProcesses.add(process.id);
    return true;
  });
  // Lane names carry their pool's name only when several pools hold processes; black-box pools hold no lanes.
  const prefixed = unique.filter((p) => one(p, 'processRef')).length > 1;
  const addProcessLanes = (process: ModdleElement, poolName: string | undefined): string[] => {
    const candidates = laneTree(process);
    const owning = new Map<string, string>();
    for (const candidate of candidates)
      for (const node of many(candidate.element, 'flowNodeRef'))
        if (node.id) owning.set(node.id, candidate.element.id!);
    const used = new Set(owning.values());
    const ids: string[] = [];
    for (const candidate of candidates) {
      const id = candidate.element.id!;
      if (!candidate.leaf && !used.has(id)) continue;
      const name = prefixed && poolName ? `${poolName} / ${candidate.path}` : candidate.path;
      reading.lanes.push({ id, name, kind: 'internal', ...geometry(id, diagram) });
      ids.push(id);
    }
    for (const [node, lane] of owning) reading.laneOf.set(node, lane);
    return ids;
  };
  for (const participant of unique) {
    const id = participant.id!;
    const name = text(participant, 'name');
    const process = one(participant, 'processRef');
    if (!process?.id) {
      reading.lanes.push({ id, name: name ?? '', kind: 'external', ...geometry(id, diagram) });
      reading.pools.push({ id, name, lanes: [id] });
      continue;
    }
    let lanes = addProcessLanes(process, name);
    if (lanes.length === 0) {
      reading.lanes.push({ id, name: name ?? text(process, 'name') ?? '', kind: 'internal', ...geometry(id, diagram) });
      for (const node of flowNodesOf(process)) reading.laneOf.set(node.id!, id);
      lanes = [id];
    }
    reading.lanesByProcess.set(process.id, lanes);
    reading.pools.push({ id, name, processId: process.id, lanes });
  }
  for (const process of roots.filter((r) => isType(r, 'bpmn:Process') && !seenProcesses.has(r.id ?? ''))) {
    const lanes = addProcessLanes(process, undefined);
    if (lanes.length) reading.lanesByProcess.set(process.id!, lanes);
  }
  return reading;
}
