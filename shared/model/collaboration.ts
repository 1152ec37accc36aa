import { boundingBox, laneLayout, type Box, type Point } from './geometry';
import type { Flow, FlowNode, Participant, ProcessModel } from './schema';

/** The pool of the map's own process, which holds every node (and the lanes). */
export const mainPool = '';

/** Whether a flow is a message flow (between pools) rather than a sequence flow. */
export const isMessageFlow = (flow: Pick<Flow, 'kind'>): boolean => flow.kind === 'message';

/** The other parties of a map (empty for a map of one process). */
export const participantsOf = (model: Pick<ProcessModel, 'participants'>): readonly Participant[] =>
  model.participants ?? [];

/** The participant with this id, if the map has one. */
export function participantById(model: Pick<ProcessModel, 'participants'>, id: string): Participant | undefined {
  return participantsOf(model).find((p) => p.id === id);
}

/** A pool as people know it: "pool 'Customer'", or "a pool" when it has no name. */
export function participantPhrase(participant: Participant): string {
  const name = participant.name.trim();
  return name ? `pool '${name.length > 40 ? `${name.slice(0, 39)}…` : name}'` : 'a pool';
}

/**
 * The process part of a map: the same map without its other pools and message flows. Simulation and the rules
 * about how cases move read this, so that pools and message flows change nothing about cases.
 */
export function withoutCollaboration(model: ProcessModel): ProcessModel {
  if (model.participants === undefined && !model.flows.some(isMessageFlow)) return model;
  const { participants: _participants, ...rest } = model;
  void _participants;
  return { ...rest, flows: model.flows.filter((f) => !isMessageFlow(f)) };
}

/** Node types a message flow may start or end at: activities and events (not gateways, notes or data). */
const messageEnds: readonly FlowNode['type'][] = [
  'task',
  'subProcess',
  'startEvent',
  'endEvent',
  'intermediateEvent',
  'boundaryEvent',
];

function endRefusal(model: ProcessModel, id: string, role: 'start' | 'end'): string | null {
  if (participantById(model, id)) return null;
  const node = model.nodes.find((n) => n.id === id);
  if (!node) return 'That element is no longer on the map.';
  if (messageEnds.includes(node.type)) return null;
  const what = node.name.trim() ? `'${node.name.trim()}'` : `A ${node.type.replace(/([A-Z])/g, ' $1').toLowerCase()}`;
  return `${what} cannot ${role} a message flow: messages are sent and received by tasks, events and pools.`;
}

/**
 * Why a message flow from `source` to `target` (node or participant ids) cannot be drawn, in plain words; null
 * when it can. A message flow joins two different pools; every node is in the map's own pool.
 */
export function messageFlowRefusal(model: ProcessModel, source: string, target: string): string | null {
  if (source === target) return 'A message flow cannot start and end at the same element.';
  const problem = endRefusal(model, source, 'start') ?? endRefusal(model, target, 'end');
  if (problem) return problem;
  const poolOf = (id: string) => (participantById(model, id) ? id : mainPool);
  if (poolOf(source) === poolOf(target))
    return 'Both ends are in the same pool: join them with a sequence flow, or connect to another pool.';
  if (model.flows.some((f) => isMessageFlow(f) && f.source === source && f.target === target))
    return 'These two are already joined by a message flow.';
  return null;
}

/** How a collapsed pool is drawn when it has no stored geometry: its height and the gap to what it sits beside. */
export const poolLayout = { height: 80, gap: 60, headerWidth: 32 } as const;

/**
 * Where the map's own process is drawn as a pool once other parties stand beside it: around its lane bands, or
 * around its top-level shapes (with room for their names) when it has no lanes, its header strip left of where
 * lane headers go. `frame` is the lanes' common extent; `shapes` the boxes of the top-level shapes.
 */
export function ownPoolBox(
  frame: { x: number; width: number; bands: Iterable<{ y: number; height: number }> },
  shapes: Iterable<Box>,
): Box {
  let [top, bottom] = [Infinity, -Infinity];
  for (const band of frame.bands) {
    top = Math.min(top, band.y);
    bottom = Math.max(bottom, band.y + band.height);
  }
  if (top === Infinity) {
    const all = boundingBox(shapes);
    const { padding, labelRoom, minHeight } = laneLayout;
    [top, bottom] = all ? [all.y - padding, all.y + all.height + padding + labelRoom] : [0, minHeight];
  }
  const header = poolLayout.headerWidth;
  return { x: frame.x - header, y: top, width: frame.width + header, height: bottom - top };
}

/**
 * The band (top and height) of each participant: stored ones as they are; the others stacked below `mapBottom`
 * (the lowest point of the map's own process), in list order.
 */
export function participantBands(
  model: Pick<ProcessModel, 'participants'>,
  mapBottom: number,
): Map<string, { y: number; height: number }> {
  const bands = new Map<string, { y: number; height: number }>();
  let below = mapBottom;
  for (const p of participantsOf(model)) {
    const height = p.height ?? poolLayout.height;
    const y = p.y ?? below + poolLayout.gap;
    bands.set(p.id, { y, height });
    if (p.y === undefined) below = y + height;
  }
  return bands;
}

/**
 * The straight route of a message flow: vertical between the sender and the receiver, at the node's middle (or
 * the middle of the pools' common width), moved aside by `offset` when two flows join the same two ends.
 */
export function messageRoute(source: Box, target: Box, offset = 0): Point[] {
  const left = Math.max(source.x, target.x);
  const right = Math.min(source.x + source.width, target.x + target.width);
  const narrow = source.width <= target.width ? source : target;
  const middle =
    left < right ? narrow.x + narrow.width / 2 : (source.x + source.width / 2 + target.x + target.width / 2) / 2;
  const x = middle + offset;
  if (source.y + source.height <= target.y)
    return [
      { x, y: source.y + source.height },
      { x, y: target.y },
    ];
  if (target.y + target.height <= source.y)
    return [
      { x, y: source.y },
      { x, y: target.y + target.height },
    ];
  // Overlapping heights (a shape drawn over a pool): the route leaves the source's side facing the target.
  const right2left = source.x + source.width / 2 < target.x + target.width / 2;
  const sy = source.y + source.height / 2;
  return right2left
    ? [
        { x: source.x + source.width, y: sy },
        { x: target.x, y: sy },
      ]
    : [
        { x: source.x, y: sy },
        { x: target.x + target.width, y: sy },
      ];
}

/** The straight routes of the message flows between shapes and pools, as the canvas draws them. */
export function messageFlowRoutes(
  flows: readonly Flow[],
  boxOf: (id: string) => Box | undefined,
): Map<string, Point[]> {
  const routes = new Map<string, Point[]>();
  const pairs = new Map<string, number>();
  for (const flow of flows.filter(isMessageFlow)) {
    const [source, target] = [boxOf(flow.source), boxOf(flow.target)];
    if (!source || !target) continue;
    const pair = [flow.source, flow.target].sort().join('\u0000');
    const index = pairs.get(pair) ?? 0;
    pairs.set(pair, index + 1);
    routes.set(flow.id, messageRoute(source, target, messageOffset(index)));
  }
  return routes;
}

/**
 * Which element a message flow's end is drawn at on a level that draws the elements `drawn` accepts: the end
 * itself, else the nearest sub-process around it that the level draws (a collapsed sub-process stands for what it
 * holds); undefined when neither is drawn.
 */
export function messageEndOn(
  model: Pick<ProcessModel, 'nodes'>,
  drawn: (id: string) => boolean,
): (id: string) => string | undefined {
  const parentOf = new Map(model.nodes.map((n) => [n.id, n.parent]));
  return (id) => {
    for (let at: string | undefined = id; at !== undefined; at = parentOf.get(at)) if (drawn(at)) return at;
    return undefined;
  };
}

/** How far the n-th flow between the same two ends is moved aside, so that a reply is drawn beside its request. */
export function messageOffset(index: number): number {
  return index === 0 ? 0 : (index % 2 ? 1 : -1) * Math.ceil(index / 2) * 16;
}
