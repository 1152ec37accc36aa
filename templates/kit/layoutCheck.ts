import { laneLayout, nodeSize } from '../../shared/io/autoLayout';
import type { Flow, FlowNode, ProcessModel } from '../../shared/model/schema';
import { flowLabelSize, outerLabelHalfWidth, wrappedLines } from './gridLayout';

interface Box {
  what: string;
  x: number;
  y: number;
  width: number;
  height: number;
}
type Point = { x: number; y: number };

const margin = 6;
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width + margin &&
  b.x < a.x + a.width + margin &&
  a.y < b.y + b.height + margin &&
  b.y < a.y + a.height + margin;

/** A segment of a flow (horizontal or vertical) crossing the inside of a box. */
function crosses(a: Point, b: Point, box: Box): boolean {
  const [x1, x2] = [Math.min(a.x, b.x), Math.max(a.x, b.x)];
  const [y1, y2] = [Math.min(a.y, b.y), Math.max(a.y, b.y)];
  return x1 < box.x + box.width && box.x < x2 + 0.5 && y1 < box.y + box.height && box.y < y2 + 0.5;
}

const hasOuterLabel = (node: FlowNode) => node.type !== 'task' && node.type !== 'subProcess' && node.name !== '';

/** The shape, and for events and gateways the name written under it (one or two lines). */
function boxesOf(node: FlowNode): Box[] {
  const size = nodeSize(node);
  const shape = { what: node.id, x: node.x, y: node.y, ...size };
  if (!hasOuterLabel(node)) return [shape];
  const half = outerLabelHalfWidth(node);
  const lines = wrappedLines(node.name, 7, 120).length;
  const label = {
    what: `name of ${node.id}`,
    x: node.x + size.width / 2 - half,
    y: node.y + size.height + 4,
    width: 2 * half,
    height: lines * 15,
  };
  return [shape, label];
}

/** The points a flow is drawn through, as the canvas routes it (handles on the right, boundary events below). */
function route(flow: Flow, source: FlowNode, target: FlowNode): Point[] {
  const s = nodeSize(source);
  const t = nodeSize(target);
  const end = { x: target.x, y: target.y + t.height / 2 };
  if (flow.waypoints?.length) return [{ x: source.x + s.width, y: source.y + s.height / 2 }, ...flow.waypoints, end];
  if (source.type === 'boundaryEvent') {
    const start = { x: source.x + s.width / 2, y: source.y + s.height };
    return [start, { x: start.x, y: end.y }, end];
  }
  const start = { x: source.x + s.width, y: source.y + s.height / 2 };
  const turn = end.x > start.x + 48 ? start.x + 24 : (start.x + end.x) / 2;
  return [start, { x: turn, y: start.y }, { x: turn, y: end.y }, end];
}

/** Where a flow's name and condition are drawn: just left of and above the point where it enters its target. */
function flowLabelBox(flow: Flow, target: FlowNode): Box | null {
  const { width, height } = flowLabelSize(flow);
  if (width === 0 || flow.waypoints?.length) return null;
  const y = target.y + nodeSize(target).height / 2 - 3 - height;
  return { what: `label of ${flow.id}`, x: target.x - 10 - width, y, width, height };
}

/**
 * What is untidy about a map's layout, in words: shapes or names that overlap, nodes outside their lane's band,
 * flows running backwards or through a shape or a name (a boundary event's own name excepted: the canvas draws its
 * flow through it). Empty for a tidy map.
 */
export function layoutProblems(model: ProcessModel): string[] {
  const problems: string[] = [];
  const byId = new Map(model.nodes.map((n) => [n.id, n]));
  const free = model.nodes.filter((n) => n.type !== 'boundaryEvent');
  // A boundary event's shape lies on its host's border by design; its name must still keep clear of everything.
  const boundaryNames = model.nodes.filter((n) => n.type === 'boundaryEvent').flatMap((n) => boxesOf(n).slice(1));
  const boxes = [...free.flatMap(boxesOf), ...boundaryNames];
  for (const flow of model.flows) {
    const label = flowLabelBox(flow, byId.get(flow.target)!);
    if (label) boxes.push(label);
  }
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++)
      if (boxes[i].what !== boxes[j].what.replace('name of ', '') && overlaps(boxes[i], boxes[j]))
        problems.push(`${boxes[i].what} overlaps ${boxes[j].what}`);
  const laneLeft = Math.min(...free.map((n) => n.x)) - laneLayout.padding;
  for (const node of free) {
    const lane = model.lanes.find((l) => l.id === node.lane);
    if (!lane || lane.y === undefined || lane.height === undefined) {
      problems.push(`${node.id} is not in a lane with a band`);
      continue;
    }
    for (const box of boxesOf(node))
      if (box.y < lane.y || box.y + box.height > lane.y + lane.height || box.x < laneLeft)
        problems.push(`${box.what} is outside the band of lane ${lane.id}`);
  }
  for (const flow of model.flows) {
    const source = byId.get(flow.source)!;
    const target = byId.get(flow.target)!;
    const from = source.type === 'boundaryEvent' ? byId.get(source.attachedTo!)! : source;
    if (target.x <= from.x) problems.push(`${flow.id} runs right to left`);
    const points = route(flow, source, target);
    const own = [source.id, target.id, from.id, `label of ${flow.id}`];
    if (source.type === 'boundaryEvent') own.push(`name of ${source.id}`);
    const obstacles = boxes.filter((b) => !own.includes(b.what));
    for (let k = 1; k < points.length; k++)
      for (const box of obstacles)
        if (crosses(points[k - 1], points[k], box)) problems.push(`${flow.id} runs through ${box.what}`);
  }
  return [...new Set(problems)];
}
