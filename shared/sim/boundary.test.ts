import { describe, it, expect } from 'vitest';
import type { EventLogRow } from './types';
import { buildModel } from './testing/models';
import { run } from './testing/expectSound';

const count = (report: ReturnType<typeof run>, id: string) => report.activities.find((a) => a.id === id)!.count;
const exceptionCount = (report: ReturnType<typeof run>, kind: string) =>
  report.exceptions.filter((e) => e.kind === kind).reduce((s, e) => s + e.count, 0);
const expectBinomial = (k: number, n: number, p: number) =>
  expect(Math.abs(k - n * p)).toBeLessThan(4 * Math.sqrt(n * p * (1 - p)));

describe('boundary events', () => {
  it('interrupting timer: the task is abandoned after 60 s with chance e^−0.6 and the case takes the timer path', () => {
    const model = buildModel(
      [
        { id: 's', type: 'startEvent' },
        { id: 'work', type: 'task', sim: { duration: { type: 'exponential', mean: 100 } } },
        { id: 'late', type: 'boundaryEvent', eventType: 'timer', attachedTo: 'work', interrupting: true, timer: 60 },
        { id: 'escalate', type: 'task' },
        { id: 'e', type: 'endEvent' },
      ],
      [
        ['s', 'work'],
        ['work', 'e'],
        ['late', 'escalate'],
        ['escalate', 'e'],
      ],
      { cases: 20_000 },
    );
    const report = run(model, { seed: 31 });
    expectBinomial(count(report, 'escalate'), 20_000, Math.exp(-0.6));
    expect(exceptionCount(report, 'sla-breach')).toBe(count(report, 'escalate'));
    // Times are sums of seconds since the start, exact to about 1e-9 s here.
    expect(report.cycleTime.max).toBeLessThanOrEqual(60 + 1e-6);
    expect(report.activities[0].processing.max).toBeLessThanOrEqual(60 + 1e-6);
  });

  it('interrupting timer frees the resource and withdraws queued work', () => {
    const model = buildModel(
      [
        { id: 's', type: 'startEvent' },
        { id: 'work', type: 'task', sim: { duration: { type: 'fixed', value: 100 }, resource: 'clerk' } },
        { id: 'late', type: 'boundaryEvent', eventType: 'timer', attachedTo: 'work', timer: 150 },
        { id: 'e', type: 'endEvent' },
      ],
      [
        ['s', 'work'],
        ['work', 'e'],
        ['late', 'e'],
      ],
      { cases: 3, arrivals: { interarrival: { type: 'fixed', value: 0 } }, resources: [{ id: 'clerk', capacity: 1 }] },
    );
    const rows: EventLogRow[] = [];
    const report = run(model, { eventLog: (r) => rows.push(r) });
    // Case 1 works 0–100; case 2 starts at 100 and is cut at 150; case 3 waits and is withdrawn at 150.
    expect(
      rows.map((r) => [
        r.caseId,
        r.lifecycle,
        r.start === null ? null : (r.start - rows[0].enabled) / 1000,
        (r.end - rows[0].enabled) / 1000,
      ]),
    ).toEqual([
      ['case-1', 'complete', 0, 100],
      ['case-2', 'ate_abort', 100, 150],
      ['case-3', 'withdraw', null, 150],
    ]);
    expect(report.resources[0].busyTime).toBe(150);
    expect(report.cases.withExceptions).toBe(2);
  });

  it('non-interrupting timer: a reminder leaves on the timer path and the task still completes', () => {
    const model = buildModel(
      [
        { id: 's', type: 'startEvent' },
        { id: 'work', type: 'task', sim: { duration: { type: 'fixed', value: 100 } } },
        {
          id: 'remind',
          type: 'boundaryEvent',
          name: 'After a minute',
          eventType: 'timer',
          attachedTo: 'work',
          interrupting: false,
          timer: 60,
        },
        { id: 'reminder', type: 'task', sim: { duration: { type: 'fixed', value: 10 } } },
        { id: 'e', type: 'endEvent' },
        { id: 'e2', type: 'endEvent' },
      ],
      [
        ['s', 'work'],
        ['work', 'e'],
        ['remind', 'reminder'],
        ['reminder', 'e2'],
      ],
      { cases: 50 },
    );
    const report = run(model);
    expect(count(report, 'work')).toBe(50);
    expect(count(report, 'reminder')).toBe(50);
    expect(report.cycleTime.mean).toBeCloseTo(100, 9);
    expect(report.exceptions).toEqual([expect.objectContaining({ kind: 'sla-breach', nodeId: 'work', count: 50 })]);
    // Named in words, as the exceptions list shows it beside the task.
    expect(report.exceptions[0].message).toBe("not done within 1 min (timer boundary event 'After a minute')");
  });

  it('error boundary with probability 0.1: the error path within binomial bounds', () => {
    const model = buildModel(
      [
        { id: 's', type: 'startEvent' },
        { id: 'pay', type: 'task' },
        {
          id: 'failed',
          type: 'boundaryEvent',
          name: 'Payment failed',
          eventType: 'error',
          attachedTo: 'pay',
          sim: { probability: 0.1 },
        },
        { id: 'repair', type: 'task' },
        { id: 'e', type: 'endEvent' },
      ],
      [
        ['s', 'pay'],
        ['pay', 'e'],
        ['failed', 'repair'],
        ['repair', 'e'],
      ],
      { cases: 10_000 },
    );
    const report = run(model, { seed: 32 });
    expectBinomial(count(report, 'repair'), 10_000, 0.1);
    expect(exceptionCount(report, 'error-event')).toBe(count(report, 'repair'));
    expect(report.exceptions[0].message).toBe("error boundary event 'Payment failed' fired; the case took its path");
  });

  it('error boundary by a FEEL condition on the case data', () => {
    const model = buildModel(
      [
        { id: 's', type: 'startEvent' },
        { id: 'pay', type: 'task' },
        {
          id: 'failed',
          type: 'boundaryEvent',
          eventType: 'error',
          attachedTo: 'pay',
          condition: 'iban = null',
          sim: { probability: 0.5 },
        },
        { id: 'repair', type: 'task' },
        { id: 'e', type: 'endEvent' },
      ],
      [
        ['s', 'pay'],
        ['pay', 'e'],
        ['failed', 'repair'],
        ['repair', 'e'],
      ],
      { cases: 10 },
    );
    const report = run(model, {
      caseData: { caseAt: (i) => ({ record: { iban: i < 3 ? null : 'DE00' }, label: `row ${i + 2}` }) },
    });
    expect(count(report, 'repair')).toBe(3);
    expect(report.exceptions[0].examples).toEqual(['row 2', 'row 3', 'row 4']);
  });
});

describe('sub-processes and end events', () => {
  const inner = [
    { id: 'sp', type: 'subProcess' as const },
    { id: 'is', type: 'startEvent' as const, parent: 'sp' },
    { id: 'split', type: 'parallelGateway' as const, parent: 'sp' },
    { id: 'a', type: 'task' as const, parent: 'sp', sim: { duration: { type: 'fixed' as const, value: 10 } } },
    { id: 'b', type: 'task' as const, parent: 'sp', sim: { duration: { type: 'fixed' as const, value: 30 } } },
    { id: 'ie1', type: 'endEvent' as const, parent: 'sp' },
    { id: 'ie2', type: 'endEvent' as const, parent: 'sp' },
  ];
  const innerFlows: Array<[string, string]> = [
    ['is', 'split'],
    ['split', 'a'],
    ['split', 'b'],
    ['a', 'ie1'],
    ['b', 'ie2'],
  ];

  it('completes a sub-process when its last inner token ends', () => {
    const model = buildModel(
      [{ id: 's', type: 'startEvent' }, ...inner, { id: 'e', type: 'endEvent' }],
      [['s', 'sp'], ...innerFlows, ['sp', 'e']],
      { cases: 5 },
    );
    const report = run(model);
    expect(report.cycleTime.mean).toBe(30);
    expect(report.activities.find((a) => a.id === 'sp')!.processing.mean).toBe(30);
  });

  it('completes a sub-process whose branches meet at a parallel join inside it', () => {
    const joined = [
      ...inner.filter((n) => n.id !== 'ie1'),
      { id: 'j', type: 'parallelGateway' as const, parent: 'sp' },
    ];
    const model = buildModel(
      [{ id: 's', type: 'startEvent' }, ...joined, { id: 'e', type: 'endEvent' }],
      [
        ['s', 'sp'],
        ['is', 'split'],
        ['split', 'a'],
        ['split', 'b'],
        ['a', 'j'],
        ['b', 'j'],
        ['j', 'ie2'],
        ['sp', 'e'],
      ],
      { cases: 5 },
    );
    const report = run(model);
    expect(report.cases.completed).toBe(5);
    expect(report.cycleTime.mean).toBe(30);
  });

  it('an interrupting timer on a sub-process discards the work inside it', () => {
    const model = buildModel(
      [
        { id: 's', type: 'startEvent' },
        ...inner,
        { id: 'e', type: 'endEvent' },
        { id: 'cut', type: 'boundaryEvent', eventType: 'timer', attachedTo: 'sp', timer: 20 },
        { id: 'late', type: 'endEvent' },
      ],
      [['s', 'sp'], ...innerFlows, ['sp', 'e'], ['cut', 'late']],
      { cases: 5 },
    );
    const report = run(model);
    expect(report.cycleTime.mean).toBe(20);
    expect(report.cases.completed).toBe(5);
    expect(report.activities.find((a) => a.id === 'b')!.processing.mean).toBe(20);
  });

  it('an error end event inside is caught by the sub-process error boundary', () => {
    const model = buildModel(
      [
        { id: 's', type: 'startEvent' },
        ...inner.filter((n) => n.id !== 'ie1'),
        { id: 'ie1', type: 'endEvent', parent: 'sp', eventType: 'error', name: 'Rejected' },
        { id: 'e', type: 'endEvent' },
        { id: 'oops', type: 'boundaryEvent', eventType: 'error', attachedTo: 'sp' },
        { id: 'handle', type: 'task' },
      ],
      [['s', 'sp'], ...innerFlows, ['sp', 'e'], ['oops', 'handle'], ['handle', 'e']],
      { cases: 4 },
    );
    const report = run(model);
    expect(report.cycleTime.mean).toBe(10);
    expect(report.activities.find((a) => a.id === 'handle')!.count).toBe(4);
    expect(report.exceptions[0]).toMatchObject({
      kind: 'error-event',
      nodeId: 'sp',
      count: 4,
      message: "error end event 'Rejected' ended the sub-process; the case took its error path",
    });
  });

  it('a terminate end event ends the other branches of the case', () => {
    const model = buildModel(
      [
        { id: 's', type: 'startEvent' },
        { id: 'split', type: 'parallelGateway' },
        { id: 'fast', type: 'task', sim: { duration: { type: 'fixed', value: 5 } } },
        { id: 'slow', type: 'task', sim: { duration: { type: 'fixed', value: 50 } } },
        { id: 'stop', type: 'endEvent', eventType: 'terminate' },
        { id: 'e', type: 'endEvent' },
      ],
      [
        ['s', 'split'],
        ['split', 'fast'],
        ['split', 'slow'],
        ['fast', 'stop'],
        ['slow', 'e'],
      ],
      { cases: 3 },
    );
    const report = run(model);
    expect(report.cycleTime.mean).toBe(5);
    expect(report.cases.inProgress).toBe(0);
  });
});
