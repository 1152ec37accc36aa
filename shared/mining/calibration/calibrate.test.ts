import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyPatch, restore, type ProcessModel } from '../../model';
import { simulate } from '../../sim';
import { CsvEventLog, importCsvLog } from '../../io/eventLog';
import { distributionMean } from '../../model';
import { calibrateMap, calibrationAccuracy, calibrationEdit } from '.';

function template(name: string): ProcessModel {
  const result = restore(readFileSync(new URL(`../../../templates/${name}/map.flow.json`, import.meta.url), 'utf8'));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.model;
}

/** The map simulated into a CSV event log and read back, as a user would import it. */
function simulatedLog(model: ProcessModel, cases: number) {
  const writer = new CsvEventLog();
  simulate(model, { cases, replications: 1, seed: 7, eventLog: (row) => writer.add(row) });
  return importCsvLog(writer.text(), {
    caseId: 'case_id',
    activity: 'activity',
    start: 'start',
    timestamp: 'end',
    resource: 'resource',
  });
}

// Tolerances of the recovery: each task's mean duration within 10%, each branch's share within 0.05.
const durationTolerance = 0.1;
const shareTolerance = 0.05;

const truth = template('purchase-approval');
const log = simulatedLog(truth, 3000);
/** The template with its parameters scrambled: every task one second long, every branch a coin toss. */
function scrambled(): ProcessModel {
  const model = structuredClone(truth);
  for (const node of model.nodes) if (node.sim?.duration) node.sim.duration = { type: 'fixed', value: 1 };
  for (const flow of model.flows) if (flow.probability !== undefined) flow.probability = 0.5;
  for (const node of model.nodes) if (node.sim?.probability !== undefined) node.sim.probability = 0.5;
  return model;
}

describe('calibrateMap', () => {
  it('recovers the mean durations and branch shares of the map a log was simulated from', () => {
    const { model, parameters, warnings } = calibrateMap(scrambled(), log);
    expect(warnings).toEqual([]);
    for (const node of truth.nodes) {
      if (node.type !== 'task' || !node.sim?.duration) continue;
      const fitted = distributionMean(model.nodes.find((n) => n.id === node.id)!.sim!.duration!);
      expect(Math.abs(fitted / distributionMean(node.sim.duration) - 1), node.name).toBeLessThan(durationTolerance);
    }
    for (const flow of truth.flows) {
      if (flow.probability === undefined) continue;
      const fitted = model.flows.find((f) => f.id === flow.id)!.probability!;
      expect(Math.abs(fitted - flow.probability), flow.id).toBeLessThanOrEqual(shareTolerance);
    }
    // The error event "Request incomplete" fires on 4% of the checks.
    expect(model.nodes.find((n) => n.id === 'incomplete')!.sim!.probability).toBeCloseTo(0.04, 1);
    // Pools and hours: the simulated log names each pool once, so capacity comes from the work done at once.
    const buyers = model.simulation.resources.find((r) => r.id === 'buyers')!;
    expect(buyers).toMatchObject({ name: 'Buyers', capacity: 2, costPerHour: 55, calendar: 'buyers-hours' });
    expect(model.simulation.calendars.find((c) => c.id === 'buyers-hours')!.weekly).toEqual([
      { days: ['MON', 'TUE', 'WED', 'THU', 'FRI'], from: '09:00', to: '17:00' },
    ]);
    const arrivals = parameters.find((p) => p.kind === 'arrivals')!;
    expect(arrivals.sampleSize).toBe(2999);
    expect(distributionMean(model.simulation.arrivals.interarrival) / 1800).toBeCloseTo(1, 1);
    expect(parameters.find((p) => p.elementId === 'check')).toMatchObject({
      kind: 'duration',
      name: 'Check request',
      sampleSize: 3000,
      criterion: expect.stringMatching(/^lowest AIC of \d candidates/),
    });
  });

  it('leaves the given map unchanged and tasks the log lacks as they were', () => {
    const before = scrambled();
    const renamed = structuredClone(before);
    renamed.nodes.find((n) => n.id === 'confirm')!.name = 'Confirm the order by phone';
    const copy = structuredClone(renamed);
    const result = calibrateMap(renamed, log);
    expect(renamed).toEqual(copy);
    expect(result.unmatchedTasks).toEqual(['Confirm the order by phone']);
    expect(result.unknownActivities).toEqual(['Confirm order']);
    expect(result.model.nodes.find((n) => n.id === 'confirm')!.sim!.duration).toEqual({ type: 'fixed', value: 1 });
  });
  it("keeps the map's own calendars when the log is too small to tell working hours", () => {
    const small = { ...log, cases: log.cases.slice(0, 20) };
    const { model, parameters } = calibrateMap(scrambled(), small);
    expect(model.simulation.arrivals.calendar).toBe('office');
    expect(parameters.find((p) => p.kind === 'arrivals')!.warnings).toEqual([
      'arrival hours unclear (only 20 events, too few to tell working hours): the arrival calendar stays',
    ]);
    expect(model.simulation.resources.find((r) => r.id === 'buyers')!.calendar).toBe('office');
  });
});

describe('calibrationEdit', () => {
  it('gives the calibrated values to the current map in one edit whose inverse restores it', () => {
    const current = scrambled();
    const { model: calibrated } = calibrateMap(current, log);
    // An edit made after the calibration (a renamed task) is kept.
    current.nodes.find((n) => n.id === 'check')!.name = 'Check the request';
    const edit = calibrationEdit(current, calibrated)!;
    expect(edit.label).toBe('Calibrate from the log');
    const applied = applyPatch(current, edit.patch);
    expect(applied.nodes.find((n) => n.id === 'check')).toMatchObject({
      name: 'Check the request',
      sim: calibrated.nodes.find((n) => n.id === 'check')!.sim,
    });
    expect(applied.simulation.resources).toEqual(calibrated.simulation.resources);
    expect(applyPatch(applied, edit.inverse)).toEqual(current);
    expect(calibrationEdit(applied, calibrated)).toBeNull();
  });
});

describe('calibrationAccuracy', () => {
  it('scores the calibrated map close to its own log and a badly calibrated one lower', () => {
    const { model } = calibrateMap(scrambled(), log);
    const good = calibrationAccuracy(model, log, { seed: 2 });
    expect(good.score).toBeGreaterThan(0.85);
    expect(good.cases).toEqual({ real: 3000, simulated: 3000 });
    expect(good.cycleTimeBins).toHaveLength(20);
    expect(good.cycleTimeBins.reduce((s, b) => s + b.real, 0)).toBeCloseTo(1, 6);
    expect(good.activities[0]).toMatchObject({ name: 'Check request', real: 1 });
    const bad = calibrationAccuracy(scrambled(), log, { seed: 2 });
    expect(bad.score).toBeLessThan(good.score - 0.1);
    expect(bad.score).toBeGreaterThanOrEqual(0);
  });
});
