import { EventEmitter } from 'node:events';
import { createRequire } from 'node:module';
import { Timers } from 'bpmn-elements';
import { Engine } from 'bpmn-engine';
import { BpmnModdle } from 'bpmn-moddle';
import zeebeSchema from 'zeebe-bpmn-moddle/resources/zeebe.json';
import { compileExpression } from '../../shared/expr';
import { nodeSize } from '../../shared/model/geometry';
import type { ProcessModel } from '../../shared/model';

const require = createRequire(import.meta.url);
const { Linter } = require('bpmnlint') as {
  Linter: new (options: unknown) => {
    lint(root: unknown): Promise<Record<string, { id: string; message: string; category: string }[]>>;
  };
};
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver') as new () => unknown;
const aslValidator = require('asl-validator') as (definition: unknown) => {
  isValid: boolean;
  errorsText(separator?: string): string;
};

/** What a BPMN round trip must keep: ids, types, names, conditions, lanes and positions (sizes as drawn). */
export function roundTripEssentials(model: ProcessModel) {
  const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
  return {
    nodes: byId(model.nodes).map((n) => ({
      id: n.id,
      type: n.type,
      taskType: n.taskType,
      eventType: n.eventType,
      name: n.name,
      lane: n.lane,
      parent: n.parent,
      attachedTo: n.attachedTo,
      interrupting: n.interrupting,
      timer: n.timer,
      x: n.x,
      y: n.y,
      ...nodeSize(n),
    })),
    flows: byId(model.flows).map((f) => ({
      id: f.id,
      source: f.source,
      target: f.target,
      name: f.name,
      condition: f.condition,
      default: f.default,
      waypoints: f.waypoints,
    })),
    lanes: model.lanes.map((l) => ({ id: l.id, name: l.name, kind: l.kind, y: l.y, height: l.height })),
  };
}

/** Validates a Step Functions definition with asl-validator, which writes defaults into what it checks: so a copy. */
export const validateAsl = (definition: unknown) => aslValidator(structuredClone(definition));

/** Lints with bpmnlint's recommended rules and Camunda 8.8 compatibility; returns `rule: element message` lines. */
export async function lintCamunda88(xml: string): Promise<string[]> {
  const { rootElement } = await new BpmnModdle({ zeebe: zeebeSchema }).fromXML(xml);
  const linter = new Linter({
    config: { extends: ['bpmnlint:recommended', 'plugin:camunda-compat/camunda-cloud-8-8'] },
    resolver: new NodeResolver(),
  });
  const results = await linter.lint(rootElement);
  return Object.entries(results).flatMap(([rule, reports]) =>
    reports.map((r) => `${rule} (${r.category}): ${r.id} ${r.message}`),
  );
}

/** bpmn-engine's expression hook, evaluating Zeebe's `=expression` with Flowwright's FEEL (feelin underneath). */
const feelExpressions = {
  resolveExpression(expression: unknown, context: { environment: { variables: Record<string, unknown> } }) {
    if (typeof expression !== 'string' || !expression.startsWith('=')) return expression;
    const compiled = compileExpression(expression.slice(1));
    if (!compiled.ok) throw new Error(`${expression}: ${compiled.error.message}`);
    return compiled.expression.evaluate({ ...context.environment.variables });
  },
  isExpression: (text: unknown) => typeof text === 'string' && text.startsWith('='),
  hasExpression: (text: unknown) => typeof text === 'string' && text.startsWith('='),
};

type BpmnElement = {
  $type: string;
  id: string;
  flowElements?: BpmnElement[];
  rootElements?: BpmnElement[];
  attachedToRef?: { id: string };
  eventDefinitions?: { errorRef?: { errorCode?: string } }[];
};

/** The error code each activity's error boundary event catches, by activity id, as an export wrote them. */
export async function caughtErrorCodes(xml: string): Promise<Map<string, string>> {
  const { rootElement } = await new BpmnModdle({ zeebe: zeebeSchema }).fromXML(xml);
  const codes = new Map<string, string>();
  const visit = (element: BpmnElement) => {
    const code = element.eventDefinitions?.[0]?.errorRef?.errorCode;
    if (element.$type === 'bpmn:BoundaryEvent' && element.attachedToRef && code)
      codes.set(element.attachedToRef.id, code);
    for (const inner of [...(element.rootElements ?? []), ...(element.flowElements ?? [])]) visit(inner);
  };
  visit(rootElement as unknown as BpmnElement);
  return codes;
}

/** How the workers and the people behave in one run. */
export interface EngineDriver {
  /** The error code the job worker fails with at this service task, or undefined to complete the job. */
  jobError?(jobType: string, activityId: string): string | undefined;
  /** The error code the assignee of this user task throws instead of completing it, or undefined. */
  taskError?(activityId: string): string | undefined;
  /** User tasks left open until another activity ends (a review completed only after its reminder): task → activity. */
  holdUntil?: Record<string, string>;
}

export interface EngineRun {
  /** Job types in the order their workers ran. */
  jobs: string[];
  /** Ids of the activities (events included) that ended, in order. */
  completed: string[];
  /** Ids of the sequence flows taken, in order. */
  taken: string[];
}

type Activity = { id: string; type: string; signal(): void; sendApiMessage(type: string, content: unknown): void };
type ServiceActivity = {
  behaviour: { extensionElements?: { values?: { $type: string; type?: string }[] }; Service?: unknown };
};

/**
 * Runs a Zeebe export on bpmn-engine with `variables` as the case data, to its end: a worker per job type, user tasks
 * completed at once unless the driver holds them or makes them throw, timers after 1 ms. Rejects if the engine fails.
 */
export async function runOnEngine(
  xml: string,
  variables: Record<string, unknown>,
  driver: EngineDriver = {},
): Promise<EngineRun> {
  const run: EngineRun = { jobs: [], completed: [], taken: [] };
  const listener = new EventEmitter();
  const held = new Map<string, Activity>();
  listener.on('wait', (activity: Activity) => {
    // A boundary event waits for what it catches; signalling it would fire it.
    if (activity.type === 'bpmn:BoundaryEvent') return;
    const code = driver.taskError?.(activity.id);
    if (code) activity.sendApiMessage('error', { message: `${activity.id} failed`, code });
    else if (driver.holdUntil?.[activity.id]) held.set(activity.id, activity);
    else activity.signal();
  });
  listener.on('flow.take', (flow: { id: string }) => run.taken.push(flow.id));
  listener.on('activity.end', (activity: Activity) => {
    run.completed.push(activity.id);
    for (const [task, until] of Object.entries(driver.holdUntil ?? {}))
      if (until === activity.id) held.get(task)?.signal();
  });
  const engine = new Engine({
    name: 'zeebe export',
    source: xml,
    moddleOptions: { zeebe: zeebeSchema },
    expressions: feelExpressions,
    timers: new Timers({
      setTimeout: ((callback: () => void) => setTimeout(callback, 1)) as typeof setTimeout,
      clearTimeout,
    }),
    extensions: {
      jobWorkers(element: unknown) {
        const activity = element as ServiceActivity & { id: string };
        const job = activity.behaviour.extensionElements?.values?.find((v) => v.$type === 'zeebe:TaskDefinition')?.type;
        // Nothing to switch on or off while the activity runs: the worker is all this extension adds.
        const extension = { activate: () => undefined, deactivate: () => undefined };
        if (!job) return extension;
        activity.behaviour.Service = function JobWorker() {
          return {
            execute(_message: unknown, callback: (error: Error | null, output?: unknown) => void) {
              run.jobs.push(job);
              const code = driver.jobError?.(job, activity.id);
              if (code) return callback(Object.assign(new Error(`${job} failed`), { code }));
              callback(null, {});
            },
          };
        };
        return extension;
      },
    },
  });
  const ended = new Promise<void>((resolve, reject) => {
    engine.once('end', () => resolve());
    engine.once('error', reject);
  });
  await engine.execute({ listener, variables });
  await ended;
  return run;
}
