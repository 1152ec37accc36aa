import {
  flowSchema,
  nodeSchema,
  processSchema,
  type Flow,
  type FlowNode,
  type ProcessModel,
  type ProcessModelInput,
} from '../model';
import { validateModel, type Problem, type ValidationCode } from './index';

type NodeInput = ProcessModelInput['nodes'][number];
type FlowInput = ProcessModelInput['flows'][number];

/** A full model from nodes and flows (and any other keys), defaults filled in as for a loaded file. */
export function modelOf(nodes: NodeInput[], flows: FlowInput[], extra: Partial<ProcessModelInput> = {}): ProcessModel {
  return processSchema.parse({ format: 'flowwright.process', schemaVersion: 1, id: 'test', nodes, flows, ...extra });
}

/** A node with defaults filled in, to add to a model. */
export const node = (input: NodeInput): FlowNode => nodeSchema.parse(input);
/** A flow as stored in a model, to add to one. */
export const flow = (input: FlowInput): Flow => flowSchema.parse(input);

/** Flows along a path of node ids, each with the id "source-target". */
export function chain(...ids: string[]): FlowInput[] {
  return ids.slice(1).map((target, i) => ({ id: `${ids[i]}-${target}`, source: ids[i], target }));
}

/** The problems validateModel() reports with one code. */
export function problemsWith(model: ProcessModel, code: ValidationCode): Problem[] {
  return validateModel(model).filter((found) => found.code === code);
}

/**
 * A clean purchase-approval map using every construct the rules look at: lanes, a sub-process, a boundary event,
 * exclusive, inclusive and event-based splits with conditions, defaults and probabilities, a parallel block, a
 * loop and an annotation.
 */
export function cleanModel(): ProcessModel {
  const task = (id: string, name: string, extra: Partial<NodeInput> = {}): NodeInput => ({
    id,
    type: 'task',
    name,
    lane: 'finance',
    ...extra,
  });
  return modelOf(
    [
      { id: 'start', type: 'startEvent', name: 'Request submitted', lane: 'requester' },
      task('submit', 'Submit request', { lane: 'requester' }),
      { id: 'check', type: 'subProcess', name: 'Check request', lane: 'finance' },
      { id: 'check-start', type: 'startEvent', parent: 'check' },
      task('check-budget', 'Check budget', { parent: 'check' }),
      { id: 'check-end', type: 'endEvent', parent: 'check' },
      { id: 'sla', type: 'boundaryEvent', eventType: 'timer', attachedTo: 'check', interrupting: false, timer: 86400 },
      task('remind', 'Send reminder'),
      { id: 'remind-end', type: 'endEvent', name: 'Reminder sent' },
      { id: 'big', type: 'exclusiveGateway', name: 'Amount over 5000?' },
      task('cfo', 'CFO approval'),
      { id: 'merge', type: 'exclusiveGateway' },
      { id: 'fork', type: 'parallelGateway' },
      task('order', 'Place order'),
      task('notify', 'Notify requester'),
      { id: 'join', type: 'parallelGateway' },
      { id: 'extras', type: 'inclusiveGateway', name: 'Extras?' },
      task('insure', 'Insure goods'),
      task('ship', 'Ship goods'),
      { id: 'extras-join', type: 'inclusiveGateway' },
      { id: 'wait', type: 'eventBasedGateway' },
      { id: 'paid', type: 'intermediateEvent', eventType: 'message', name: 'Payment received' },
      { id: 'timeout', type: 'intermediateEvent', eventType: 'timer', timer: 604800 },
      task('chase', 'Chase payment'),
      { id: 'done', type: 'endEvent', name: 'Order paid' },
      { id: 'note', type: 'annotation', name: 'Orders above 5000 need the CFO.' },
    ],
    [
      ...chain('start', 'submit', 'check', 'big'),
      ...chain('check-start', 'check-budget', 'check-end'),
      ...chain('sla', 'remind', 'remind-end'),
      { id: 'to-cfo', source: 'big', target: 'cfo', condition: 'amount > 5000', probability: 0.2 },
      { id: 'skip-cfo', source: 'big', target: 'merge', default: true, probability: 0.8 },
      ...chain('cfo', 'merge', 'fork'),
      ...chain('fork', 'order', 'join'),
      ...chain('fork', 'notify', 'join'),
      ...chain('join', 'extras'),
      { id: 'to-insure', source: 'extras', target: 'insure', condition: 'insured = true' },
      { id: 'to-ship', source: 'extras', target: 'ship', default: true },
      ...chain('insure', 'extras-join'),
      ...chain('ship', 'extras-join', 'wait'),
      { id: 'to-paid', source: 'wait', target: 'paid', probability: 0.9 },
      { id: 'to-timeout', source: 'wait', target: 'timeout', probability: 0.1 },
      ...chain('paid', 'done'),
      ...chain('timeout', 'chase', 'wait'),
    ],
    {
      id: 'purchase',
      lanes: [
        { id: 'requester', name: 'Requester' },
        { id: 'finance', name: 'Finance' },
      ],
    },
  );
}

/**
 * A clean map of about 9 nodes and 11 flows per segment: a task, an exclusive split and merge, a parallel block
 * with a boundary event. 111 segments give 1,001 nodes and 1,222 flows.
 */
export function largeModel(segments: number): ProcessModel {
  const nodes: NodeInput[] = [{ id: 'start', type: 'startEvent', name: 'Start' }];
  const flows: FlowInput[] = [];
  let previous = 'start';
  for (let s = 0; s < segments; s++) {
    const id = (name: string) => `${name}-${s}`;
    const task = (name: string): NodeInput => ({ id: id(name), type: 'task', name: `${name} ${s}` });
    nodes.push(
      task('work'),
      { id: id('choice'), type: 'exclusiveGateway', name: `Choice ${s}` },
      task('yes'),
      task('no'),
      { id: id('merge'), type: 'exclusiveGateway' },
      { id: id('fork'), type: 'parallelGateway' },
      task('left'),
      task('right'),
      { id: id('join'), type: 'parallelGateway' },
    );
    flows.push(
      { id: id('in'), source: previous, target: id('work') },
      ...chain(id('work'), id('choice')),
      { id: id('to-yes'), source: id('choice'), target: id('yes'), condition: `x > ${s}`, probability: 0.5 },
      { id: id('to-no'), source: id('choice'), target: id('no'), default: true, probability: 0.5 },
      ...chain(id('yes'), id('merge'), id('fork'), id('left'), id('join')),
      ...chain(id('no'), id('merge')),
      ...chain(id('fork'), id('right'), id('join')),
    );
    previous = id('join');
  }
  nodes.push({ id: 'end', type: 'endEvent', name: 'End' });
  flows.push({ id: 'out', source: previous, target: 'end' });
  return modelOf(nodes, flows);
}
