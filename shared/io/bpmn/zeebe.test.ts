import { describe, expect, it } from 'vitest';
import { lintCamunda88, runOnEngine, type EngineDriver } from '../../../test/support/bpmnChecks';
import { processSchema, FlowwrightError, type ProcessModel } from '../../model';
import { exportBpmn } from './exportBpmn';
import { purchaseApproval } from './testMaps';

/** The purchase approval's people and workers: check-budget fails without budget, a slow review waits for its reminder. */
const driverFor = (record: Record<string, unknown>): EngineDriver => ({
  jobError: (job) => (job === 'check-budget' && record.budget === 0 ? 'budget-check-failed' : undefined),
  holdUntil: record.slowReview ? { review: 'reminded' } : {},
});

describe('Camunda 8 (zeebe) export', () => {
  it('writes an executable definition with FEEL conditions, job types, assignments and ISO 8601 timers', async () => {
    const xml = await exportBpmn(purchaseApproval(), { flavour: 'zeebe' });
    expect(xml).toContain('isExecutable="true"');
    expect(xml).toContain('modeler:executionPlatform="Camunda Cloud"');
    expect(xml).toContain('modeler:executionPlatformVersion="8.8.0"');
    expect(xml).toMatch(
      /<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">=amount &gt; 5000<\/bpmn:conditionExpression>/,
    );
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
    expect((await lintCamunda88(await exportBpmn(model, { flavour: 'zeebe' }))).join('\n')).toMatch(
      /label-required \(error\): cfo/,
    );
  });

  const paths: [string, Record<string, unknown>, string[], string[]][] = [
    [
      'large amounts go to the CFO',
      { amount: 8000, tier: 'silver', budget: 10 },
      ['cfo', 'done'],
      ['fast', 'review', 'rejected'],
    ],
    [
      'gold customers are approved automatically',
      { amount: 100, tier: 'gold', budget: 10 },
      ['fast', 'done'],
      ['cfo', 'review'],
    ],
    [
      'the rest is reviewed',
      { amount: 100, tier: 'silver', budget: 10 },
      ['review', 'done'],
      ['cfo', 'fast', 'reminded'],
    ],
    [
      'a slow review sends a reminder and still ends approved',
      { amount: 100, tier: 'silver', budget: 10, slowReview: true },
      ['remind', 'reminded', 'review', 'done'],
      ['cfo'],
    ],
    [
      'a failed budget check ends rejected',
      { amount: 100, tier: 'silver', budget: 0 },
      ['budget-failed', 'rejected'],
      ['route', 'done'],
    ],
  ];
  for (const [path, record, through, avoided] of paths) {
    it(`runs on bpmn-engine to an end event: ${path}`, async () => {
      const run = await runOnEngine(
        await exportBpmn(purchaseApproval(), { flavour: 'zeebe' }),
        record,
        driverFor(record),
      );
      for (const id of through) expect(run.completed).toContain(id);
      for (const id of avoided) expect(run.completed).not.toContain(id);
      expect(run.jobs[0]).toBe('check-budget');
    });
  }

  it('runs the order sub-process and both parallel branches before the timer', async () => {
    const record = { amount: 1, tier: 'silver', budget: 5 };
    const run = await runOnEngine(
      await exportBpmn(purchaseApproval(), { flavour: 'zeebe' }),
      record,
      driverFor(record),
    );
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
    expect((error as FlowwrightError).message).toBe(
      "Flow 'gold' from 'Route by amount' to 'Auto approve' has no condition and is not the default flow; Camunda 8 " +
        'needs one of the two',
    );
  });

  it('refuses constructs Camunda 8 cannot run', async () => {
    // An imported complex gateway is an inclusive gateway that remembers it was complex.
    const complex = await refuse((m) =>
      Object.assign(
        m.nodes.find((n) => n.id === 'merge')!,
        { type: 'inclusiveGateway', extensions: { bpmn: { element: 'ComplexGateway' } } },
      ),
    );
    expect((complex as FlowwrightError).code).toBe('FW_EXPORT_UNSUPPORTED');
    expect((complex as FlowwrightError).message).toBe(
      'An untitled complex gateway is in the map; Camunda 8 cannot run one',
    );
    const twoStarts = await refuse((m) => m.nodes.push({ ...m.nodes[0], id: 'start2' }));
    expect((twoStarts as FlowwrightError).message).toMatch(
      /^The process has 2 start events without a trigger \('.+' and '.+'\); Camunda 8 allows one per level$/,
    );
  });
});
