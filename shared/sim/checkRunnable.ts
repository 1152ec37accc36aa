import { caseFlowOf, type Distribution, type ErrorCode, type Flow, type FlowNode, type ProcessModel } from '../model';
import { compileExpression } from '../expr';
import { calendarProblems } from './calendar';
import { distributionProblem } from './distributions';
import { limitProblems } from './limits';

/** Why the engine cannot run a map, on one element (a node, flow, pool, calendar, or the map's id). */
export interface SimProblem {
  code: ErrorCode;
  elementId: string;
  message: string;
}

const tolerance = 1e-6;
const activityTypes = new Set<FlowNode['type']>(['task', 'subProcess']);
const gatewayTypes = new Set<FlowNode['type']>([
  'exclusiveGateway',
  'parallelGateway',
  'inclusiveGateway',
  'eventBasedGateway',
]);
/** Outgoing flows by source id, built once so that checks stay linear in the size of the map. */
function outgoingById(model: ProcessModel): Map<string, Flow[]> {
  const map = new Map<string, Flow[]>();
  for (const flow of model.flows) {
    const list = map.get(flow.source);
    if (list) list.push(flow);
    else map.set(flow.source, [flow]);
  }
  return map;
}

const isCatchEvent = (n: FlowNode | undefined) =>
  n?.type === 'intermediateEvent' && (n.eventType === 'timer' || n.eventType === 'message');

function structureProblems(model: ProcessModel, add: (code: ErrorCode, id: string, message: string) => void): void {
  const byId = new Map<string, FlowNode>();
  for (const node of model.nodes) {
    if (byId.has(node.id)) add('FW_SIM_BAD_STRUCTURE', node.id, `two nodes have the id "${node.id}"`);
    else byId.set(node.id, node);
  }
  if (!model.nodes.some((n) => n.type === 'startEvent' && n.parent === undefined))
    add('FW_SIM_NO_START', model.id, 'the map has no start event outside sub-processes, so no case can begin');
  const outgoingOf = outgoingById(model);
  const withStart = new Set(model.nodes.filter((n) => n.type === 'startEvent').map((n) => n.parent));
  for (const node of model.nodes) {
    const parent = node.parent === undefined ? undefined : byId.get(node.parent);
    if (node.parent !== undefined && parent?.type !== 'subProcess')
      add('FW_SIM_BAD_STRUCTURE', node.id, `its parent "${node.parent}" is not a sub-process in the map`);
    if (node.type === 'subProcess' && !withStart.has(node.id))
      add('FW_SIM_NO_START', node.id, 'the sub-process has no start event inside it');
    if (node.type === 'boundaryEvent') {
      const host = node.attachedTo === undefined ? undefined : byId.get(node.attachedTo);
      if (!host || !activityTypes.has(host.type))
        add(
          'FW_SIM_BAD_STRUCTURE',
          node.id,
          `the boundary event is attached to "${node.attachedTo ?? ''}", which is not a task or sub-process`,
        );
    }
    const needsTimer =
      node.eventType === 'timer' && (node.type === 'boundaryEvent' || node.type === 'intermediateEvent');
    if (needsTimer && node.timer === undefined)
      add('FW_SIM_BAD_STRUCTURE', node.id, 'the timer event has no delay (timer, in seconds)');
    const outgoing = outgoingOf.get(node.id) ?? [];
    if (gatewayTypes.has(node.type) && outgoing.length === 0)
      add('FW_SIM_BAD_STRUCTURE', node.id, 'the gateway has no outgoing flow');
    if (node.type === 'eventBasedGateway')
      for (const f of outgoing)
        if (!isCatchEvent(byId.get(f.target)))
          add('FW_SIM_BAD_STRUCTURE', f.id, 'an event-based gateway must lead to timer or message events');
  }
  for (const flow of model.flows) {
    const source = byId.get(flow.source);
    const target = byId.get(flow.target);
    if (source && target && source.parent !== target.parent)
      add('FW_SIM_BAD_STRUCTURE', flow.id, 'the flow crosses a sub-process border; connect to the sub-process itself');
  }
}

function probabilityProblems(model: ProcessModel, add: (code: ErrorCode, id: string, message: string) => void): void {
  const outgoingOf = outgoingById(model);
  for (const node of model.nodes) {
    if (node.type !== 'exclusiveGateway' && node.type !== 'eventBasedGateway') continue;
    const outgoing = outgoingOf.get(node.id) ?? [];
    const given = outgoing.filter((f) => f.probability !== undefined);
    if (given.length === 0) continue;
    const sum = given.reduce((s, f) => s + f.probability!, 0);
    const all = given.length === outgoing.length;
    if (sum > 1 + tolerance || (all && Math.abs(sum - 1) > tolerance))
      add(
        'FW_SIM_BAD_PROBABILITIES',
        node.id,
        `the probabilities of its branches add up to ${Number((sum * 100).toFixed(4))} %, not 100 %`,
      );
  }
}

function settingsProblems(model: ProcessModel, add: (code: ErrorCode, id: string, message: string) => void): void {
  const sim = model.simulation;
  if (Number.isNaN(Date.parse(sim.startAt)))
    add(
      'FW_SIM_BAD_START_TIME',
      model.id,
      `startAt "${sim.startAt}" is not a date and time such as 2026-01-05T08:00:00Z`,
    );
  const calendarIds = new Set(['24x7', ...sim.calendars.map((c) => c.id)]);
  for (const calendar of sim.calendars)
    for (const [code, message] of calendarProblems(calendar)) add(code, calendar.id, message);
  if (sim.arrivals.calendar !== undefined && !calendarIds.has(sim.arrivals.calendar))
    add(
      'FW_SIM_UNKNOWN_CALENDAR',
      'arrivals',
      `the arrivals use calendar "${sim.arrivals.calendar}", which is not defined`,
    );
  const used = new Set(model.nodes.map((n) => n.sim?.resource).filter((r) => r !== undefined));
  for (const pool of sim.resources) {
    if (pool.calendar !== undefined && !calendarIds.has(pool.calendar))
      add('FW_SIM_UNKNOWN_CALENDAR', pool.id, `the pool uses calendar "${pool.calendar}", which is not defined`);
    if (pool.capacity === 0 && used.has(pool.id))
      add('FW_SIM_ZERO_CAPACITY', pool.id, 'the pool has capacity 0, so the tasks that use it would wait forever');
  }
  const pools = new Set(sim.resources.map((r) => r.id));
  const checkDistribution = (d: Distribution | undefined, id: string, what: string) => {
    const problem = d && distributionProblem(d);
    if (problem) add('FW_SIM_BAD_DISTRIBUTION', id, `${what} (${d.type}): ${problem}`);
  };
  checkDistribution(sim.arrivals.interarrival, 'arrivals', 'the inter-arrival time');
  for (const node of model.nodes) {
    checkDistribution(node.sim?.duration, node.id, `the duration of ${node.name ? `"${node.name}"` : node.id}`);
    const resource = node.sim?.resource;
    if (resource !== undefined && !pools.has(resource))
      add('FW_SIM_UNKNOWN_RESOURCE', node.id, `the task uses pool "${resource}", which is not among the resources`);
  }
}

function expressionProblems(model: ProcessModel, add: (code: ErrorCode, id: string, message: string) => void): void {
  const fields = model.data.fields.map((f) => f.name);
  const check = (source: string | undefined, id: string, what: string, names: string[]) => {
    if (source === undefined || !source.trim()) return;
    const result = compileExpression(source, names);
    if (!result.ok) add('FW_EXPR_SYNTAX', id, `${what} "${source}": ${result.error.message}`);
  };
  for (const flow of model.flows) check(flow.condition, flow.id, 'the condition', fields);
  for (const node of model.nodes) {
    if (node.type === 'boundaryEvent') check(node.condition, node.id, 'the condition', fields);
    check(node.sim?.durationExpression, node.id, 'the duration expression', [...fields, 'base']);
  }
  // Tasks check records against these rules; the field's name stands for the element.
  for (const field of model.data.fields)
    check(field.validation, field.name, `the validation rule of ${field.name}`, fields);
}

/** Everything that stops the engine from running the map, each problem by code and element; empty when it can run. */
export function checkRunnable(whole: ProcessModel): SimProblem[] {
  // Other pools and message flows carry no cases either.
  const model = caseFlowOf(whole);
  const problems: SimProblem[] = [];
  const add = (code: ErrorCode, elementId: string, message: string) => problems.push({ code, elementId, message });
  structureProblems(model, add);
  probabilityProblems(model, add);
  settingsProblems(model, add);
  limitProblems(model, add);
  expressionProblems(model, add);
  return problems;
}
