import { EventEmitter } from 'node:events';
import { createRequire } from 'node:module';
import { Timers } from 'bpmn-elements';
import { Engine } from 'bpmn-engine';
import { BpmnModdle } from 'bpmn-moddle';
import { describe, expect, it } from 'vitest';
import zeebeSchema from 'zeebe-bpmn-moddle/resources/zeebe.json';
import { processSchema, FlowwrightError, type ProcessModel } from '../../model';
import { compileExpression } from '../../expr';
import { exportBpmn } from './exportBpmn';
import { purchaseApproval } from './testMaps';

const require = createRequire(import.meta.url);
const { Linter } = require('bpmnlint') as { Linter: new (options: unknown) => { lint(root: unknown): Promise<Record<string, { id: string; message: string; category: string }[]>> } };
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver') as new () => unknown;

/** Lints with bpmnlint's recommended rules and Camunda 8.8 compatibility; returns `rule: element message` lines. */
async function lintCamunda88(xml: string): Promise<string[]> {
  const { rootElement } = await new BpmnModdle({ zeebe: zeebeSchema }).fromXML(xml);
  const linter = new Linter({
    config: { extends: ['bpmnlint:recommended', 'plugin:camunda-compat/camunda-cloud-8-8'] },
    resolver: new NodeResolver(),
  });
  const results = await linter.lint(rootElement);
  return Object.entries(results).flatMap(([rule, reports]) => reports.map((r) => `${rule} (${r.category}): ${r.id} ${r.message}`));
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

interface Run {
  jobs: string[];
  completed: string[];
}

type Activity = { id: string; signal(): void };
type ServiceActivity = { behaviour: { extensionElements?: { values?: { $type: string; type?: string }[] }; Service?: unknown } };

/**
 * Runs a Zeebe export on bpmn-engine for one record: a worker per job type (check-budget fails when the record has no
 * budget), user tasks completed at once (the review only after its SLA reminder when `slowReview`), timers after 1 ms.
 */
async function runOnEngine(xml: string, record: Record<string, unknown>): Promise<Run> {
  const run: Run = { jobs: [], completed: [] };
  const listener = new EventEmitter();
  const waiting = new Map<string, Activity>();
  listener.on('wait', (activity: Activity) => {
    if (activity.id === 'review' && record.slowReview) waiting.set(activity.id, activity);
    else if (activity.id !== 'budget-failed') activity.signal();
  });
  listener.on('activity.end', (activity: Activity) => {
    run.completed.push(activity.id);
    if (activity.id === 'reminded') waiting.get('review')?.signal();
  });
  const engine = new Engine({
    name: 'zeebe export',
    source: xml,
    moddleOptions: { zeebe: zeebeSchema },
    expressions: feelExpressions,
    timers: new Timers({ setTimeout: ((callback: () => void) => setTimeout(callback, 1)) as typeof setTimeout, clearTimeout }),
    extensions: {
      jobWorkers(element: unknown) {
        const activity = element as ServiceActivity;
        const job = activity.behaviour.extensionElements?.values?.find((v) => v.$type === 'zeebe:TaskDefinition')?.type;
        // Nothing to switch on or off while the activity runs: the worker is all this extension adds.
        const extension = { activate: () => undefined, deactivate: () => undefined };
        if (!job) return extension;
        activity.behaviour.Service = function JobWorker() {
          return {
            execute(_message: unknown, callback: (error: Error | null, output?: unknown) => void) {
              run.jobs.push(job);
              if (job === 'check-budget' && record.budget === 0) return callback(Object.assign(new Error('no budget left'), { code: 'budget-check-failed' }));
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
  await engine.execute({ listener, variables: record });
  await ended;
  return run;
}

describe('Camunda 8 (zeebe) export', () => {
  it('writes an executable definition with FEEL conditions, job types, assignments and ISO 8601 timers', async () => {
    const xml = await exportBpmn(purchaseApproval(), { flavour: 'zeebe' });
    expect(xml).toContain('isExecutable="true"');
    expect(xml).toContain('modeler:executionPlatform="Camunda Cloud"');
    expect(xml).toContain('modeler:executionPlatformVersion="8.8.0"');
    expect(xml).toMatch(/<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">=amount &gt; 5000<\/bpmn:conditionExpression>/);
    expect(xml).toContain('<zeebe:taskDefinition type="check-budget" />');
    expect(xml).toContain('<zeebe:taskDefinition type="book-budget" />');
    expect(xml).toMatch(/<bpmn:userTask id="review"[\s\S]*?<zeebe:assignmentDefinition candidateGroups="finance" \/>/);
    expect(xml).toContain('<bpmn:timeDuration xsi:type="bpmn:tFormalExpression">PT1H</bpmn:timeDuration>');
    expect(xml).toContain('<bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P1D</bpmn:timeDuration>');
    expect(xml).toMatch(/<bpmn:error id="[^"]+" name="Budget check failed" errorCode="budget-check-failed" \/>/);
  });

  it('lints clean with bpmnlint recommended and camunda-compat for Camunda 8.8', async () => {
    expect(await lintCamunda88(await exportBpmn(purchaseApproval(), { flavour: 'zeebe' }))).toEqual([]);
  });

  it('reports what the linter finds in a map Camunda would reject', async () => {
    const model = purchaseApproval();
    model.nodes.find((n) => n.id === 'cfo')!.name = '';
    expect((await lintCamunda88(await exportBpmn(model, { flavour: 'zeebe' }))).join('\n')).toMatch(/label-required \(error\): cfo/);
  });

  const paths: [string, Record<string, unknown>, string[], string[]][] = [
    ['large amounts go to the CFO', { amount: 8000, tier: 'silver', budget: 10 }, ['cfo', 'done'], ['fast', 'review', 'rejected']],
    ['gold customers are approved automatically', { amount: 100, tier: 'gold', budget: 10 }, ['fast', 'done'], ['cfo', 'review']],
    ['the rest is reviewed', { amount: 100, tier: 'silver', budget: 10 }, ['review', 'done'], ['cfo', 'fast', 'reminded']],
    ['a slow review sends a reminder and still ends approved', { amount: 100, tier: 'silver', budget: 10, slowReview: true }, ['remind', 'reminded', 'review', 'done'], ['cfo']],
    ['a failed budget check ends rejected', { amount: 100, tier: 'silver', budget: 0 }, ['budget-failed', 'rejected'], ['route', 'done']],
  ];
  for (const [path, record, through, avoided] of paths) {
    it(`runs on bpmn-engine to an end event: ${path}`, async () => {
      const run = await runOnEngine(await exportBpmn(purchaseApproval(), { flavour: 'zeebe' }), record);
      for (const id of through) expect(run.completed).toContain(id);
      for (const id of avoided) expect(run.completed).not.toContain(id);
      expect(run.jobs[0]).toBe('check-budget');
    });
  }

  it('runs the order sub-process and both parallel branches before the timer', async () => {
    const run = await runOnEngine(await exportBpmn(purchaseApproval(), { flavour: 'zeebe' }), { amount: 1, tier: 'silver', budget: 5 });
    expect(run.jobs).toEqual(expect.arrayContaining(['draft-order', 'book-budget']));
    expect(run.completed.indexOf('wait')).toBeGreaterThan(run.completed.indexOf('join'));
  });

  const refuse = async (edit: (model: ProcessModel) => void) => {
    const model = purchaseApproval();
    edit(model);
    return exportBpmn(processSchema.parse(model), { flavour: 'zeebe' }).catch((e: unknown) => e as FlowwrightError);
  };

  it('refuses a gateway branch with neither a condition nor the default mark, naming it', async () => {
    const error = await refuse((m) => delete m.flows.find((f) => f.id === 'f5')!.condition);
    expect(error).toBeInstanceOf(FlowwrightError);
    expect((error as FlowwrightError).code).toBe('FW_EXPORT_CONDITION');
    expect((error as FlowwrightError).message).toMatch(/flow f5 from gateway "Route by amount" \(route\)/);
  });

  it('refuses constructs Camunda 8 cannot run', async () => {
    // An imported complex gateway is an inclusive gateway that remembers it was complex.
    const complex = await refuse((m) => Object.assign(m.nodes.find((n) => n.id === 'merge')!, { type: 'inclusiveGateway', extensions: { bpmn: { element: 'ComplexGateway' } } }));
    expect((complex as FlowwrightError).code).toBe('FW_EXPORT_UNSUPPORTED');
    expect((complex as FlowwrightError).message).toMatch(/merge is a complex gateway/);
    const twoStarts = await refuse((m) => m.nodes.push({ ...m.nodes[0], id: 'start2' }));
    expect((twoStarts as FlowwrightError).message).toMatch(/more than one plain start event/);
  });
});
