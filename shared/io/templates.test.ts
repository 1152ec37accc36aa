import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { templateDefinitions } from '../../templates/catalogue';
import {
  caughtErrorCodes,
  lintCamunda88,
  roundTripEssentials,
  runOnEngine,
  validateAsl,
  type EngineRun,
} from '../../test/support/bpmnChecks';
import { mapColumns, parseCsv } from '../data';
import { compileExpression } from '../expr';
import { FlowwrightError, restore, type Flow, type FlowNode, type ProcessModel } from '../model';
import { exportAsl } from './asl';
import { exportBpmn, importBpmn } from './bpmn';

const templateFile = (id: string, file: string) =>
  readFileSync(new URL(`../../templates/${id}/${file}`, import.meta.url), 'utf8');

function templateMap(id: string): ProcessModel {
  const restored = restore(templateFile(id, 'map.flow.json'));
  if (!restored.ok) throw new Error(restored.problems.map((p) => p.message).join('; '));
  return restored.model;
}

const holds = (condition: string, record: Record<string, unknown>) => {
  const compiled = compileExpression(condition);
  return compiled.ok && compiled.expression.isTrue(record);
};

/** The flows a record takes through the map, as the conditions decide (error boundaries fire when theirs hold). */
function predictedFlows(model: ProcessModel, record: Record<string, unknown>): Set<string> {
  const outgoing = (node: FlowNode) => model.flows.filter((f) => f.source === node.id);
  const taken = new Set<string>();
  const reached = new Set<string>();
  const queue = model.nodes.filter((n) => n.type === 'startEvent' && !n.parent);
  for (let node = queue.shift(); node; node = queue.shift()) {
    if (reached.has(node.id)) continue;
    reached.add(node.id);
    const thrown = model.nodes.find(
      (b) => b.attachedTo === node!.id && b.eventType === 'error' && b.condition && holds(b.condition, record),
    );
    let next: Flow[] = thrown ? outgoing(thrown) : outgoing(node);
    if (!thrown && (node.type === 'exclusiveGateway' || node.type === 'inclusiveGateway') && next.length > 1) {
      const chosen = next.filter((f) => !f.default && holds(f.condition ?? 'false', record));
      next = node.type === 'exclusiveGateway' ? chosen.slice(0, 1) : chosen;
      if (next.length === 0) next = outgoing(node).filter((f) => f.default);
    }
    for (const f of next) {
      taken.add(f.id);
      queue.push(model.nodes.find((n) => n.id === f.target)!);
    }
  }
  return taken;
}

/** Every flow out of a gateway that decides between several, or out of an error boundary event: the branches. */
function branches(model: ProcessModel): string[] {
  const deciding = (node: FlowNode) =>
    ((node.type === 'exclusiveGateway' || node.type === 'inclusiveGateway') &&
      model.flows.filter((f) => f.source === node.id).length > 1) ||
    (node.type === 'boundaryEvent' && node.eventType === 'error');
  const sources = new Set(model.nodes.filter(deciding).map((n) => n.id));
  return model.flows.filter((f) => sources.has(f.source)).map((f) => f.id);
}

/** Records from the template's records.csv, few, that between them take every branch, with the flows each takes. */
function coveringRecords(id: string, model: ProcessModel) {
  const { records } = mapColumns(parseCsv(templateFile(id, 'records.csv')), model.data.fields);
  const missing = new Set(branches(model));
  const chosen: { row: number; values: Record<string, unknown> }[] = [];
  for (const record of records) {
    const flows = predictedFlows(model, record.values);
    if (![...flows].some((f) => missing.has(f))) continue;
    chosen.push(record);
    for (const f of flows) missing.delete(f);
    if (missing.size === 0) break;
  }
  return chosen;
}

const endEvents = (model: ProcessModel) => new Set(model.nodes.filter((n) => n.type === 'endEvent').map((n) => n.id));

/** How each template's Step Functions export must turn out: valid, or refused naming what has no equivalent. */
const aslOutcome: Record<string, { valid: true } | { code: string; names: RegExp }> = {
  'purchase-approval': { valid: true },
  'customer-onboarding': { valid: true },
  // Choice states compare a field with a constant or another field, not with arithmetic on one.
  'invoice-exceptions': {
    code: 'FW_EXPORT_CONDITION',
    names: /^The condition of the flow 'price' from .*"amount > poAmount \* 1\.02"/,
  },
  'support-escalation': { code: 'FW_EXPORT_UNSUPPORTED', names: /^'SLA of 8 hours breached' \(a non-interrupting/ },
  'expense-reports': { code: 'FW_EXPORT_UNSUPPORTED', names: /^'No approval in 3 days' \(a non-interrupting/ },
  'claims-triage': { code: 'FW_EXPORT_UNSUPPORTED', names: /^'Update due' \(a non-interrupting/ },
};

describe.each(templateDefinitions.map((d) => d.id))('template %s exported', (id) => {
  const model = templateMap(id);

  it('comes back from BPMN as the same map', async () => {
    const again = (await importBpmn(await exportBpmn(model))).model;
    expect(roundTripEssentials(again)).toEqual(roundTripEssentials(model));
  });

  it('for Camunda 8 lints clean and runs to an end event on bpmn-engine along every branch', async () => {
    const xml = await exportBpmn(model, { flavour: 'zeebe' });
    expect(await lintCamunda88(xml)).toEqual([]);
    const codes = await caughtErrorCodes(xml);
    const thrower = (record: Record<string, unknown>) => (activityId: string) => {
      const boundary = model.nodes.find((n) => n.attachedTo === activityId && n.eventType === 'error');
      return boundary?.condition && holds(boundary.condition, record) ? codes.get(activityId) : undefined;
    };
    const runs: EngineRun[] = [];
    const records = coveringRecords(id, model);
    for (const { values } of records) {
      const run = await runOnEngine(xml, values, {
        jobError: (_job, activity) => thrower(values)(activity),
        taskError: thrower(values),
      });
      expect(run.taken.sort()).toEqual([...predictedFlows(model, values)].sort());
      runs.push(run);
    }
    // A timer boundary event fires when its task is left open until it has: a run per timer, with a record that
    // reaches the task.
    for (const timer of model.nodes.filter((n) => n.type === 'boundaryEvent' && n.eventType === 'timer')) {
      const into = model.flows.filter((f) => f.target === timer.attachedTo).map((f) => f.id);
      const { values } = records.find((r) => into.some((f) => predictedFlows(model, r.values).has(f)))!;
      const run = await runOnEngine(xml, values, { holdUntil: { [timer.attachedTo!]: timer.id } });
      expect(run.completed).toContain(timer.id);
      runs.push(run);
    }
    const ends = endEvents(model);
    for (const run of runs) expect(run.completed.some((n) => ends.has(n))).toBe(true);
    const taken = new Set(runs.flatMap((r) => r.taken));
    expect(branches(model).filter((f) => !taken.has(f))).toEqual([]);
    expect(model.flows.map((f) => f.id).filter((f) => !taken.has(f))).toEqual([]);
  });

  it(`for Step Functions ${'valid' in aslOutcome[id] ? 'validates' : 'is refused, naming what has no equivalent'}`, () => {
    const outcome = aslOutcome[id];
    if ('valid' in outcome) {
      const result = validateAsl(exportAsl(model));
      expect(result.isValid, result.errorsText('\n')).toBe(true);
      return;
    }
    const refusal = (() => {
      try {
        exportAsl(model);
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(FlowwrightError);
    expect((refusal as FlowwrightError).code).toBe(outcome.code);
    expect((refusal as FlowwrightError).message).toMatch(outcome.names);
  });
});
