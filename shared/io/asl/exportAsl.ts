import { FlowwrightError, caseFlowOf, type DataField, type Flow, type FlowNode, type ProcessModel } from '../../model';
import { flowLabel, nodeKind, nodeLabel, sentence } from '../../validate/describe';
import { keptNode } from '../bpmn/keptShapes';
import { feelToChoice, UntranslatableCondition, type ChoiceRule } from './feelToChoice';

/** An Amazon States Language state, as plain JSON. */
export type AslState = { Type: string; [key: string]: unknown };

/** An Amazon States Language state machine definition. */
export interface AslStateMachine {
  Comment?: string;
  StartAt: string;
  States: Record<string, AslState>;
}

/** Refusals lead with the element's name, then say what Step Functions lacks. */
const unsupported = (message: string) => new FlowwrightError('FW_EXPORT_UNSUPPORTED', message);
/** "'Route by amount' (an inclusive gateway) has no Step Functions equivalent". */
function noEquivalent(node: FlowNode, what = nodeKind(node)): FlowwrightError {
  const article = /^[aeiou]/i.test(what) ? 'an' : 'a';
  return unsupported(`${sentence(nodeLabel(node))} (${article} ${what}) has no Step Functions equivalent`);
}

/** Human work waits for a task token; everything else is a Lambda invocation. */
const waitsForPeople = new Set(['user', 'manual', 'receive']);

class Translator {
  private readonly byId: Map<string, FlowNode>;
  private readonly outgoing = new Map<string, Flow[]>();
  private readonly names = new Map<string, string>();
  private readonly usedNames = new Set<string>();
  /** The scope (branch) each node was written into, so that a node is never written twice. */
  private readonly scopeOf = new Map<string, string>();
  private readonly fieldTypes: Map<string, DataField['type']>;
  private scopes = 0;

  constructor(private readonly model: ProcessModel) {
    this.byId = new Map(model.nodes.map((n) => [n.id, n]));
    for (const flow of model.flows) {
      const flows = this.outgoing.get(flow.source);
      if (flows) flows.push(flow);
      else this.outgoing.set(flow.source, [flow]);
    }
    this.fieldTypes = new Map(model.data.fields.map((f) => [f.name, f.type]));
  }

  /** State names are unique across the whole machine and at most 80 characters. */
  name(node: FlowNode): string {
    let name = this.names.get(node.id);
    if (name) return name;
    const base = (node.name.replace(/\s+/g, ' ').trim() || node.id).slice(0, 80);
    name = this.usedNames.has(base) ? `${base.slice(0, 76 - node.id.length)} (${node.id})` : base;
    this.names.set(node.id, name);
    this.usedNames.add(name);
    return name;
  }

  private next(node: FlowNode): Flow[] {
    return this.outgoing.get(node.id) ?? [];
  }

  private target(flow: Flow): FlowNode {
    return this.byId.get(flow.target)!;
  }

  /** The one start event of a level (the process or a sub-process) and the node after it. */
  private firstOf(parent: string | undefined, where: string): FlowNode {
    const starts = this.model.nodes.filter((n) => n.type === 'startEvent' && n.parent === parent);
    if (starts.length !== 1)
      throw unsupported(
        `${sentence(where)} has ${starts.length} start events; a Step Functions state machine starts in one place`,
      );
    const start = sentence(nodeLabel(starts[0]));
    if (starts[0].eventType)
      throw unsupported(
        `${start} waits for a ${starts[0].eventType}; a Step Functions state machine starts when called`,
      );
    const flows = this.next(starts[0]);
    if (flows.length !== 1) throw unsupported(`${start} needs exactly one outgoing flow for Step Functions`);
    return this.target(flows[0]);
  }

  /** Writes the states reachable from `first` into a new scope, stopping before `stop` (a parallel join). */
  scope(first: FlowNode, stop?: FlowNode): AslStateMachine {
    const scope = `scope${this.scopes++}`;
    const states: Record<string, AslState> = {};
    const pending = [first];
    while (pending.length) {
      const node = pending.pop()!;
      const owner = this.scopeOf.get(node.id);
      if (owner === scope) continue;
      if (owner !== undefined)
        throw unsupported(
          `${sentence(nodeLabel(node))} is reached from inside and outside a parallel block or sub-process, which ` +
            'Step Functions cannot express',
        );
      this.scopeOf.set(node.id, scope);
      const state = this.state(node, stop, pending);
      states[this.name(node)] = state;
    }
    return { StartAt: this.name(first), States: states };
  }

  /** Next or End for the single way on from a node; queues the node it leads to. */
  private onward(
    node: FlowNode,
    flows: Flow[],
    stop: FlowNode | undefined,
    pending: FlowNode[],
  ): Record<string, unknown> {
    if (flows.length === 0) return { End: true };
    if (flows.length > 1)
      throw unsupported(
        `${sentence(nodeLabel(node))} has ${flows.length} outgoing flows without a gateway; for Step Functions, ` +
          'split them with a gateway',
      );
    const target = this.target(flows[0]);
    if (stop && target.id === stop.id) return { End: true };
    pending.push(target);
    return { Next: this.name(target) };
  }

  private catches(node: FlowNode, stop: FlowNode | undefined, pending: FlowNode[]): Record<string, unknown> {
    // Only Task states can time out; a Parallel state (a sub-process) has no TimeoutSeconds.
    const extra: Record<string, unknown> = {};
    const catches: unknown[] = [];
    for (const boundary of this.model.nodes.filter((n) => n.type === 'boundaryEvent' && n.attachedTo === node.id)) {
      if (boundary.interrupting === false) throw noEquivalent(boundary, `non-interrupting ${nodeKind(boundary)}`);
      const handler = this.onward(boundary, this.next(boundary), stop, pending);
      if (!handler.Next)
        throw unsupported(`${sentence(nodeLabel(boundary))} needs one outgoing flow for Step Functions`);
      if (boundary.eventType === 'error') {
        const code = keptNode(boundary).error?.code;
        catches.push({ ErrorEquals: [code ?? 'States.ALL'], ResultPath: '$.error', Next: handler.Next });
      } else if (boundary.eventType === 'timer' && boundary.timer !== undefined && node.type === 'task') {
        extra.TimeoutSeconds = Math.max(1, Math.round(boundary.timer));
        catches.push({ ErrorEquals: ['States.Timeout'], ResultPath: '$.error', Next: handler.Next });
      } else throw noEquivalent(boundary, `${nodeKind(boundary)} on a ${nodeKind(node)}`);
    }
    if (catches.length) extra.Catch = catches;
    return extra;
  }

  private task(node: FlowNode): AslState {
    const key = node.id.replace(/[^A-Za-z0-9_]/g, '_');
    const functionName = `\${${(node.name || node.id).replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : '')).replace(/^./, (c) => c.toUpperCase())}FunctionArn}`;
    if (waitsForPeople.has(node.taskType ?? ''))
      return {
        Type: 'Task',
        Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken',
        Parameters: { FunctionName: functionName, Payload: { 'input.$': '$', 'taskToken.$': '$$.Task.Token' } },
        ResultPath: `$.${key}_result`,
      };
    return {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Parameters: { FunctionName: functionName, 'Payload.$': '$' },
      ResultSelector: { 'result.$': '$.Payload' },
      ResultPath: `$.${key}_result`,
    };
  }

  private choice(node: FlowNode, flows: Flow[], stop: FlowNode | undefined, pending: FlowNode[]): AslState {
    const choices: ChoiceRule[] = [];
    let fallback: string | undefined;
    for (const flow of flows) {
      const way = this.onward(node, [flow], stop, pending);
      const named = sentence(flowLabel(flow, this.byId));
      if (!way.Next)
        throw unsupported(
          `${named} goes straight to the join of a parallel block, which Step Functions cannot express`,
        );
      if (flow.default) fallback = way.Next as string;
      else if (flow.condition === undefined)
        throw new FlowwrightError(
          'FW_EXPORT_CONDITION',
          `${named} has no condition and is not the default flow; Step Functions needs one of the two`,
        );
      else {
        try {
          choices.push({ ...feelToChoice(flow.condition, this.fieldTypes), Next: way.Next });
        } catch (error) {
          if (!(error instanceof UntranslatableCondition)) throw error;
          throw new FlowwrightError(
            'FW_EXPORT_CONDITION',
            `The condition of the ${flowLabel(flow, this.byId)} cannot be translated for Step Functions: ` +
              error.message,
          );
        }
      }
    }
    if (choices.length === 0) return { Type: 'Pass', Next: fallback };
    return { Type: 'Choice', Choices: choices, ...(fallback ? { Default: fallback } : {}) };
  }

  /** The join where all branches of a parallel split meet: the first parallel gateway with several incoming flows. */
  private joinOf(split: FlowNode): FlowNode {
    const joins = new Set<string>();
    const seen = new Set<string>();
    const walk = (node: FlowNode, depth: number): void => {
      if (seen.has(`${node.id}:${depth}`)) return;
      seen.add(`${node.id}:${depth}`);
      const incoming = this.model.flows.filter((f) => f.target === node.id).length;
      const isJoin = node.type === 'parallelGateway' && incoming > 1;
      if (isJoin && depth === 0) {
        joins.add(node.id);
        return;
      }
      const nextDepth =
        depth + (node.type === 'parallelGateway' && this.next(node).length > 1 ? 1 : 0) - (isJoin ? 1 : 0);
      for (const flow of this.next(node)) walk(this.target(flow), nextDepth);
    };
    for (const flow of this.next(split)) walk(this.target(flow), 0);
    if (joins.size !== 1)
      throw unsupported(
        `The branches of ${nodeLabel(split)} do not meet at one parallel join, which Step Functions needs`,
      );
    return this.byId.get([...joins][0])!;
  }

  private state(node: FlowNode, stop: FlowNode | undefined, pending: FlowNode[]): AslState {
    const flows = this.next(node);
    switch (node.type) {
      case 'task':
        return { ...this.task(node), ...this.catches(node, stop, pending), ...this.onward(node, flows, stop, pending) };
      case 'subProcess': {
        if (keptNode(node).triggeredByEvent) throw noEquivalent(node, 'event sub-process');
        const branch = this.scope(this.firstOf(node.id, nodeLabel(node)));
        return {
          Type: 'Parallel',
          Branches: [branch],
          ResultPath: null,
          ...this.catches(node, stop, pending),
          ...this.onward(node, flows, stop, pending),
        };
      }
      case 'exclusiveGateway':
        return flows.length > 1
          ? this.choice(node, flows, stop, pending)
          : { Type: 'Pass', ...this.onward(node, flows, stop, pending) };
      case 'parallelGateway': {
        if (flows.length < 2) return { Type: 'Pass', ...this.onward(node, flows, stop, pending) };
        const join = this.joinOf(node);
        const branches = flows.map((flow) => this.scope(this.target(flow), join));
        this.scopeOf.set(join.id, 'joined');
        return {
          Type: 'Parallel',
          Branches: branches,
          ResultPath: null,
          ...this.onward(join, this.next(join), stop, pending),
        };
      }
      case 'intermediateEvent':
        if (node.eventType !== 'timer' || node.timer === undefined)
          throw noEquivalent(node, node.eventType === 'timer' ? 'timer without a delay' : nodeKind(node));
        return { Type: 'Wait', Seconds: Math.round(node.timer), ...this.onward(node, flows, stop, pending) };
      case 'endEvent':
        if (node.eventType === 'error') {
          const code = keptNode(node).error?.code;
          return { Type: 'Fail', Error: code ?? (node.name || node.id), Cause: node.name || node.id };
        }
        return { Type: 'Succeed' };
    }
    throw noEquivalent(node);
  }

  machine(): AslStateMachine {
    const body = this.scope(this.firstOf(undefined, 'the process'));
    return { Comment: [this.model.name, this.model.description].filter(Boolean).join(': ') || this.model.id, ...body };
  }
}

/**
 * Translates a map into an AWS Step Functions state machine (Amazon States Language): tasks become Task states
 * (Lambda invocations; human tasks wait for a task token), exclusive gateways Choice states with the FEEL
 * conditions translated, parallel blocks and sub-processes Parallel states, timers Wait states, error and timer
 * boundary events Catch and TimeoutSeconds. Refuses (FlowwrightError) what has no equivalent, naming it.
 */
export function exportAsl(model: ProcessModel): AslStateMachine {
  // Other parties' pools and message flows, data objects and stores are not steps of the state machine.
  return new Translator(caseFlowOf(model)).machine();
}
