import { describe, expect, it } from 'vitest';
import { validateAsl } from '../../../test/support/bpmnChecks';
import { FlowwrightError, processSchema, type ProcessModel } from '../../model';
import { purchaseApproval } from '../bpmn/testMaps';
import { exportAsl, type AslState } from './exportAsl';

/** The purchase approval without its non-interrupting SLA reminder, which Step Functions cannot express. */
function withoutReminder(): ProcessModel {
  const model = purchaseApproval();
  model.nodes = model.nodes.filter((n) => !['sla', 'remind', 'reminded'].includes(n.id));
  model.flows = model.flows.filter((f) => !['f10', 'f11'].includes(f.id));
  return processSchema.parse(model);
}

const failure = (run: () => unknown): FlowwrightError => {
  try {
    run();
  } catch (error) {
    return error as FlowwrightError;
  }
  throw new Error('expected a refusal');
};

describe('Step Functions (ASL) export', () => {
  const machine = exportAsl(withoutReminder());
  const state = (name: string) => machine.States[name] as AslState;

  it('is valid Amazon States Language according to asl-validator', () => {
    const result = validateAsl(machine);
    expect(result.isValid, result.errorsText('\n')).toBe(true);
    expect(validateAsl({ ...machine, StartAt: 'No such state' }).isValid).toBe(false);
  });

  it('starts after the start event and makes tasks Task states, human ones waiting for a token', () => {
    expect(machine.StartAt).toBe('Enter request');
    expect(state('Enter request')).toMatchObject({
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken',
      Next: 'Check budget',
    });
    expect(state('Check budget')).toMatchObject({
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Parameters: { FunctionName: '${CheckBudgetFunctionArn}' },
    });
  });

  it('turns the error boundary event into a Catch', () => {
    expect(state('Check budget').Catch).toEqual([
      { ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'Rejected' },
    ]);
    expect(state('Rejected')).toEqual({ Type: 'Succeed' });
  });

  it('catches the error code an import kept, and any error when the kept code is not text', () => {
    const withCode = (code: unknown) => {
      const model = withoutReminder();
      const boundary = model.nodes.find((n) => n.id === 'budget-failed')!;
      boundary.extensions = { bpmn: { error: { id: 'Error_1', code } } };
      return (exportAsl(model).States['Check budget'] as AslState).Catch;
    };
    expect(withCode('budget-check-failed')).toEqual([
      { ErrorEquals: ['budget-check-failed'], ResultPath: '$.error', Next: 'Rejected' },
    ]);
    expect(withCode(5)).toEqual([{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'Rejected' }]);
  });

  it('turns the exclusive gateway into a Choice with the FEEL conditions translated and the default flow', () => {
    expect(state('Route by amount')).toEqual({
      Type: 'Choice',
      Choices: [
        { Variable: '$.amount', NumericGreaterThan: 5000, Next: 'CFO approval' },
        { Variable: '$.tier', StringEquals: 'gold', Next: 'Auto approve' },
      ],
      Default: 'Review request',
    });
  });

  it('turns the parallel block into a Parallel state with a branch per path, the sub-process nested as its own', () => {
    const parallel = Object.values(machine.States).find((s) => s.Type === 'Parallel')!;
    const branches = parallel.Branches as { StartAt: string; States: Record<string, AslState> }[];
    expect(branches.map((b) => b.StartAt)).toEqual(['Prepare order', 'Book budget']);
    expect(branches[0].States['Prepare order']).toMatchObject({ Type: 'Parallel', End: true });
    expect(parallel.Next).toBe('Wait for supplier');
    expect(state('Wait for supplier')).toEqual({ Type: 'Wait', Seconds: 3600, Next: 'Approved' });
  });

  it('turns an interrupting timer on a task into TimeoutSeconds with a Catch of States.Timeout', () => {
    const model = withoutReminder();
    model.nodes.push({
      id: 'late',
      type: 'boundaryEvent',
      eventType: 'timer',
      attachedTo: 'cfo',
      interrupting: true,
      timer: 7200,
      name: 'Too late',
      x: 0,
      y: 0,
    });
    model.flows.push({ id: 'f-late', source: 'late', target: 'rejected' });
    const cfo = exportAsl(model).States['CFO approval'];
    expect(cfo).toMatchObject({
      TimeoutSeconds: 7200,
      Catch: [{ ErrorEquals: ['States.Timeout'], ResultPath: '$.error', Next: 'Rejected' }],
    });
    expect(validateAsl(exportAsl(model)).isValid).toBe(true);
  });

  it('refuses an untranslatable condition, naming the flow and the condition', () => {
    const model = withoutReminder();
    model.flows.find((f) => f.id === 'f5')!.condition = 'count(items) > 2';
    const error = failure(() => exportAsl(model));
    expect(error.code).toBe('FW_EXPORT_CONDITION');
    expect(error.message).toMatch(/^The condition of the flow 'gold' from 'Route by amount' to .*"count\(items\) > 2"/);
  });

  it('refuses constructs without an equivalent with FW_EXPORT_UNSUPPORTED', () => {
    const reminder = failure(() => exportAsl(purchaseApproval()));
    expect(reminder.code).toBe('FW_EXPORT_UNSUPPORTED');
    expect(reminder.message).toBe(
      "'One day passed' (a non-interrupting timer boundary event) has no Step Functions equivalent",
    );
    const inclusive = withoutReminder();
    inclusive.nodes.find((n) => n.id === 'route')!.type = 'inclusiveGateway';
    expect(failure(() => exportAsl(inclusive)).message).toMatch(
      /^'Route by amount' \(an inclusive gateway\) has no Step Functions equivalent$/,
    );
    const message = withoutReminder();
    message.nodes.find((n) => n.id === 'wait')!.eventType = 'message';
    expect(failure(() => exportAsl(message)).message).toMatch(/^'Wait for supplier' \(a message intermediate event\)/);
  });
});
