import { boundaryEventPosition, laneLayout, nodeSize } from '../../shared/io/autoLayout';
import type { Flow, FlowNode, ProcessModel } from '../../shared/model/schema';

/** Where a node sits: a column (left to right across the map) and a row inside its lane (0 = the main line). */
export type GridCell = readonly [column: number, row: number];

/** The geometry the canvas draws with: task height, the label under events and gateways, flow labels. */
const taskHeight = 80;
const left = laneLayout.headerWidth + laneLayout.padding;
const rowPitch = 140;
const lanePadTop = 36;
/** Room under the lowest row for the labels of events and gateways (two lines). */
const lanePadBottom = 48;
const columnGap = 64;
/** A flow label sits left of its target; the flow turns 24 px after its source and the label ends 10 px before the target. */
const labelSlack = 24 + 10 + 12;

/** Lines of `text` wrapped greedily at spaces to `width` px, with characters `charWidth` px wide. */
export function wrappedLines(text: string, charWidth: number, width: number): number[] {
  const lines: number[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const wordWidth = Math.min(width, word.length * charWidth);
    const last = lines.length - 1;
    if (last >= 0 && lines[last] + charWidth + wordWidth <= width) lines[last] += charWidth + wordWidth;
    else lines.push(wordWidth);
  }
  return lines;
}

/**
 * About how large a flow's label is drawn: its name in 11 px type over its condition in brackets in 10.5 px
 * monospace, at most 180 px wide (172 px of text), wrapped at spaces.
 */
export function flowLabelSize(flow: Pick<Flow, 'name' | 'condition'>): { width: number; height: number } {
  const name = flow.name ? wrappedLines(flow.name, 6.2, 172) : [];
  const condition = flow.condition ? wrappedLines(`[${flow.condition.trim()}]`, 6.4, 172) : [];
  const widest = Math.max(0, ...name, ...condition);
  if (widest === 0) return { width: 0, height: 0 };
  return { width: widest + 8, height: name.length * 14 + condition.length * 13 + 2 };
}

/**
 * Places every node on a grid of columns and lane rows, all centred on their row's line so that straight flows are
 * straight; the gap before a column is wide enough for the labels of the flows entering it. Lanes get bands tall
 * enough for their rows; boundary events sit on their hosts as the canvas draws them.
 */
export function gridLayout(model: ProcessModel, cells: Readonly<Record<string, GridCell>>): ProcessModel {
  const placed = model.nodes.filter((node) => node.type !== 'boundaryEvent');
  const cellOf = (node: FlowNode): GridCell => {
    const cell = cells[node.id];
    if (!cell) throw new Error(`${model.id}: node "${node.id}" has no grid cell`);
    return cell;
  };
  const columnCount = Math.max(...placed.map((node) => cellOf(node)[0])) + 1;
  const widths = Array.from({ length: columnCount }, () => 0);
  for (const node of placed) widths[cellOf(node)[0]] = Math.max(widths[cellOf(node)[0]], nodeSize(node).width, 50);
  const gaps = Array.from({ length: columnCount }, () => columnGap);
  const byId = new Map(model.nodes.map((node) => [node.id, node]));
  for (const flow of model.flows) {
    const target = byId.get(flow.target);
    const { width } = flowLabelSize(flow);
    if (target && target.type !== 'boundaryEvent' && width > 0)
      gaps[cellOf(target)[0]] = Math.max(gaps[cellOf(target)[0]], width + labelSlack);
  }
  const columnLeft: number[] = [];
  let x = left;
  for (let c = 0; c < columnCount; c++) {
    columnLeft.push(x);
    x += widths[c] + (c + 1 < columnCount ? gaps[c + 1] : 0);
  }

  const lanes: ProcessModel['lanes'] = [];
  const rowLine = new Map<string, number>();
  let bandTop = 0;
  for (const lane of model.lanes) {
    const rows = Math.max(1, ...placed.filter((n) => n.lane === lane.id).map((n) => cellOf(n)[1] + 1));
    for (let row = 0; row < rows; row++)
      rowLine.set(`${lane.id}/${row}`, bandTop + lanePadTop + row * rowPitch + taskHeight / 2);
    const height = lanePadTop + (rows - 1) * rowPitch + taskHeight + lanePadBottom;
    lanes.push({ ...lane, y: bandTop, height });
    bandTop += height;
  }

  const positions = new Map<string, { x: number; y: number }>();
  for (const node of placed) {
    const [column, row] = cellOf(node);
    const line = rowLine.get(`${node.lane}/${row}`);
    if (line === undefined) throw new Error(`${model.id}: node "${node.id}" is in no lane of the map`);
    const size = nodeSize(node);
    positions.set(node.id, { x: columnLeft[column] + (widths[column] - size.width) / 2, y: line - size.height / 2 });
  }
  const onHost = new Map<string, number>();
  for (const node of model.nodes) {
    if (node.type !== 'boundaryEvent' || !node.attachedTo) continue;
    const host = byId.get(node.attachedTo)!;
    const index = onHost.get(host.id) ?? 0;
    onHost.set(host.id, index + 1);
    positions.set(node.id, boundaryEventPosition({ ...host, ...positions.get(host.id)! }, index));
  }
  const nodes = model.nodes.map((node) => ({ ...node, ...positions.get(node.id) }));
  return { ...model, lanes, nodes, flows: model.flows.map((flow) => routedAroundLabels(flow, nodes)) };
}

/** How far the name under an event or gateway reaches left and right of its centre: 12 px type wrapped at 120 px. */
export function outerLabelHalfWidth(node: Pick<FlowNode, 'name'>): number {
  return Math.max(0, ...wrappedLines(node.name, 7, 120)) / 2;
}

/**
 * Bend points for a flow from a named event or gateway to another row, when the flow would turn down or up through
 * the name written under its source: it turns only past the end of the name.
 */
function routedAroundLabels(flow: Flow, nodes: readonly FlowNode[]): Flow {
  const source = nodes.find((node) => node.id === flow.source)!;
  const target = nodes.find((node) => node.id === flow.target)!;
  const hasOuterLabel = source.type !== 'task' && source.type !== 'subProcess' && source.name !== '';
  // A boundary event's flow leaves downwards through its name whatever the route: the canvas draws it so.
  if (!hasOuterLabel || source.type === 'boundaryEvent') return flow;
  const size = nodeSize(source);
  const from = source.y + size.height / 2;
  const targetLine = target.y + nodeSize(target).height / 2;
  const turn = source.x + size.width / 2 + outerLabelHalfWidth(source) + 10;
  if (Math.abs(targetLine - from) < 1 || turn <= source.x + size.width + 24) return flow;
  if (flowLabelSize(flow).width > 0 || turn > target.x - 12)
    throw new Error(
      `flow "${flow.id}" cannot turn clear of the name of "${source.id}": shorten the name or move "${flow.target}"`,
    );
  return {
    ...flow,
    waypoints: [
      { x: turn, y: from },
      { x: turn, y: targetLine },
    ],
  };
}
