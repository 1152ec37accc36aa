import { describe, it, expect } from 'vitest';
import type { CaseRecord } from '../data';
import { simulate, startSimulation } from './simulate';
import { startCaseTrace, traceCase, type CaseTrace } from './caseTrace';
import { buildModel } from './testing/models';
import type { EventLogRow, SimulationOptions } from './types';

const weekdays = ['MON' as const, 'TUE' as const, 'WED' as const, 'THU' as const, 'FRI' as const];

/** Office hours, a queue, a rework loop, a non-interrupting timer and a warm-up: every way a step can wait. */
function officeMap() {
  return buildModel(
    [
      { id: 's', type: 'startEvent' },
      {
        id: 'review',
        type: 'task',
        name: 'Review',
        sim: { duration: { type: 'triangular', min: 300, mode: 600, max: 1800 }, resource: 'clerks' },
      },
      { id: 'sla', type: 'boundaryEvent', eventType: 'timer', attachedTo: 'review', interrupting: false, timer: 7200 },
      { id: 'nudge', type: 'task', name: 'Nudge' },
      { id: 'x', type: 'exclusiveGateway' },
      { id: 'approve', type: 'task', sim: { duration: { type: 'exponential', mean: 900 }, resource: 'boss' } },
      { id: 'rework', type: 'task', sim: { duration: { type: 'fixed', value: 600 }, resource: 'clerks' } },
      { id: 'e', type: 'endEvent' },
      { id: 'e2', type: 'endEvent' },
    ],
    [
      ['s', 'review'],
      ['review', 'x'],
      ['sla', 'nudge'],
      ['nudge', 'e2'],
      { id: 'ok', source: 'x', target: 'approve', probability: 0.8 },
      { id: 'bad', source: 'x', target: 'rework', probability: 0.2 },
      ['rework', 'review'],
      ['approve', 'e'],
    ],
    {
      cases: 300,
      replications: 3,
      warmupCases: 50,
      arrivals: { interarrival: { type: 'exponential', mean: 1200 }, calendar: 'office' },
      resources: [
        { id: 'clerks', name: 'Clerks', capacity: 1, costPerHour: 40, calendar: 'office' },
        { id: 'boss', name: 'Boss', capacity: 1, costPerHour: 90, calendar: 'office' },
      ],
      calendars: [{ id: 'office', weekly: [{ days: weekdays, from: '09:00', to: '17:00' }] }],
    },
  );
}

interface LoggedCase {
  key: string;
  rows: EventLogRow[];
}

/** The whole run's event log by case, in the order the cases ended. */
function fullLog(options: SimulationOptions = {}) {
  const byCase = new Map<string, EventLogRow[]>();
  const ended: LoggedCase[] = [];
  let replication = 1;
  const report = simulate(officeMap(), {
    ...options,
    eventLog(row) {
      replication = row.replication;
      const key = `${row.replication} ${row.caseId}`;
      byCase.set(key, [...(byCase.get(key) ?? []), row]);
    },
    onCaseEnd(caseId) {
      // A case that ends without a row (none here) would be missed; every case here starts at the review.
      const key = `${replication} ${caseId}`;
      ended.push({ key, rows: byCase.get(key) ?? [] });
    },
  });
  return { report, byCase, ended };
}

/** Cycle time from the log, for this map whose cases start work on arrival and end with their last activity. */
const loggedCycle = (rows: readonly EventLogRow[]) =>
  (Math.max(...rows.map((r) => r.end)) - Math.min(...rows.map((r) => r.enabled))) / 1000;
const pathOf = (rows: readonly EventLogRow[]) =>
  rows.filter((r) => r.lifecycle !== 'withdraw').map((r) => r.activityId);
const caseNumber = (caseId: string) => Number(/case-(\d+)/.exec(caseId)![1]);
const measured = (c: LoggedCase) => caseNumber(c.key) > 50;

function expectMatchesLog(trace: CaseTrace, rows: readonly EventLogRow[]) {
  expect(trace.steps.map((s) => [s.activityId, s.resource, s.enabled, s.start, s.end, s.lifecycle])).toEqual(
    rows.map((r) => [r.activityId, r.resource, r.enabled, r.start, r.end, r.lifecycle]),
  );
  expect(trace.cycleTime).toBeCloseTo(loggedCycle(rows), 3);
  // Each step's wait and work add up to the case's totals the report counts (work only in office hours).
  expect(trace.steps.reduce((sum, s) => sum + s.wait, 0)).toBeCloseTo(trace.waiting, 3);
  expect(trace.steps.reduce((sum, s) => sum + s.work, 0)).toBeCloseTo(trace.processing, 3);
}

describe('traceCase', () => {
  const full = fullLog({ seed: 7 });

  it('traces a case of a later replication, run alone, exactly as the whole run logged it, and stops early', () => {
    const rows = full.byCase.get('3 r3:case-120')!;
    const outcome = traceCase(officeMap(), { seed: 7 }, { kind: 'case', replication: 3, caseId: 'r3:case-120' });
    if (!outcome.found) throw new Error(outcome.message);
    const { trace } = outcome;
    expect(outcome.note).toBeNull();
    expect(trace).toMatchObject({ caseId: 'r3:case-120', replication: 3, measured: true, row: null });
    expectMatchesLog(trace, rows);
    expect(trace.path).toEqual(pathOf(rows));
    expect(trace.start).toBe(rows[0].enabled);
    expect(trace.end).toBe(Math.max(...rows.map((r) => r.end)));
    // Run alone and stopped at the case: far fewer events than the whole run of three replications.
    const tracing = startCaseTrace(officeMap(), { seed: 7 }, { kind: 'case', replication: 3, caseId: 'r3:case-120' });
    while (!tracing.advance(500));
    const whole = startSimulation(officeMap(), { seed: 7 });
    while (!whole.advance(100_000));
    expect(tracing.events).toBeLessThan(whole.events / 4);
  });

  it('shows a case whose waits include closed office hours with work counted in working hours only', () => {
    const overnight = full.ended.find((c) =>
      c.rows.some((r) => r.start !== null && new Date(r.end).getUTCDate() !== new Date(r.start).getUTCDate()),
    )!;
    const [replication, caseId] = overnight.key.split(' ');
    const outcome = traceCase(officeMap(), { seed: 7 }, { kind: 'case', replication: Number(replication), caseId });
    if (!outcome.found) throw new Error(outcome.message);
    expectMatchesLog(outcome.trace, overnight.rows);
    const step = outcome.trace.steps.find((s) => s.start !== null && s.end - s.start > 8 * 3600 * 1000)!;
    expect(step.work).toBeLessThan((step.end - step.start!) / 1000);
  });

  it('finds the first measured case to complete along a variant path', () => {
    const rare = full.ended.find((c) => measured(c) && pathOf(c.rows).includes('rework'))!;
    const path = pathOf(rare.rows);
    const first = full.ended.find((c) => measured(c) && pathOf(c.rows).join() === path.join())!;
    const outcome = traceCase(officeMap(), { seed: 7 }, { kind: 'variant', path });
    if (!outcome.found) throw new Error(outcome.message);
    expect(outcome.trace.path).toEqual(path);
    expect(`${outcome.trace.replication} ${outcome.trace.caseId}`).toBe(first.key);
    expectMatchesLog(outcome.trace, first.rows);
  });

  it('finds the first measured case to complete with a cycle time in a histogram range', () => {
    const bin = full.report.cycleTimeHistogram.find((b) => b.count > 0 && b.from > 4 * 3600)!;
    const first = full.ended.find((c) => {
      const cycle = loggedCycle(c.rows);
      return measured(c) && cycle >= bin.from && cycle < bin.to;
    })!;
    const outcome = traceCase(officeMap(), { seed: 7 }, { kind: 'cycleTime', from: bin.from, to: bin.to });
    if (!outcome.found) throw new Error(outcome.message);
    expect(outcome.note).toBeNull();
    expect(outcome.trace.cycleTime).toBeGreaterThanOrEqual(bin.from);
    expect(outcome.trace.cycleTime).toBeLessThan(bin.to);
    expect(`${outcome.trace.replication} ${outcome.trace.caseId}`).toBe(first.key);
  });

  it('offers the nearest case, saying so, when no case falls in the range', () => {
    const outcome = traceCase(officeMap(), { seed: 7 }, { kind: 'cycleTime', from: 1e9, to: 2e9 });
    if (!outcome.found) throw new Error(outcome.message);
    expect(outcome.trace.cycleTime).toBeCloseTo(full.report.cycleTime.max, 3);
    expect(outcome.note).toMatch(/^no completed case took from 1000000000 s to 2000000000 s; this is the nearest/);
  });

  it('says so for a case or a run that does not exist', () => {
    const missing = traceCase(officeMap(), { seed: 7 }, { kind: 'case', replication: 2, caseId: 'r2:case-9999' });
    expect(missing).toEqual({ found: false, message: 'case r2:case-9999 was not found in run 2' });
    const noRun = traceCase(officeMap(), { seed: 7 }, { kind: 'case', replication: 4, caseId: 'r4:case-1' });
    expect(noRun).toEqual({ found: false, message: 'there is no run 4: the simulation had 3' });
    const noPath = traceCase(officeMap(), { seed: 7 }, { kind: 'variant', path: ['approve', 'review'] });
    expect(noPath).toEqual({ found: false, message: 'no completed case took the path of 2 steps asked for' });
  });
});

describe('traceCase with records', () => {
  const map = buildModel(
    [
      { id: 's', type: 'startEvent' },
      { id: 'x', type: 'exclusiveGateway', name: 'Amount over 100?' },
      { id: 'check', type: 'task', name: 'Check', sim: { duration: { type: 'fixed', value: 60 } } },
      { id: 'e', type: 'endEvent' },
    ],
    [['s', 'x'], { id: 'big', source: 'x', target: 'check', condition: 'amount > 100' }, ['check', 'e']],
    { cases: 6, arrivals: { interarrival: { type: 'fixed', value: 30 } } },
    { data: { fields: [{ name: 'amount', type: 'number' }] } },
  );
  const record = (row: number, amount: number | null): CaseRecord => ({
    row,
    key: `K${row}`,
    arrival: null,
    values: { amount },
    extra: {},
  });
  const records = [record(2, 500), record(3, null), record(4, 700)];

  it("gives the case's exceptions in words, with the record's values, as the exception list does", () => {
    const report = simulate(map, { records, exceptionRecords: true });
    const listed = report.exceptionRecords![0];
    const outcome = traceCase(map, { records }, { kind: 'case', replication: 1, caseId: listed.caseId });
    if (!outcome.found) throw new Error(outcome.message);
    expect(outcome.trace).toMatchObject({ caseId: 'row 3', row: 3, key: 'K3', steps: [], path: [], cycleTime: 0 });
    expect(outcome.trace.exceptions).toEqual([
      {
        kind: 'no-route',
        nodeId: 'x',
        message: listed.message,
        handled: false,
        time: Date.parse(listed.time),
      },
    ]);
    expect(listed.message).toMatch(/amount/);
  });
});
