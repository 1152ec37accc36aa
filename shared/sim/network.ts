import { caseFlowOf, type FlowNode, type ProcessModel, type QueuePolicy } from '../model';
import { compileExpression, type CompiledExpression } from '../expr';
import { nodeKindLabel } from '../validate/describe';
import { alwaysOpen, workingCalendar, type WorkingCalendar } from './calendar';
import { sampler, type Sampler } from './distributions';
import { fieldChecks, type FieldCheck } from './fieldChecks';

/** How the engine treats a node. */
export const Kind = {
  start: 0,
  end: 1,
  task: 2,
  subProcess: 3,
  exclusive: 4,
  parallel: 5,
  inclusive: 6,
  eventGateway: 7,
  timerCatch: 8,
  messageCatch: 9,
  passThrough: 10,
  boundary: 11,
  ignored: 12,
} as const;
export type Kind = (typeof Kind)[keyof typeof Kind];

export const EndKind = { none: 0, terminate: 1, error: 2 } as const;

export interface BoundaryRef {
  node: number;
  timer: number;
  interrupting: boolean;
  probability: number;
  condition: CompiledExpression | null;
}

/** A node compiled for the engine: indices instead of ids, samplers instead of distributions. */
export interface NetNode {
  index: number;
  id: string;
  name: string;
  /** How messages name it: "error boundary event 'Cannot register'", or "an untitled task". */
  label: string;
  kind: Kind;
  endKind: number;
  lane: number;
  /** The containing sub-process's node index, or -1 at the top level. */
  parent: number;
  out: number[];
  /** For joins: the first of this node's slots in a case's join counters, one slot per incoming flow. */
  slotBase: number;
  incoming: number[];
  /** Index into the activity statistics, or -1. */
  activity: number;
  duration: Sampler | null;
  durationExpression: CompiledExpression | null;
  pool: number;
  fixedCost: number;
  priority: number;
  timers: BoundaryRef[];
  errors: BoundaryRef[];
  /** Tasks: the fields it requires, checked on a case's record when the case reaches it. */
  checks: FieldCheck[];
  /** Where a case whose record fails the checks goes: the first error boundary without a condition, else the first; -1 for none. */
  dataErrorPath: number;
  /** Gateways: the map's fields its conditions read, named in no-route messages with the record's values. */
  routeFields: string[];
  /** Start events of a sub-process. */
  starts: number[];
  /** Delay of a catch event: the timer, or the message's arrival distribution. */
  timer: number;
  delay: Sampler | null;
  /** Exclusive and inclusive gateways: whether conditions route cases that carry data. */
  conditional: boolean;
  /** Exclusive and event-based gateways: probability of each outgoing flow (same order as `out`), or null. */
  shares: Float64Array | null;
  defaultFlow: number;
  /** Inclusive joins: 1 for every node from which a token can still reach this join. */
  upstream: Uint8Array | null;
}

export interface NetFlow {
  index: number;
  id: string;
  source: number;
  target: number;
  condition: CompiledExpression | null;
  probability: number | undefined;
  isDefault: boolean;
  /** The join counter slot this flow fills at its target, or -1 when the target is not a join. */
  slot: number;
}

export interface NetPool {
  index: number;
  id: string;
  name: string;
  capacity: number;
  costPerHour: number;
  /** Paid for each unit over the pool's working hours, busy or idle. */
  costPerHourOfCapacity: number;
  calendar: WorkingCalendar;
  /** Queue order after task priority: 'fifo' and 'lifo' then case priority, 'shortest' the drawn work. */
  queuePolicy: QueuePolicy;
}

export interface Network {
  nodes: NetNode[];
  flows: NetFlow[];
  pools: NetPool[];
  /** Node indices of tasks and sub-processes, in map order, one per activity statistic. */
  activities: number[];
  start: number;
  arrival: Sampler;
  arrivalCalendar: WorkingCalendar;
  slotCount: number;
  loopLimit: number;
  /** The run's start, in seconds since 1970. */
  startEpoch: number;
}

const kindOf: Record<FlowNode['type'], Kind> = {
  startEvent: Kind.start,
  endEvent: Kind.end,
  task: Kind.task,
  subProcess: Kind.subProcess,
  exclusiveGateway: Kind.exclusive,
  parallelGateway: Kind.parallel,
  inclusiveGateway: Kind.inclusive,
  eventBasedGateway: Kind.eventGateway,
  intermediateEvent: Kind.passThrough,
  boundaryEvent: Kind.boundary,
  annotation: Kind.ignored,
  dataObject: Kind.ignored,
  dataStore: Kind.ignored,
};

function nodeKind(node: FlowNode): Kind {
  if (node.type === 'intermediateEvent' && node.eventType === 'timer') return Kind.timerCatch;
  if (node.type === 'intermediateEvent' && node.eventType === 'message') return Kind.messageCatch;
  return kindOf[node.type];
}

/** Probability of each flow: given ones as they are, the rest of 1 shared equally by flows without one. */
function flowShares(probabilities: ReadonlyArray<number | undefined>): Float64Array {
  const given = probabilities.reduce<number>((sum, p) => sum + (p ?? 0), 0);
  const without = probabilities.filter((p) => p === undefined).length;
  const rest = without > 0 ? Math.max(0, 1 - given) / without : 0;
  return Float64Array.from(probabilities, (p) => p ?? rest);
}

/** For each node, the nodes a token comes from to reach it: flow sources, and hosts of boundary events. */
function predecessors(nodes: NetNode[], flows: NetFlow[]): number[][] {
  const into: number[][] = nodes.map(() => []);
  for (const flow of flows) into[flow.target].push(flow.source);
  for (const node of nodes) {
    for (const b of node.timers) into[b.node].push(node.index);
    for (const b of node.errors) into[b.node].push(node.index);
  }
  return into;
}

/** Marks every node from which `target` can be reached along flows and boundary attachments. */
function upstreamOf(target: number, into: readonly number[][]): Uint8Array {
  const marked = new Uint8Array(into.length);
  const stack = [...into[target]];
  while (stack.length) {
    const n = stack.pop()!;
    if (marked[n] || n === target) continue;
    marked[n] = 1;
    stack.push(...into[n]);
  }
  return marked;
}

/** A pattern per field that finds its name as a whole name in an expression. */
function namePatterns(fields: string[]): RegExp[] {
  return fields.map(
    (name) =>
      new RegExp(`(^|[^\\p{L}\\p{N}_?])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\p{N}_?])`, 'u'),
  );
}

/** The field names that occur as whole names in the expressions (text in quotes is not told apart: a rare false hit only adds a value to a message). */
function fieldsRead(sources: string[], fields: string[], patterns: readonly RegExp[]): string[] {
  const text = sources.join('\n');
  return fields.filter((_, i) => patterns[i].test(text));
}

function compileCondition(source: string | undefined, fields: string[]): CompiledExpression | null {
  if (source === undefined || !source.trim()) return null;
  const result = compileExpression(source, fields);
  if (!result.ok) throw new Error(`condition "${source}": ${result.error.message}`);
  return result.expression;
}

/** Compiles a runnable map (one that passed checkRunnable) into the engine's network. */
export function compileNetwork(whole: ProcessModel, startEpoch: number): Network {
  // Data objects, stores and their associations carry no cases.
  const model = caseFlowOf(whole);
  const sim = model.simulation;
  const fields = model.data.fields.map((f) => f.name);
  const durationNames = [...fields, 'base'];
  const calendars = new Map<string, WorkingCalendar>([['24x7', alwaysOpen]]);
  for (const c of sim.calendars) calendars.set(c.id, workingCalendar(c, startEpoch));
  const calendar = (id: string | undefined) => (id === undefined ? alwaysOpen : calendars.get(id)!);
  const pools: NetPool[] = sim.resources.map((r, index) => ({
    index,
    id: r.id,
    name: r.name || r.id,
    capacity: r.capacity,
    costPerHour: r.costPerHour,
    costPerHourOfCapacity: r.costPerHourOfCapacity ?? 0,
    calendar: calendar(r.calendar),
    queuePolicy: r.queuePolicy ?? 'fifo',
  }));
  const poolIndex = new Map(pools.map((p) => [p.id, p.index]));
  const laneIndex = new Map(model.lanes.map((l, i) => [l.id, i]));
  const nodeIndex = new Map<string, number>();
  model.nodes.forEach((n, i) => {
    if (!nodeIndex.has(n.id)) nodeIndex.set(n.id, i);
  });

  const nodes: NetNode[] = model.nodes.map((n, index) => ({
    index,
    id: n.id,
    name: n.name || n.id,
    label: nodeKindLabel(n),
    kind: nodeKind(n),
    endKind: n.eventType === 'terminate' ? EndKind.terminate : n.eventType === 'error' ? EndKind.error : EndKind.none,
    lane: n.lane === undefined ? -1 : (laneIndex.get(n.lane) ?? -1),
    parent: n.parent === undefined ? -1 : nodeIndex.get(n.parent)!,
    out: [],
    incoming: [],
    slotBase: -1,
    activity: -1,
    duration: n.sim?.duration ? sampler(n.sim.duration) : null,
    durationExpression: compileCondition(n.sim?.durationExpression, durationNames),
    pool: n.sim?.resource === undefined ? -1 : poolIndex.get(n.sim.resource)!,
    fixedCost: n.sim?.fixedCost ?? 0,
    priority: n.sim?.priority ?? 0,
    timers: [],
    errors: [],
    starts: [],
    timer: n.timer ?? 0,
    checks: n.type === 'task' ? fieldChecks(n.requiredFields, model.data.fields) : [],
    dataErrorPath: -1,
    routeFields: [],
    delay:
      n.type === 'intermediateEvent' && n.eventType === 'message' && n.sim?.duration ? sampler(n.sim.duration) : null,
    conditional: false,
    shares: null,
    defaultFlow: -1,
    upstream: null,
  }));
  const flows: NetFlow[] = model.flows.map((f, index) => ({
    index,
    id: f.id,
    source: nodeIndex.get(f.source)!,
    target: nodeIndex.get(f.target)!,
    condition: compileCondition(f.condition, fields),
    probability: f.probability,
    isDefault: f.default === true,
    slot: -1,
  }));
  for (const flow of flows) {
    nodes[flow.source].out.push(flow.index);
    nodes[flow.target].incoming.push(flow.index);
  }
  for (const [i, n] of model.nodes.entries()) {
    const node = nodes[i];
    if (n.type === 'boundaryEvent') {
      const ref: BoundaryRef = {
        node: i,
        timer: n.timer ?? 0,
        interrupting: n.interrupting !== false,
        probability: n.sim?.probability ?? 0,
        condition: compileCondition(n.condition, fields),
      };
      const host = nodes[nodeIndex.get(n.attachedTo!)!];
      if (n.eventType === 'timer') host.timers.push(ref);
      else if (n.eventType === 'error') host.errors.push(ref);
    }
    if (n.type === 'startEvent' && node.parent >= 0) nodes[node.parent].starts.push(i);
  }
  let slotCount = 0;
  const activities: number[] = [];
  // Built on the first inclusive join and the first gateway with conditions.
  let into: number[][] | null = null;
  let patterns: RegExp[] | null = null;
  for (const node of nodes) {
    if (node.kind === Kind.task || node.kind === Kind.subProcess) node.activity = activities.push(node.index) - 1;
    if ((node.kind === Kind.parallel || node.kind === Kind.inclusive) && node.incoming.length > 1) {
      node.slotBase = slotCount;
      for (const f of node.incoming) flows[f].slot = slotCount++;
      if (node.kind === Kind.inclusive) node.upstream = upstreamOf(node.index, (into ??= predecessors(nodes, flows)));
    }
    const outFlows = node.out.map((f) => flows[f]);
    node.conditional = outFlows.some((f) => f.condition !== null);
    if (node.conditional)
      node.routeFields = fieldsRead(
        outFlows.map((f) => f.condition?.source ?? ''),
        fields,
        (patterns ??= namePatterns(fields)),
      );
    if (node.errors.length > 0)
      node.dataErrorPath = (node.errors.find((e) => e.condition === null) ?? node.errors[0]).node;
    node.defaultFlow = outFlows.find((f) => f.isDefault)?.index ?? -1;
    if (node.kind === Kind.exclusive) node.shares = flowShares(outFlows.map((f) => f.probability));
    if (node.kind === Kind.eventGateway && outFlows.length > 0 && outFlows.every((f) => f.probability !== undefined))
      node.shares = flowShares(outFlows.map((f) => f.probability));
  }
  return {
    nodes,
    flows,
    pools,
    activities,
    slotCount,
    startEpoch,
    start: model.nodes.findIndex((n) => n.type === 'startEvent' && n.parent === undefined),
    arrival: sampler(sim.arrivals.interarrival),
    arrivalCalendar: calendar(sim.arrivals.calendar),
    loopLimit: sim.loopLimit,
  };
}
