import { describe, expect, it } from 'vitest';
import { simulate } from '../../shared/sim';
import type { WorkerMessage } from './protocol';
import { fakeHost } from './testHost';
import { claimsIntakeMap, unknownPoolMap } from './testModels';

const settings = { cases: 400, seed: 11, replications: 2, scenario: null };
const types = (messages: WorkerMessage[]) => messages.map((m) => m.type);

describe('simulation host', () => {
  it('runs in many slices to the same report as one uninterrupted run', () => {
    const { host, posted, drain } = fakeHost();
    host.receive({ type: 'run', runId: 1, model: claimsIntakeMap(), settings });
    expect(drain()).toBeGreaterThan(10);
    const last = posted.at(-1)!;
    expect(last.type).toBe('result');
    if (last.type !== 'result') return;
    expect(last.report).toEqual(simulate(claimsIntakeMap(), settings));
    expect(last.report.cases.started).toBe(800);
    expect(last.events).toBeGreaterThan(800);
  });

  it('reports progress at most once per interval, rising, within the total', () => {
    const { host, posted, drain, clock } = fakeHost();
    host.receive({ type: 'run', runId: 1, model: claimsIntakeMap(), settings: { ...settings, cases: 3000 } });
    drain();
    const progress = posted.filter((m) => m.type === 'progress');
    expect(progress[0]).toEqual({ type: 'progress', runId: 1, fraction: 0, casesDone: 0, casesTotal: 6000 });
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.length).toBeLessThanOrEqual(Math.floor(clock() / 100) + 1);
    for (let i = 1; i < progress.length; i++) {
      expect(progress[i].fraction).toBeGreaterThanOrEqual(progress[i - 1].fraction);
      expect(progress[i].casesDone).toBeLessThanOrEqual(6000);
    }
  });

  it('stops at the next slice after a Cancel and says how far it got', () => {
    const { host, posted, drain, pendingTasks } = fakeHost();
    host.receive({ type: 'run', runId: 7, model: claimsIntakeMap(), settings: { ...settings, cases: 100_000 } });
    drain(30);
    host.receive({ type: 'cancel', runId: 7 });
    expect(drain()).toBe(1);
    expect(pendingTasks()).toBe(0);
    const last = posted.at(-1)!;
    expect(last).toMatchObject({ type: 'cancelled', runId: 7 });
    if (last.type === 'cancelled') expect(last.casesDone).toBeGreaterThan(0);
    expect(types(posted)).not.toContain('result');
  });

  it('ignores a Cancel for another run', () => {
    const { host, posted, drain } = fakeHost();
    host.receive({ type: 'run', runId: 2, model: claimsIntakeMap(), settings: { ...settings, cases: 50 } });
    host.receive({ type: 'cancel', runId: 1 });
    drain();
    expect(posted.at(-1)?.type).toBe('result');
  });

  it('lets a new run replace the one in progress', () => {
    const { host, posted, drain } = fakeHost();
    host.receive({ type: 'run', runId: 1, model: claimsIntakeMap(), settings: { ...settings, cases: 100_000 } });
    drain(3);
    host.receive({ type: 'run', runId: 2, model: claimsIntakeMap(), settings: { ...settings, cases: 20 } });
    drain();
    const ends = posted.filter((m) => m.type === 'cancelled' || m.type === 'result').map((m) => [m.type, m.runId]);
    expect(ends).toEqual([
      ['cancelled', 1],
      ['result', 2],
    ]);
  });

  it('refuses a map the engine cannot run with every problem, before running anything', () => {
    const { host, posted, pendingTasks } = fakeHost();
    host.receive({ type: 'run', runId: 3, model: unknownPoolMap(), settings });
    expect(pendingTasks()).toBe(0);
    expect(posted).toEqual([
      {
        type: 'error',
        runId: 3,
        code: 'FW_SIM_INVALID_MODEL',
        message: 'the map cannot be simulated: 1 problem',
        problems: [
          { code: 'FW_SIM_UNKNOWN_RESOURCE', elementId: 'review', message: expect.stringContaining('"auditors"') },
        ],
      },
    ]);
  });

  it('refuses an unknown scenario as a problem of that scenario', () => {
    const { host, posted } = fakeHost();
    host.receive({
      type: 'run',
      runId: 3,
      model: claimsIntakeMap(),
      settings: { ...settings, scenario: 'three-reviewers' },
    });
    expect(posted[0]).toMatchObject({
      type: 'error',
      code: 'FW_SIM_INVALID_MODEL',
      problems: [{ code: 'FW_SIM_UNKNOWN_SCENARIO', elementId: 'three-reviewers' }],
    });
  });

  it('runs a scenario and names it in the report', () => {
    const { host, posted, drain } = fakeHost();
    host.receive({
      type: 'run',
      runId: 5,
      model: claimsIntakeMap(),
      settings: { ...settings, scenario: 'two-reviewers' },
    });
    drain();
    const last = posted.at(-1)!;
    expect(last.type === 'result' && last.report.scenario).toBe('two-reviewers');
  });

  it('answers a message it does not understand with FW_INTERNAL', () => {
    const { host, posted } = fakeHost();
    host.receive({ type: 'run', runId: 9, model: claimsIntakeMap(), settings: { cases: -1 } });
    host.receive('hello');
    expect(posted).toEqual([
      { type: 'error', runId: 9, code: 'FW_INTERNAL', message: expect.stringContaining('settings'), problems: [] },
      {
        type: 'error',
        runId: -1,
        code: 'FW_INTERNAL',
        message: expect.stringContaining('does not understand'),
        problems: [],
      },
    ]);
  });
});

describe('simulation host with sample records', () => {
  it('types the records in the worker and runs one case per record, listing each exception with its record', async () => {
    const { purchaseRequestsMap, messyPurchaseTable } = await import('../data/testData');
    const { host, posted, drain } = fakeHost();
    const mapping = {
      fields: { requestId: 'Request ID', costCenter: 'Cost Center', amount: 'Amount', tier: 'Tier' },
      keyColumn: 'Request ID',
    };
    const run = { cases: 8, seed: 2, replications: 1, scenario: null, recordOrder: 'file' as const };
    host.receive({
      type: 'run',
      runId: 9,
      model: purchaseRequestsMap(),
      settings: run,
      data: { table: messyPurchaseTable(), mapping },
    });
    drain();
    const result = posted.at(-1);
    expect(result?.type).toBe('result');
    if (result?.type !== 'result') return;
    expect(result.report.caseData).toEqual({ order: 'file', records: 8, skipped: [] });
    expect(result.report.exceptionRecords?.map((e) => [e.row, e.key, e.kind])).toEqual([
      [4, 'PR-003', 'missing-field'],
      [5, 'PR-004', 'invalid-field'],
      [6, 'PR-005', 'invalid-field'],
    ]);
  });

  it('runs without records when no order is chosen, even if data is sent', async () => {
    const { purchaseRequestsMap, messyPurchaseTable } = await import('../data/testData');
    const { host, posted, drain } = fakeHost();
    const run = { cases: 5, seed: 2, replications: 1, scenario: null, recordOrder: null };
    host.receive({
      type: 'run',
      runId: 1,
      model: purchaseRequestsMap(),
      settings: run,
      data: { table: messyPurchaseTable(), mapping: { fields: {} } },
    });
    drain();
    const result = posted.at(-1);
    expect(result?.type === 'result' && result.report.caseData).toBeUndefined();
  });
});
