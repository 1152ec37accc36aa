import { describe, expect, it } from 'vitest';
import type { ProcessModel } from '../model';
import {
  automatedTaskSeconds,
  automationCandidates,
  automationSaving,
  automationScenario,
  secondsPerMonth,
  withAutomationScenario,
} from './automation';
import { compareScenarios, pairedInterval } from './compare';
import { applyScenario } from './scenario';
import { simulate, startSimulation } from './simulate';
import { buildModel } from './testing/models';

/** start → Check (10 min, clerks) → Approve (30 min, clerks) → Notify (service, 5 min, system) → Log (no pool) → end. */
function twoTasksOnClerks(): ProcessModel {
  return buildModel(
    [
      { id: 'start', type: 'startEvent' },
      {
        id: 'check',
        type: 'task',
        taskType: 'user',
        name: 'Check',
        sim: { duration: { type: 'fixed', value: 600 }, resource: 'clerks', fixedCost: 2 },
      },
      {
        id: 'approve',
        type: 'task',
        name: 'Approve',
        sim: { duration: { type: 'fixed', value: 1800 }, resource: 'clerks' },
      },
      {
        id: 'notify',
        type: 'task',
        taskType: 'service',
        name: 'Notify',
        sim: { duration: { type: 'fixed', value: 300 }, resource: 'system' },
      },
      { id: 'log', type: 'task', taskType: 'manual', name: 'Log', sim: { duration: { type: 'fixed', value: 60 } } },
      { id: 'end', type: 'endEvent' },
    ],
    [
      ['start', 'check'],
      ['check', 'approve'],
      ['approve', 'notify'],
      ['notify', 'log'],
      ['log', 'end'],
    ],
    {
      arrivals: { interarrival: { type: 'exponential', mean: 3600 } },
      cases: 300,
      replications: 4,
      resources: [
        { id: 'clerks', name: 'Clerks', capacity: 1, costPerHour: 40 },
        { id: 'system', name: 'System', capacity: 5 },
      ],
    },
  );
}

describe('automation candidates', () => {
  it('ranks the tasks people do by hours per month, from the total work over the measured time', () => {
    const model = twoTasksOnClerks();
    // The measured time is set by hand: 10 days of simulated time over all replications.
    const report = { ...simulate(model), measuredTime: 10 * 86_400 };
    const candidates = automationCandidates(report, model);
    // Notify is a service task and Log has no pool: neither is people's work.
    expect(candidates.map((c) => c.name)).toEqual(['Approve', 'Check']);
    const approve = report.activities.find((a) => a.id === 'approve')!;
    expect(candidates[0].casesPerMonth).toBeCloseTo(approve.count * 3, 9);
    // Fixed 30 minutes each: half an hour per case, three times the 10 days.
    expect(candidates[0].hoursPerMonth).toBeCloseTo(approve.count * 0.5 * 3, 9);
    expect(candidates[1].hoursPerMonth).toBeCloseTo(candidates[1].casesPerMonth / 6, 9);
    expect(candidates[0].pool).toBe('clerks');
  });

  it('orders ties by name and lists none when no time was measured', () => {
    const model = twoTasksOnClerks();
    model.nodes.find((n) => n.id === 'approve')!.sim!.duration = { type: 'fixed', value: 600 };
    const report = { ...simulate(model), measuredTime: 86_400 };
    expect(automationCandidates(report, model).map((c) => c.name)).toEqual(['Approve', 'Check']);
    expect(automationCandidates({ ...report, measuredTime: 0 }, model)).toEqual([]);
  });
});

describe('the generated scenario', () => {
  it('takes the task off its pool with a short fixed duration, keeping its fixed cost', () => {
    const model = twoTasksOnClerks();
    const scenario = automationScenario(model, 'check')!;
    expect(scenario.name).toBe("Automate 'Check'");
    expect(scenario.id).toBe('automate-check');
    const added = withAutomationScenario(model, 'check')!;
    expect(added.model.scenarios.map((s) => s.id)).toEqual(['automate-check']);
    expect(model.scenarios).toEqual([]);
    const check = applyScenario(added.model, 'automate-check').nodes.find((n) => n.id === 'check')!;
    expect(check.sim).toEqual({ duration: { type: 'fixed', value: automatedTaskSeconds }, fixedCost: 2 });
    expect(automationScenario(model, 'nowhere')).toBeNull();
  });

  it('gets an id of its own when the map has one by that name already', () => {
    const first = withAutomationScenario(twoTasksOnClerks(), 'check')!;
    expect(withAutomationScenario(first.model, 'check')!.scenario.id).toBe('automate-check-2');
  });

  it('measured against the map as drawn, frees the pool hours of the task and shortens the cycle', () => {
    const { model, scenario } = withAutomationScenario(twoTasksOnClerks(), 'approve')!;
    const comparison = compareScenarios(model, [scenario.id]);
    const [base, automated] = comparison.runs;
    const saving = automationSaving(comparison);
    const busy = (r: typeof base) => r.report.resources.reduce((sum, p) => sum + p.busyTime, 0);
    const clerks = (r: typeof base) => r.report.resources.find((p) => p.id === 'clerks')!.busyTime;
    // Common random numbers: the clerks do the same Check work in both runs, so Approve's work is what is freed.
    const approve = base.report.activities.find((a) => a.id === 'approve')!;
    expect(clerks(base) - clerks(automated)).toBeCloseTo(approve.processing.mean * approve.count, 3);
    const hours = (r: typeof base) => (busy(r) / r.report.measuredTime) * (secondsPerMonth / 3600);
    const freed = saving.hoursFreed!;
    expect(freed.values).toEqual([hours(base), hours(automated)].map((h) => expect.closeTo(h, 6)));
    expect(freed.delta[1]).toBeCloseTo(hours(base) - hours(automated), 6);
    expect(freed.delta[1]).toBeGreaterThan(0);
    expect(saving.cycleTime!.separated[1]).toBe(true);
    expect(saving.cycleTime!.delta[1]).toBeLessThan(0);
    // 40 per hour for half an hour of Approve's work per case, no longer paid.
    expect(saving.costPerCase!.delta[1]).toBeCloseTo(-20, 6);
    expect(secondsPerMonth).toBe(2_592_000);
  });

  it('gives the hours freed the paired 95% interval of the replications, each run on its own', () => {
    const { model, scenario } = withAutomationScenario(twoTasksOnClerks(), 'approve')!;
    const freed = automationSaving(compareScenarios(model, [scenario.id])).hoursFreed!;
    // Replication r alone, run as the first and only one from r: the same numbers as inside the whole run.
    const alone = (m: ProcessModel, r: number) => {
      const run = startSimulation(m, { replications: r + 1 }, { firstReplication: r });
      while (!run.advance(1e6));
      const report = run.report();
      const busy = report.resources.reduce((sum, p) => sum + p.busyTime, 0);
      return ((busy / report.measuredTime) * secondsPerMonth) / 3600;
    };
    const automated = applyScenario(model, scenario.id);
    const differences = [0, 1, 2, 3].map((r) => alone(model, r) - alone(automated, r));
    const interval = pairedInterval(differences)!;
    expect(freed.deltaCi95[1]![0]).toBeCloseTo(interval[0], 6);
    expect(freed.deltaCi95[1]![1]).toBeCloseTo(interval[1], 6);
    expect(interval[0]).toBeGreaterThan(0);
    expect(freed.separated[1]).toBe(true);
  });
});
