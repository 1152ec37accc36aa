import { describe, expect, it } from 'vitest';
import { applyScenario } from '../../sim/scenario';
import { processSchema, type ProcessModel } from '../schema';
import { expectUndoable, purchaseApproval } from './fixtures';
import { deleteElements } from './deleteElements';
import { deletePool } from './pools';
import {
  arrivalsChange,
  automateTaskChange,
  branchProbabilityChange,
  poolCalendarChange,
  poolCapacityChange,
  taskDurationChange,
  taskFasterChange,
  taskMeanChange,
} from './scenarioChanges';
import {
  addScenario,
  deleteScenario,
  duplicateScenario,
  removeScenarioOverride,
  renameScenario,
  setScenarioOverride,
} from './scenarios';
import { describeOverride, durationWords } from './scenarioWords';

/** The purchase map with pools Managers and Clerks (Clerks second), an office calendar and 10-minute arrivals. */
function withPools(): ProcessModel {
  const base = purchaseApproval();
  return processSchema.parse({
    ...base,
    nodes: base.nodes.map((n) =>
      n.id === 'review'
        ? { ...n, sim: { duration: { type: 'triangular', min: 600, mode: 900, max: 1200 }, resource: 'clerks' } }
        : n,
    ),
    flows: base.flows.map((f) => (f.id === 'f3' ? { ...f, probability: 0.2 } : f)),
    simulation: {
      ...base.simulation,
      arrivals: { interarrival: { type: 'exponential', mean: 600 } },
      resources: [
        { id: 'managers', name: 'Managers', capacity: 1 },
        { id: 'clerks', name: 'Clerks', capacity: 2 },
      ],
      calendars: [{ id: 'office', name: 'Mon–Fri 09:00–17:00', weekly: [] }],
    },
  });
}

/** The model with a scenario 'One more clerk' holding the given changes. */
function withScenario(...overrides: { path: string; value: unknown }[]): ProcessModel {
  const model = withPools();
  return expectUndoable(model, addScenario(model, { name: 'One more clerk', overrides }));
}

describe('scenario commands', () => {
  it('adds a scenario from the map as drawn, with an id from its name, and undoes it', () => {
    const model = withPools();
    const edit = addScenario(model, { name: '  One more clerk ' });
    expect(edit?.label).toBe("Add scenario 'One more clerk'");
    expect(edit?.created).toEqual(['one-more-clerk']);
    const after = expectUndoable(model, edit);
    expect(after.scenarios).toStrictEqual([{ id: 'one-more-clerk', name: 'One more clerk', overrides: [] }]);
    expect(addScenario(after, { name: 'One more clerk' })?.created).toEqual(['one-more-clerk-2']);
    expect(addScenario(model, { name: '  ' })).toBeNull();
  });

  it('renames (keeping the id), duplicates after the original and deletes', () => {
    const model = withScenario({ path: '/simulation/resources/1/capacity', value: 3 });
    const renamed = expectUndoable(model, renameScenario(model, { id: 'one-more-clerk', name: 'Two more clerks' }));
    expect(renamed.scenarios[0]).toMatchObject({ id: 'one-more-clerk', name: 'Two more clerks' });
    expect(renameScenario(model, { id: 'one-more-clerk', name: 'One more clerk' })).toBeNull();
    const copied = expectUndoable(model, duplicateScenario(model, { id: 'one-more-clerk' }));
    expect(copied.scenarios.map((s) => s.name)).toEqual(['One more clerk', 'One more clerk (copy)']);
    expect(copied.scenarios[1].id).toBe('one-more-clerk-copy');
    expect(copied.scenarios[1].overrides).toStrictEqual(model.scenarios[0].overrides);
    expect(expectUndoable(model, deleteScenario(model, { id: 'one-more-clerk' })).scenarios).toEqual([]);
    expect(deleteScenario(model, { id: 'ghost' })).toBeNull();
  });

  it('replaces a change of the same path, appends others, removes by position, each undoable', () => {
    const model = withScenario({ path: '/simulation/resources/1/capacity', value: 3 });
    const four = expectUndoable(
      model,
      setScenarioOverride(model, { id: 'one-more-clerk', override: poolCapacityChange(model, 'clerks', 4)! }),
    );
    expect(four.scenarios[0].overrides).toStrictEqual([{ path: '/simulation/resources/1/capacity', value: 4 }]);
    const same = { path: '/simulation/resources/1/capacity', value: 3 };
    expect(setScenarioOverride(model, { id: 'one-more-clerk', override: same })).toBeNull();
    const more = expectUndoable(
      model,
      setScenarioOverride(model, { id: 'one-more-clerk', override: arrivalsChange(model, 2)! }),
    );
    expect(more.scenarios[0].overrides).toHaveLength(2);
    const removed = expectUndoable(more, removeScenarioOverride(more, { id: 'one-more-clerk', index: 0 }));
    expect(removed.scenarios[0].overrides.map((o) => o.path)).toEqual(['/simulation/arrivals/interarrival']);
    expect(removeScenarioOverride(more, { id: 'one-more-clerk', index: 2 })).toBeNull();
  });

  it('keeps pool changes on their pool when an earlier pool is deleted', () => {
    const model = withScenario(poolCapacityChange(withPools(), 'clerks', 3)!);
    const after = expectUndoable(model, deletePool(model, { id: 'managers' }));
    expect(after.scenarios[0].overrides).toStrictEqual([{ path: '/simulation/resources/0/capacity', value: 3 }]);
    expect(applyScenario(after, 'one-more-clerk').simulation.resources[0]).toMatchObject({ id: 'clerks', capacity: 3 });
  });
});

describe('scenarios when elements are deleted', () => {
  it('drop the changes of deleted nodes and flows and follow the later ones to their new positions', () => {
    const base = withPools();
    const model = withScenario(
      automateTaskChange(base, 'escalate')!,
      taskFasterChange(base, 'review', 30)!,
      branchProbabilityChange(base, 'f3', 0.35)!,
      poolCapacityChange(base, 'clerks', 3)!,
    );
    // Deleting 'Review' takes its flows f1, f2 and its boundary event 'sla' (and f6) with it.
    const after = expectUndoable(model, deleteElements(model, { ids: ['review'] }));
    const escalate = after.nodes.findIndex((n) => n.id === 'escalate');
    const yes = after.flows.findIndex((f) => f.id === 'f3');
    expect(after.scenarios[0].overrides.map((o) => o.path)).toEqual([
      `/nodes/${escalate}/sim`,
      `/flows/${yes}/probability`,
      '/simulation/resources/1/capacity',
    ]);
    const applied = applyScenario(after, 'one-more-clerk');
    expect(applied.nodes[escalate].sim?.duration).toStrictEqual({ type: 'fixed', value: 0 });
    expect(applied.flows[yes].probability).toBe(0.35);
  });
});

describe('the changes the forms write, and their words', () => {
  const model = withPools();
  const review = model.nodes.findIndex((n) => n.id === 'review');
  const escalate = model.nodes.findIndex((n) => n.id === 'escalate');

  it('pool capacity and working hours', () => {
    const capacity = poolCapacityChange(model, 'clerks', 3)!;
    expect(capacity).toStrictEqual({ path: '/simulation/resources/1/capacity', value: 3 });
    expect(describeOverride(model, capacity)).toBe('Clerks: 2 → 3 people');
    expect(describeOverride(model, poolCapacityChange(model, 'managers', 1)!)).toBe('Managers: 1 → 1 person');
    expect(poolCapacityChange(model, 'clerks', 2.5)).toBeNull();
    const hours = poolCalendarChange(model, 'clerks', 'office')!;
    expect(hours).toStrictEqual({ path: '/simulation/resources/1/calendar', value: 'office' });
    expect(describeOverride(model, hours)).toBe('Clerks: working hours around the clock → Mon–Fri 09:00–17:00');
    expect(poolCalendarChange(model, 'clerks', 'ghost')).toBeNull();
  });

  it('a task N % faster scales every parameter and writes the value', () => {
    const faster = taskFasterChange(model, 'review', 30)!;
    expect(faster).toStrictEqual({
      path: `/nodes/${review}/sim/duration`,
      value: { type: 'triangular', min: 420, mode: 630, max: 840 },
    });
    expect(describeOverride(model, faster)).toBe('Review: 30 % faster (15 min → 10.5 min)');
    expect(taskFasterChange(model, 'escalate', 30)).toBeNull();
    expect(taskFasterChange(model, 'review', 100)).toBeNull();
  });

  it('a task duration as a new value, also on a task without simulation settings', () => {
    const fixed = taskDurationChange(model, 'review', { type: 'fixed', value: 1200 })!;
    expect(describeOverride(model, fixed)).toBe('Review: takes 15 min → 20 min');
    const slower = taskDurationChange(model, 'review', { type: 'triangular', min: 900, mode: 1350, max: 1800 })!;
    expect(describeOverride(model, slower)).toBe('Review: 50 % slower (15 min → 22.5 min)');
    const fresh = taskDurationChange(model, 'escalate', { type: 'fixed', value: 45 })!;
    expect(fresh).toStrictEqual({ path: `/nodes/${escalate}/sim`, value: { duration: { type: 'fixed', value: 45 } } });
    expect(describeOverride(model, fresh)).toBe('Escalate: takes 45 s (no duration in the map)');
    const mean = taskMeanChange(model, 'review', 1200)!;
    expect(mean.value).toStrictEqual({ type: 'triangular', min: 800, mode: 1200, max: 1600 });
    expect(describeOverride(model, mean)).toBe('Review: 33.3 % slower (15 min → 20 min)');
    expect(taskMeanChange(model, 'escalate', 60)?.value).toStrictEqual({ duration: { type: 'fixed', value: 60 } });
  });

  it('automating a task: fixed duration, no pool', () => {
    const automated = automateTaskChange(model, 'review', 30)!;
    expect(automated).toStrictEqual({
      path: `/nodes/${review}/sim`,
      value: { duration: { type: 'fixed', value: 30 } },
    });
    expect(describeOverride(model, automated)).toBe('Review: automated (takes 30 s, no pool)');
    expect(automateTaskChange(model, 'review', -1)).toBeNull();
  });

  it('arrivals × factor divides the time between arrivals', () => {
    const more = arrivalsChange(model, 1.3)!;
    expect(more.path).toBe('/simulation/arrivals/interarrival');
    expect(more.value).toStrictEqual({ type: 'exponential', mean: 461.5385 });
    expect(describeOverride(model, more)).toBe('Arrivals: 30 % more (every 10 min → every 7.7 min)');
    expect(describeOverride(model, arrivalsChange(model, 0.5)!)).toBe(
      'Arrivals: 50 % fewer (every 10 min → every 20 min)',
    );
    expect(arrivalsChange(model, 0)).toBeNull();
  });

  it('a branch probability', () => {
    const branch = branchProbabilityChange(model, 'f3', 0.35)!;
    expect(branch).toStrictEqual({ path: '/flows/2/probability', value: 0.35 });
    expect(describeOverride(model, branch)).toBe("'Yes': 20 % → 35 % of cases");
    const unnamed = branchProbabilityChange(model, 'f5', 0.5)!;
    expect(describeOverride(model, unnamed)).toBe(
      "The flow from 'CFO approval' to 'Approved': no probability → 50 % of cases",
    );
    expect(branchProbabilityChange(model, 'f3', 1.5)).toBeNull();
  });

  it('every change applies as a valid scenario; unknown paths read as the path', () => {
    const overrides = [
      poolCapacityChange(model, 'clerks', 3)!,
      poolCalendarChange(model, 'clerks', 'office')!,
      taskFasterChange(model, 'review', 30)!,
      automateTaskChange(model, 'escalate')!,
      arrivalsChange(model, 1.3)!,
      branchProbabilityChange(model, 'f3', 0.35)!,
    ];
    const applied = applyScenario(withScenario(...overrides), 'one-more-clerk');
    expect(applied.simulation.resources[1]).toMatchObject({ capacity: 3, calendar: 'office' });
    expect(applied.nodes[escalate].sim?.duration).toStrictEqual({ type: 'fixed', value: 0 });
    expect(describeOverride(model, { path: '/simulation/cases', value: 10 })).toBe('/simulation/cases set to 10');
    expect(durationWords(2 * 86_400)).toBe('2 days');
  });
});
