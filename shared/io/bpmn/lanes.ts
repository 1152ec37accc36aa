import { laneLayout } from '../../model/geometry';
import type { Lane } from '../../model';
import type { DiagramIndex } from './diagramIndex';
import { isType, many, one, text, type ModdleElement } from './moddleElement';

/** A pool of the file, kept under the map's `extensions.bpmn.pools` so that an export can draw it again. */
export interface PoolRecord {
  id: string;
  name?: string;
  processId?: string;
  lanes: string[];
  /** Lanes of the file that hold other lanes: the map shows only the innermost, an export nests them again. */
  parentLanes?: ParentLane[];
}

/** A lane of the file that holds lanes (`childLaneSet`): its own name, and its children's ids in order. */
export interface ParentLane {
  id: string;
  name?: string;
  children: string[];
}

export interface LaneReading {
  lanes: Lane[];
  /** The lane of each flow node that a lane (or a pool without lanes) names. */
  laneOf: Map<string, string>;
  pools: PoolRecord[];
  /** The lanes drawn for each process, for placing nodes no lane names by where they are drawn. */
  lanesByProcess: Map<string, string[]>;
  /** Processes outside any pool that were given a pool of their own (see readLanes), with the call activity calling one. */
  ownPools: { process: string; name?: string; caller?: string; lane?: string; belowMap?: boolean }[];
}

interface LaneCandidate {
  element: ModdleElement;
  /** The lane's name as the file has it (empty when it has none: an id is not a name). */
  name: string;
  /** Ids of the lanes right inside it. */
  children: string[];
}

/** Lanes of a process depth first. */
function laneTree(process: ModdleElement): LaneCandidate[] {
  const found: LaneCandidate[] = [];
  const walk = (laneSet: ModdleElement | undefined) => {
    for (const lane of many(laneSet, 'lanes')) {
      const inner = many(one(lane, 'childLaneSet'), 'lanes');
      found.push({ element: lane, name: text(lane, 'name')?.trim() ?? '', children: inner.map((l) => l.id!) });
      walk(one(lane, 'childLaneSet'));
    }
  };
  for (const laneSet of many(process, 'laneSets')) walk(laneSet);
  return found;
}

function geometry(id: string, diagram: DiagramIndex): Pick<Lane, 'y' | 'height'> {
  const shape = diagram.shapes.get(id);
  return shape && !shape.drillDown && shape.bounds.height > 0 ? { y: shape.bounds.y, height: shape.bounds.height } : {};
}

/** A call activity calling each process, by process id. */
function callActivities(roots: ModdleElement[]): Map<string, ModdleElement> {
  const callers = new Map<string, ModdleElement>();
  for (const process of roots.filter((r) => isType(r, 'bpmn:Process')))
    for (const node of flowNodesOf(process)) {
      const called = isType(node, 'bpmn:CallActivity') ? text(node, 'calledElement') : undefined;
      if (called !== undefined && !callers.has(called)) callers.set(called, node);
    }
  return callers;
}

/** Whether a process's nodes are drawn inside the shape of the call activity calling it (MIWG B.1.0 draws so). */
function drawnInside(process: ModdleElement, caller: ModdleElement | undefined, diagram: DiagramIndex): boolean {
  const box = caller?.id === undefined ? undefined : diagram.shapes.get(caller.id)?.bounds;
  const drawn = flowNodesOf(process).flatMap((node) => diagram.shapes.get(node.id!) ?? []);
  if (!box || drawn.length === 0) return false;
  return drawn.every(({ bounds: b }) => {
    const [x, y] = [b.x + b.width / 2, b.y + b.height / 2];
    return x > box.x && x < box.x + box.width && y > box.y && y < box.y + box.height;
  });
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
 * Turns pools and lanes into the map's flat lane list: the innermost lanes of nested ones, each with its own name as
 * the file has it; a pool without lanes becomes one lane named as the pool, a pool without a process an external
 * lane. The lanes that hold lanes are kept on the pool record, so that an export nests them again. A process
 * outside any pool, in a file with pools or other processes, gets a pool of its own (reported in `ownPools`).
 */
export function readLanes(definitions: ModdleElement, diagram: DiagramIndex): LaneReading {
  const reading: LaneReading = { lanes: [], laneOf: new Map(), pools: [], lanesByProcess: new Map(), ownPools: [] };
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
  const addProcessLanes = (process: ModdleElement, parents: ParentLane[], poolName?: string): string[] => {
    const candidates = laneTree(process);
    const owning = new Map<string, string>();
    for (const candidate of candidates)
      for (const node of many(candidate.element, 'flowNodeRef'))
        if (node.id) owning.set(node.id, candidate.element.id!);
    const used = new Set(owning.values());
    const ids: string[] = [];
    for (const candidate of candidates) {
      const id = candidate.element.id!;
      if (candidate.children.length && !used.has(id)) {
        const name = candidate.name || undefined;
        parents.push({ id, ...(name ? { name } : {}), children: candidate.children });
        continue;
      }
      reading.lanes.push({ id, name: candidate.name, kind: 'internal', ...geometry(id, diagram) });
      ids.push(id);
    }
    // A pool's only lane without a name of its own shows the pool's (as Signavio draws such a lane).
    const only = ids.length === 1 ? reading.lanes.find((l) => l.id === ids[0]) : undefined;
    if (only && !only.name && poolName) only.name = poolName;
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
    const parentLanes: ParentLane[] = [];
    let lanes = addProcessLanes(process, parentLanes, name?.trim());
    if (lanes.length === 0) {
      reading.lanes.push({ id, name: name ?? text(process, 'name') ?? '', kind: 'internal', ...geometry(id, diagram) });
      for (const node of flowNodesOf(process)) reading.laneOf.set(node.id!, id);
      lanes = [id];
    }
    reading.lanesByProcess.set(process.id, lanes);
    reading.pools.push({ id, name, processId: process.id, lanes, ...(parentLanes.length ? { parentLanes } : {}) });
  }
  const outside = roots.filter((r) => isType(r, 'bpmn:Process') && !seenProcesses.has(r.id ?? ''));
  const withContent = outside.filter((process) => flowNodesOf(process).length > 0);
  // Beside pools or other processes, a process outside any pool gets a pool of its own: it stays apart from the
  // others, and an export draws it where every tool shows it (a diagram draws one process or one collaboration).
  const ownPool = new Set(unique.length > 0 || withContent.length > 1 ? withContent : []);
  const taken = new Set([...reading.lanes.map((l) => l.id), ...reading.pools.map((p) => p.id)]);
  const callers = callActivities(roots);
  for (const process of outside) {
    const parentLanes: ParentLane[] = [];
    let lanes = addProcessLanes(process, ownPool.has(process) ? parentLanes : [], text(process, 'name')?.trim());
    if (ownPool.has(process)) {
      let id = `Participant_${process.id}`;
      while (taken.has(id)) id = `${id}_`;
      const name = text(process, 'name')?.trim() || undefined;
      const callerNode = callers.get(process.id!);
      const caller = callerNode && (text(callerNode, 'name')?.trim() ?? '');
      if (lanes.length === 0) {
        reading.lanes.push({ id, name: name ?? '', kind: 'internal' });
        for (const node of flowNodesOf(process)) reading.laneOf.set(node.id!, id);
        lanes = [id];
      }
      reading.pools.push({ id, name, processId: process.id, lanes, ...(parentLanes.length ? { parentLanes } : {}) });
      reading.ownPools.push({
        process: process.id!,
        ...(name ? { name } : {}),
        ...(caller ? { caller } : {}),
        ...(lanes[0] === id ? { lane: id } : {}),
        // A called process some tools draw inside its call activity stays drawn there; its lane goes below the map.
        ...(lanes[0] === id && drawnInside(process, callerNode, diagram) ? { belowMap: true } : {}),
      });
    }
    if (lanes.length) reading.lanesByProcess.set(process.id!, lanes);
  }
  return reading;
}

/**
 * Gives the lane of a process given a pool of its own a band, as the pool an export writes will have, so that a copy
 * imports with the same lanes: around its drawn nodes, or (for a called process drawn inside its call activity)
 * below everything else. Call once the nodes have their positions.
 */
export function settleOwnPoolBands(
  reading: LaneReading,
  nodes: readonly { id: string; parent?: string; x?: number; y?: number; height?: number }[],
  drawn: { has(id: string): boolean },
): void {
  const { padding, minHeight } = laneLayout;
  const laneOf = (id: string | undefined) => reading.lanes.find((l) => l.id === id && l.y === undefined);
  const topLevel = nodes.filter((n) => n.parent === undefined && n.y !== undefined);
  for (const own of reading.ownPools.filter((p) => !p.belowMap)) {
    const lane = laneOf(own.lane);
    const placed = topLevel.filter((n) => reading.laneOf.get(n.id) === own.lane);
    if (!lane || placed.length === 0) continue;
    // Folded rather than spread, so that a process of thousands of nodes stays within the argument limit.
    let top = placed.reduce((min, n) => Math.min(min, n.y!), Infinity);
    const bottom = placed.reduce((max, n) => Math.max(max, n.y! + (n.height ?? 0)), -Infinity);
    // Nodes the file does not draw were put in a row under the drawn ones; their band goes under every other band.
    const lowest = reading.lanes.reduce((max, l) => Math.max(max, (l.y ?? 0) + (l.height ?? 0)), -Infinity);
    const shift = placed.every((n) => !drawn.has(n.id)) ? Math.max(0, lowest - (top - padding)) : 0;
    for (const node of placed) node.y! += shift;
    top += shift;
    Object.assign(lane, { y: top - padding, height: Math.max(minHeight, bottom + shift - top + 2 * padding) });
  }
  let below = topLevel.reduce((max, n) => Math.max(max, n.y! + (n.height ?? 0)), 0);
  for (const lane of reading.lanes) below = Math.max(below, (lane.y ?? 0) + (lane.height ?? 0));
  for (const own of reading.ownPools.filter((p) => p.belowMap)) {
    const lane = laneOf(own.lane);
    if (!lane) continue;
    Object.assign(lane, { y: below + padding, height: minHeight });
    below += padding + minHeight;
  }
}
