import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { processSchema, type ProcessModel } from '../../model';
import type { EventLog } from '../../log';
import { importCsvLog, importXes } from '../../io/eventLog';
import { discoverMap } from '../../io/eventLog/discoverMap';
import { distributionMean } from '../../model';
import { calibrateMap, calibrationAccuracy } from '.';

const fixture = (path: string) =>
  new Uint8Array(readFileSync(new URL(`../../../test/fixtures/logs/${path}`, import.meta.url)));

/**
 * A map that allows every order of the log's activities ("flower"): start, a choice of any activity, then a
 * choice of another round or the end. Calibration sets its branch shares, durations, pools and arrivals.
 */
function flowerMap(log: EventLog): ProcessModel {
  const names = [...new Set(log.cases.flatMap((c) => c.events.map((e) => e.activity)))];
  const nodes = [
    { id: 'start', type: 'startEvent', name: 'Start' },
    { id: 'pick', type: 'exclusiveGateway', name: 'Which activity?' },
    { id: 'done', type: 'exclusiveGateway', name: 'More to do?' },
    { id: 'end', type: 'endEvent', name: 'End' },
    ...names.map((name, i) => ({ id: `t${i}`, type: 'task', name, sim: { duration: { type: 'fixed', value: 60 } } })),
  ];
  const flows = [
    { id: 'f-start', source: 'start', target: 'pick' },
    { id: 'f-again', source: 'done', target: 'pick', probability: 0.5 },
    { id: 'f-end', source: 'done', target: 'end', probability: 0.5 },
    ...names.flatMap((_, i) => [
      { id: `f-in-${i}`, source: 'pick', target: `t${i}`, probability: 1 / names.length },
      { id: `f-out-${i}`, source: `t${i}`, target: 'done' },
    ]),
  ];
  return processSchema.parse({ format: 'flowwright.process', schemaVersion: 1, id: 'flower', nodes, flows });
}

describe('calibration on real logs', () => {
  it.each([
    ['receipt', async () => importXes(fixture('xes/receipt.xes.gz')), 1434],
    [
      'purchasing',
      async () =>
        importCsvLog(fixture('csv/PurchasingExample.start-end.csv'), {
          caseId: 'case_id',
          activity: 'activity',
          start: 'start_time',
          timestamp: 'end_time',
          resource: 'resource',
        }),
      608,
    ],
  ])('calibrates a map of the %s log with sane values and a score in 0..1', async (_name, load, cases) => {
    const log = await load();
    expect(log.cases).toHaveLength(cases);
    const { model, parameters, unknownActivities, warnings } = calibrateMap(flowerMap(log), log);
    expect(unknownActivities).toEqual([]);
    for (const node of model.nodes)
      if (node.sim?.duration) expect(distributionMean(node.sim.duration)).toBeGreaterThanOrEqual(0);
    const shares = model.flows.filter((f) => f.source === 'pick').reduce((s, f) => s + f.probability!, 0);
    expect(shares).toBeCloseTo(1, 2);
    const durations = parameters.filter((p) => p.kind === 'duration');
    const unmeasured = warnings.filter((w) => w.includes('no duration could be measured'));
    expect(durations.length + unmeasured.length).toBe(
      new Set(log.cases.flatMap((c) => c.events.map((e) => e.activity))).size,
    );
    // Only the receipt log's first activity, with nothing before it and no start times, has no duration.
    expect(unmeasured).toEqual(_name === 'receipt' ? [expect.stringMatching(/^Confirmation of receipt: /)] : []);
    // The receipt log has completion times only: its durations are upper bounds, and say so.
    for (const p of durations) expect(p.warnings.some((w) => w.includes('upper bound'))).toBe(_name === 'receipt');
    const arrivals = parameters.find((p) => p.kind === 'arrivals')!;
    expect(arrivals.sampleSize).toBe(cases - 1);
    const accuracy = calibrationAccuracy(model, log, { seed: 1 });
    expect(accuracy.score).toBeGreaterThan(0);
    expect(accuracy.score).toBeLessThanOrEqual(1);
  });

  it.each([
    ['receipt', async () => importXes(fixture('xes/receipt.xes.gz'))],
    [
      'purchasing',
      async () =>
        importCsvLog(fixture('csv/PurchasingExample.start-end.csv'), {
          caseId: 'case_id',
          activity: 'activity',
          start: 'start_time',
          timestamp: 'end_time',
          resource: 'resource',
        }),
    ],
  ])(
    'calibrates the map discovered from the %s log, which reproduces its order better than any order',
    async (_name, load) => {
      const log = await load();
      const calibration = calibrateMap(await discoverMap(log, { name: _name }), log);
      const accuracy = calibrationAccuracy(calibration.model, log, { seed: 1 });
      const flower = calibrationAccuracy(calibrateMap(flowerMap(log), log).model, log, { seed: 1 });
      expect(accuracy.score).toBeGreaterThan(0);
      expect(accuracy.score).toBeLessThanOrEqual(1);
      expect(accuracy.controlFlowDistance).toBeLessThan(flower.controlFlowDistance);
      // The pools never hold cases up for years: the simulated mean cycle time stays within 10 times the log's.
      expect(accuracy.meanCycleTime.simulated).toBeLessThan(10 * accuracy.meanCycleTime.real);
    },
  );
});
