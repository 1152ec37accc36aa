import { boundaryEventPosition, laneLayout, nodeSize, type Point, type Size } from '../../shared/model/geometry';
import {
  addLane,
  addNode,
  connect,
  isDataNode,
  moveToLane,
  type FlowNode,
  type ProcessModel,
} from '../../shared/model';
import { laneAt, laneFrame } from '../canvas/laneBands';
import type { PaletteItem } from '../panels/paletteItems';
import type { EditStep } from './composeEdits';
import { lanesMaterialised } from './laneSteps';
import { poolInsertion } from './poolInsertion';
import { inScope } from './scope';

/** Where to put a new element: at a point (a drop), beside a node (palette click with a selection), or anywhere visible. */
export type InsertionPlace = { at: Point } | { beside: FlowNode; fallback: Point } | { fallback: Point };

export type Insertion = { steps: EditStep[] } | { refusal: string };

/** What the canvas shows: the top level (null) or the inside of a sub-process. */
type Scope = string | null;

const grid = 10;
const snap = (value: number) => Math.round(value / grid) * grid;
const gapBeside = 70;

const overlaps = (model: ProcessModel, scope: Scope, x: number, y: number, w: number, h: number) =>
  model.nodes.some((n) => {
    if (!inScope(n, scope) || n.type === 'boundaryEvent') return false;
    const s = nodeSize(n);
    return x < n.x + s.width + 10 && n.x < x + w + 10 && y < n.y + s.height + 10 && n.y < y + h + 10;
  });

/** The first spot at or below (x, y) that overlaps no node. */
function freeSpot(model: ProcessModel, scope: Scope, x: number, y: number, w: number, h: number): Point {
  let spotY = y;
  for (let i = 0; i < 50 && overlaps(model, scope, x, spotY, w, h); i++) spotY += h + 30;
  return { x, y: spotY };
}

const acceptsIncoming = (n: Pick<FlowNode, 'type'>) => !['startEvent', 'boundaryEvent', 'annotation'].includes(n.type);
// A data object or store placed beside a task is joined to it by a data association; nothing leaves one here.
const sendsOutgoing = (n: Pick<FlowNode, 'type'>) =>
  !['endEvent', 'annotation', 'dataObject', 'dataStore'].includes(n.type);
const canHostBoundary = (n: FlowNode | undefined) => n !== undefined && (n.type === 'task' || n.type === 'subProcess');

/** The task or sub-process under a point, if any. */
function activityAt(model: ProcessModel, scope: Scope, p: Point): FlowNode | undefined {
  return model.nodes.findLast((n) => {
    const s = nodeSize(n);
    return (
      canHostBoundary(n) &&
      inScope(n, scope) &&
      p.x >= n.x &&
      p.x <= n.x + s.width &&
      p.y >= n.y &&
      p.y <= n.y + s.height
    );
  });
}

function laneInsertion(model: ProcessModel): Insertion {
  const frame = laneFrame(model, (n) => n);
  const name = `Lane ${model.lanes.length + 1}`;
  const top = model.nodes.filter((n) => n.parent === undefined);
  if (model.lanes.length === 0 && top.length > 0) {
    // The first lane wraps what is already drawn, as in other BPMN modellers.
    const minY = Math.min(...top.map((n) => n.y));
    const maxY = Math.max(...top.map((n) => n.y + nodeSize(n).height + laneLayout.labelRoom));
    const height = Math.max(laneLayout.minHeight, maxY - minY + 2 * laneLayout.padding);
    return {
      steps: [
        (m) => addLane(m, { name, y: snap(minY - laneLayout.padding), height: snap(height) }),
        (m) => moveToLane(m, { ids: top.map((n) => n.id), lane: m.lanes[0].id }),
      ],
    };
  }
  const bottom = frame.bands.reduce((max, band) => Math.max(max, band.y + band.height), 0);
  return {
    // The new lane's own edit comes first, so that it names the change ("Add lane 'Lane 2'").
    steps: [
      (m) => addLane(m, { name, y: bottom, height: laneLayout.minHeight + 40 }),
      ...lanesMaterialised(model, frame),
    ],
  };
}

/** Where a new node goes and which node, if any, it is connected from. */
function placement(model: ProcessModel, scope: Scope, size: Size, place: InsertionPlace, accepts: boolean) {
  if ('beside' in place) {
    const anchor = place.beside;
    const anchorSize = nodeSize(anchor);
    // Centres line up (not snapped), so that the flow between them is straight.
    const x = snap(anchor.x + anchorSize.width + gapBeside);
    const y = anchor.y + anchorSize.height / 2 - size.height / 2;
    return {
      position: freeSpot(model, scope, x, y, size.width, size.height),
      lane: anchor.lane,
      source: sendsOutgoing(anchor) && accepts ? anchor : undefined,
    };
  }
  const centre = 'at' in place ? place.at : place.fallback;
  const x = snap(centre.x - size.width / 2);
  const y = snap(centre.y - size.height / 2);
  return {
    position: 'at' in place ? { x, y } : freeSpot(model, scope, x, y, size.width, size.height),
    lane:
      scope === null
        ? laneAt(
            laneFrame(model, (n) => n),
            centre.y,
          )
        : undefined,
    source: undefined,
  };
}

/**
 * The edit steps that add a palette element at a place in a scope (the top level, or inside the sub-process
 * the canvas shows), connected from the node it is placed beside.
 */
export function insertion(
  model: ProcessModel,
  item: PaletteItem,
  place: InsertionPlace,
  scope: Scope = null,
): Insertion {
  if (item.pool) return poolInsertion(model, 'at' in place ? place.at : undefined, scope);
  if (item.lane || !item.node) {
    if (scope !== null) return { refusal: 'Lanes belong to the process itself: leave the sub-process to add one.' };
    return laneInsertion(model);
  }
  const template = scope === null ? item.node : { ...item.node, parent: scope };
  if (template.type === 'boundaryEvent') {
    const host = 'at' in place ? activityAt(model, scope, place.at) : 'beside' in place ? place.beside : undefined;
    if (!host || !canHostBoundary(host))
      return { refusal: 'A boundary event sits on a task: select a task first, or drop it onto one.' };
    const index = model.nodes.filter((n) => n.attachedTo === host.id).length;
    const at = boundaryEventPosition(host, index);
    return { steps: [(m) => addNode(m, { ...template, attachedTo: host.id, lane: host.lane, ...at })] };
  }
  const { position, lane, source } = placement(model, scope, nodeSize(template), place, acceptsIncoming(template));
  const steps: EditStep[] = [(m) => addNode(m, { ...template, ...position, ...(lane !== undefined ? { lane } : {}) })];
  const data = isDataNode(template);
  if (source && (!data || source.type === 'task' || source.type === 'subProcess'))
    steps.push((m) =>
      connect(m, { source: source.id, target: m.nodes[m.nodes.length - 1].id, ...(data ? { kind: 'data' } : {}) }),
    );
  // Fixing the drawn lane bands comes after the addition, whose label names the whole change.
  if (lane !== undefined)
    steps.push(
      ...lanesMaterialised(
        model,
        laneFrame(model, (n) => n),
      ),
    );
  return { steps };
}
