import { describe, it, expect } from 'vitest';
import { FlowwrightError, type DataField, type ProcessModelInput } from '../model';
import { mapColumns, parseCsv, type CaseRecord } from '../data';
import { checkRunnable, simulate, type EventLogRow } from '.';
import { buildModel } from './testing/models';
import { run } from './testing/expectSound';

type Nodes = ProcessModelInput['nodes'];
const fixedTask = (id: string, value: number, extra: Partial<Nodes[number]> = {}): Nodes[number] => ({
  id,
  type: 'task',
  name: id,
  sim: { duration: { type: 'fixed', value } },
  ...extra,
});
const flowCount = (report: ReturnType<typeof run>, id: string) => report.flows.find((f) => f.id === id)!.count;

const fields: DataField[] = [
  { name: 'amount', type: 'number', required: true, validation: 'amount > 0' },
  { name: 'costCenter', type: 'text', required: true },
  { name: 'tier', type: 'enum', values: ['gold', 'silver'] },
];

/** Records as the data layer makes them from CSV text, keyed by the id column. */
function records(csv: string, arrivalColumn?: string): CaseRecord[] {
  const table = parseCsv(csv);
  const mapping = {
    fields: { amount: 'amount', costCenter: 'costCenter', tier: 'tier' },
    keyColumn: 'id',
    arrivalColumn,
  };
  return mapColumns(table, fields, mapping).records;
}

/** Purchase approval: review checks amount and costCenter; over 5000 to the CFO, over 1000 to a manager, else a clerk. */
function approvalMap(extraNodes: Nodes = [], extraFlows: Parameters<typeof buildModel>[1] = [], defaultFlow = true) {
  return buildModel(
    [
      { id: 's', type: 'startEvent' },
      fixedTask('review', 60, { requiredFields: ['amount', 'costCenter'] }),
      { id: 'x', type: 'exclusiveGateway' },
      fixedTask('cfo', 600),
      fixedTask('manager', 300),
      fixedTask('clerk', 30),
      { id: 'e', type: 'endEvent' },
      ...extraNodes,
    ],
    [
      ['s', 'review'],
      ['review', 'x'],
      { id: 'toCfo', source: 'x', target: 'cfo', condition: 'amount > 5000' },
      { id: 'toManager', source: 'x', target: 'manager', condition: 'amount > 1000 and tier != "gold"' },
      ...(defaultFlow
        ? [{ id: 'toClerk', source: 'x', target: 'clerk', default: true }]
        : [{ id: 'toClerk', source: 'x', target: 'clerk', condition: 'amount > 0 and amount <= 1000' }]),
      ['cfo', 'e'],
      ['manager', 'e'],
      ['clerk', 'e'],
      ...extraFlows,
    ],
    { arrivals: { interarrival: { type: 'fixed', value: 3600 } } },
    { data: { fields } },
  );
}

const clean =
  'id,amount,costCenter,tier\nPR-1,9000,CC-1,gold\nPR-2,2000,CC-1,silver\nPR-3,2000,CC-2,gold\nPR-4,50,CC-2,silver\nPR-5,7000,CC-3,silver\n';

describe('simulating against records', () => {
  it('makes one case per record in file order, routed by the first true condition, else the default', () => {
    const log: EventLogRow[] = [];
    const report = run(approvalMap(), { records: records(clean), eventLog: (row) => log.push(row) });
    expect(report.cases).toEqual({ started: 5, completed: 5, inProgress: 0, withExceptions: 0 });
    expect(report.caseData).toEqual({ order: 'file', records: 5, skipped: [] });
    // PR-1 and PR-5 over 5000; PR-2 over 1000 and not gold; PR-3 (gold) and PR-4 to the default.
    expect([flowCount(report, 'toCfo'), flowCount(report, 'toManager'), flowCount(report, 'toClerk')]).toEqual([
      2, 1, 2,
    ]);
    const routed = log.filter((r) => r.activityId !== 'review').map((r) => `${r.caseId}:${r.activityId}`);
    expect(routed.sort()).toEqual(['row 2:cfo', 'row 3:manager', 'row 4:clerk', 'row 5:clerk', 'row 6:cfo']);
    expect(log.filter((r) => r.activityId === 'review').map((r) => r.caseId)).toEqual([
      'row 2',
      'row 3',
      'row 4',
      'row 5',
      'row 6',
    ]);
    expect(report.cycleTime.mean).toBe(60 + (600 * 2 + 300 + 30 * 2) / 5);
  });

  it('replays records at their own times, earliest first, keeping weekday and time of day', () => {
    // 2025-03-05 is a Wednesday; the run starts Monday 2026-01-05 08:00 UTC, so the first record lands on Wednesday 2026-01-07.
    const csv =
      'id,amount,costCenter,tier,submitted\nPR-1,10,A,gold,2025-03-05T11:30:00Z\nPR-2,10,A,gold,2025-03-05T10:00:00Z\n' +
      'PR-3,10,A,gold,\nPR-4,10,A,gold,2025-03-10T09:15:00Z\n';
    const log: EventLogRow[] = [];
    const report = run(approvalMap(), { records: records(csv, 'submitted'), eventLog: (row) => log.push(row) });
    const reviews = log
      .filter((r) => r.activityId === 'review')
      .map((r) => [r.caseId, new Date(r.enabled).toISOString()]);
    expect(reviews).toEqual([
      ['row 3', '2026-01-07T10:00:00.000Z'],
      ['row 2', '2026-01-07T11:30:00.000Z'],
      ['row 5', '2026-01-12T09:15:00.000Z'],
    ]);
    expect(report.caseData).toEqual({
      order: 'replay',
      records: 4,
      skipped: [{ row: 4, key: 'PR-3', message: 'the record has no readable arrival time, so it was not replayed' }],
    });
    expect(report.cases.started).toBe(3);
    expect(() => simulate(approvalMap(), { records: records(csv, 'submitted'), cases: 4 })).toThrow(
      /4 cases were asked for, but 3 records have an arrival time/,
    );
  });

  it("with startAt in the first record's week, replays at the recorded times exactly", () => {
    const model = approvalMap();
    model.simulation.startAt = '2025-03-03T00:00:00Z';
    const log: EventLogRow[] = [];
    run(model, {
      records: records('id,amount,costCenter,tier,at\nA,1,x,gold,2025-03-04T09:00:00Z\n', 'at'),
      eventLog: (row) => log.push(row),
    });
    expect(new Date(log[0].enabled).toISOString()).toBe('2025-03-04T09:00:00.000Z');
  });

  it('bootstraps with the seeded generator when more cases than records are asked for', () => {
    const input = records(clean);
    const first = run(approvalMap(), { records: input, cases: 5000, seed: 3 });
    expect(first.caseData!.order).toBe('bootstrap');
    expect(JSON.stringify(simulate(approvalMap(), { records: input, cases: 5000, seed: 3 }))).toBe(
      JSON.stringify(first),
    );
    expect(JSON.stringify(simulate(approvalMap(), { records: input, cases: 5000, seed: 4 }))).not.toBe(
      JSON.stringify(first),
    );
    // Each record is drawn with chance 1/5: the CFO branch gets two of five (within 4 binomial sd).
    expect(Math.abs(flowCount(first, 'toCfo') - 2000)).toBeLessThan(4 * Math.sqrt(5000 * 0.4 * 0.6));
    expect(flowCount(first, 'toCfo') + flowCount(first, 'toManager') + flowCount(first, 'toClerk')).toBe(5000);
    const log: EventLogRow[] = [];
    simulate(approvalMap(), { records: input, cases: 3, recordOrder: 'bootstrap', eventLog: (row) => log.push(row) });
    expect(log.filter((r) => r.activityId === 'review').map((r) => r.caseId)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^case-1 \(row [2-6]\)$/),
        expect.stringMatching(/^case-3 \(row [2-6]\)$/),
      ]),
    );
    expect(() => simulate(approvalMap(), { records: input, cases: 6, recordOrder: 'file' })).toThrow(FlowwrightError);
  });

  it('reports each kind of record exception with its message, row and key, and ends the case', () => {
    const messy =
      'id,amount,costCenter,tier\nPR-1,120,,gold\nPR-2,abc,CC-1,gold\nPR-3,-5,CC-1,gold\nPR-4,300,CC-1,Gold\nPR-5,300,CC-1,silver\n';
    const model = approvalMap([], [], false);
    model.nodes.find((n) => n.id === 'review')!.requiredFields = ['amount', 'costCenter', 'tier'];
    const report = run(model, { records: records(messy), exceptionRecords: true });
    expect(report.cases).toEqual({ started: 5, completed: 5, inProgress: 0, withExceptions: 4 });
    expect(
      report.exceptions.map(({ kind, nodeId, count, handled, examples, message }) => [
        kind,
        nodeId,
        count,
        handled,
        examples,
        message,
      ]),
    ).toEqual([
      ['invalid-field', 'review', 1, 0, ['row 4'], 'amount fails amount > 0'],
      ['invalid-field', 'review', 1, 0, ['row 3'], 'amount is not a number'],
      ['invalid-field', 'review', 1, 0, ['row 5'], 'tier is not one of gold, silver'],
      ['missing-field', 'review', 1, 0, ['row 2'], 'costCenter is empty'],
    ]);
    expect(
      report.exceptionRecords!.map(({ row, key, kind, nodeId, message, handled }) => [
        row,
        key,
        kind,
        nodeId,
        message,
        handled,
      ]),
    ).toEqual([
      [2, 'PR-1', 'missing-field', 'review', 'costCenter is empty', false],
      [3, 'PR-2', 'invalid-field', 'review', 'amount is "abc", not a number', false],
      [4, 'PR-3', 'invalid-field', 'review', 'amount = -5 fails amount > 0', false],
      [5, 'PR-4', 'invalid-field', 'review', 'tier is "Gold", not one of gold, silver', false],
    ]);
    expect(report.exceptionRecords![0]).toMatchObject({
      replication: 1,
      caseId: 'row 2',
      time: '2026-01-05T08:00:00.000Z',
    });
    expect(report.exceptionRecordsOmitted).toBe(0);
    expect(report.activities.find((a) => a.id === 'review')!.count).toBe(1);
  });

  it('no-route names the values the conditions read', () => {
    const model = approvalMap([], [], false);
    model.nodes.find((n) => n.id === 'review')!.requiredFields = [];
    const csv = 'id,amount,costCenter,tier\nPR-1,-5,A,silver\nPR-2,1500,A,gold\nPR-3,700,A,gold\n';
    const report = run(model, { records: records(csv), exceptionRecords: true });
    expect(report.exceptions).toEqual([
      {
        kind: 'no-route',
        nodeId: 'x',
        count: 2,
        handled: 0,
        examples: ['row 2', 'row 3'],
        message: 'no condition matched and no default flow',
      },
    ]);
    expect(report.exceptionRecords!.map((r) => r.message)).toEqual([
      'no condition matched amount = -5, tier = "silver" and no default flow',
      'no condition matched amount = 1500, tier = "gold" and no default flow',
    ]);
    expect(flowCount(report, 'toClerk')).toBe(1);
  });

  it("a failing record takes the task's error boundary path when there is one, counted as handled", () => {
    const model = approvalMap(
      [
        { id: 'incomplete', type: 'boundaryEvent', eventType: 'error', attachedTo: 'review' },
        fixedTask('askForData', 120),
        { id: 'e2', type: 'endEvent' },
      ],
      [{ id: 'toAsk', source: 'incomplete', target: 'askForData' }, ['askForData', 'e2']],
    );
    const report = run(model, { records: records('id,amount,costCenter,tier\nPR-1,120,,gold\nPR-2,200,CC,gold\n') });
    expect(report.exceptions).toEqual([
      {
        kind: 'missing-field',
        nodeId: 'review',
        count: 1,
        handled: 1,
        examples: ['row 2'],
        message: 'costCenter is empty',
      },
    ]);
    expect(flowCount(report, 'toAsk')).toBe(1);
    expect(report.activities.find((a) => a.id === 'review')!.count).toBe(1); // the failing case never did the review
    expect(report.cases).toEqual({ started: 2, completed: 2, inProgress: 0, withExceptions: 1 });
  });

  it('evaluates error boundary conditions and duration expressions against the record', () => {
    const model = approvalMap(
      [
        { id: 'fraud', type: 'boundaryEvent', eventType: 'error', attachedTo: 'cfo', condition: 'costCenter = "CC-3"' },
        { id: 'e3', type: 'endEvent' },
      ],
      [{ id: 'toFraud', source: 'fraud', target: 'e3' }],
    );
    model.nodes.find((n) => n.id === 'cfo')!.sim!.durationExpression = 'if amount > 8000 then 2 * base else base';
    const log: EventLogRow[] = [];
    const report = run(model, { records: records(clean), eventLog: (row) => log.push(row) });
    expect(report.exceptions).toEqual([
      expect.objectContaining({ kind: 'error-event', nodeId: 'cfo', count: 1, handled: 1, examples: ['row 6'] }),
    ]);
    expect(log.filter((r) => r.activityId === 'cfo').map((r) => [r.caseId, (r.end - r.start!) / 1000])).toEqual([
      ['row 2', 1200],
      ['row 6', 600],
    ]);
  });

  it('keeps at most the asked number of exception records and counts the rest', () => {
    const model = approvalMap([], [], false);
    const report = run(model, { records: records(clean), cases: 200, seed: 9, exceptionRecords: 10 });
    const total = report.exceptions.reduce((sum, e) => sum + e.count, 0);
    expect(total).toBeGreaterThan(10); // PR-3 (2000, gold) finds no route: about a fifth of 200 cases
    expect(report.exceptionRecords).toHaveLength(10);
    expect(report.exceptionRecordsOmitted).toBe(total - 10);
    expect(simulate(model, { records: records(clean) }).exceptionRecords).toBeUndefined();
  });

  it('refuses records and a case data source together, and a rule that does not parse', () => {
    expect(() =>
      simulate(approvalMap(), { records: records(clean), caseData: { caseAt: () => ({ record: null }) } }),
    ).toThrow(/either records or a case data source/);
    const model = approvalMap();
    model.data.fields[0].validation = 'amount >';
    expect(checkRunnable(model)).toEqual([
      {
        code: 'FW_EXPR_SYNTAX',
        elementId: 'amount',
        message: expect.stringContaining('the validation rule of amount "amount >"'),
      },
    ]);
  });
});
