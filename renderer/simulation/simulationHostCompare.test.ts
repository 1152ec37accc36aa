import { describe, expect, it } from 'vitest';
import type { ProcessModel } from '../../shared/model';
import { compareScenarios } from '../../shared/sim/compare';
import { fakeHost as fakeTimedHost } from './testHost';
import { claimsIntakeMap } from './testModels';

/** The host with slices of 5 ms and progress every 20 ms, so that a comparison reports progress many times. */
const fakeHost = () => fakeTimedHost({ sliceMs: 5, progressEveryMs: 20, eventsPerAdvance: 50 });

/** The claims intake map with a second scenario that changes nothing. */
function withUnchangedScenario(): ProcessModel {
  const model = claimsIntakeMap();
  return { ...model, scenarios: [...model.scenarios, { id: 'same', name: 'Nothing changed', overrides: [] }] };
}

const settings = { cases: 300, seed: 5, replications: 3, scenario: null, scenarios: ['two-reviewers', 'same'] };

describe('simulation host comparing scenarios', () => {
  it('compares in many slices to the same figures as one uninterrupted comparison', () => {
    const { host, posted, drain } = fakeHost();
    const model = withUnchangedScenario();
    host.receive({ type: 'compare', runId: 3, model, settings });
    expect(drain()).toBeGreaterThan(10);
    const last = posted.at(-1)!;
    expect(last.type).toBe('comparison');
    if (last.type !== 'comparison') return;
    const expected = compareScenarios(model, settings.scenarios, settings);
    expect(last.comparison).toEqual({ runs: expected.runs, kpis: expected.kpis });
    expect(last.comparison.runs.map((r) => r.label)).toEqual(['map as drawn', 'Two reviewers', 'Nothing changed']);
    // A scenario with no changes gives exactly the baseline's numbers: no difference on any KPI.
    for (const row of last.comparison.kpis) {
      expect(row.values[2], row.kpi).toBe(row.values[0]);
      expect(row.delta[2], row.kpi).toBe(0);
      expect(row.separated[2], row.kpi).toBe(false);
    }
    const waiting = last.comparison.kpis.find((k) => k.kpi === 'waitingTime.mean')!;
    expect(waiting.separated[1]).toBe(true);
  });

  it('reports progress over all runs, rising to the cases of every run', () => {
    const { host, posted, drain } = fakeHost();
    host.receive({ type: 'compare', runId: 1, model: withUnchangedScenario(), settings });
    drain();
    const progress = posted.filter((m) => m.type === 'progress');
    expect(progress[0]).toMatchObject({ fraction: 0, casesTotal: 300 * 3 * 3 });
    expect(progress.length).toBeGreaterThan(3);
    for (let i = 1; i < progress.length; i++)
      expect(progress[i].fraction).toBeGreaterThanOrEqual(progress[i - 1].fraction);
    // Past the first run's share: the fraction counts the runs already done.
    expect(progress.at(-1)!.fraction).toBeGreaterThan(2 / 3);
  });

  it('stops at the next slice after a Cancel', () => {
    const { host, posted, drain } = fakeHost();
    host.receive({ type: 'compare', runId: 9, model: withUnchangedScenario(), settings });
    drain(20);
    host.receive({ type: 'cancel', runId: 9 });
    expect(drain()).toBe(1);
    expect(posted.at(-1)).toMatchObject({ type: 'cancelled', runId: 9 });
    expect(posted.map((m) => m.type)).not.toContain('comparison');
  });

  it('refuses before any run when a scenario cannot be applied, naming that scenario', () => {
    const { host, posted, drain } = fakeHost();
    const model = claimsIntakeMap();
    model.scenarios.push({ id: 'broken', name: 'Broken', overrides: [{ path: '/simulation/nope/0', value: 1 }] });
    host.receive({
      type: 'compare',
      runId: 2,
      model,
      settings: { ...settings, scenarios: ['two-reviewers', 'broken'] },
    });
    drain();
    expect(posted).toHaveLength(1);
    expect(posted[0]).toMatchObject({ type: 'error', code: 'FW_SIM_INVALID_MODEL' });
    if (posted[0].type === 'error') expect(posted[0].problems.map((p) => p.elementId)).toEqual(['broken']);
  });

  it('refuses a comparison without scenarios as a message it does not understand', () => {
    const { host, posted } = fakeHost();
    host.receive({ type: 'compare', runId: 4, model: claimsIntakeMap(), settings: { ...settings, scenarios: [] } });
    expect(posted[0]).toMatchObject({ type: 'error', runId: 4, code: 'FW_INTERNAL' });
    if (posted[0].type === 'error') expect(posted[0].message).toMatch(/settings\.scenarios/);
  });

  it('lists a problem of the map as drawn once, and what a scenario breaks besides under its name', () => {
    const { host, posted } = fakeHost();
    const model = claimsIntakeMap();
    const review = model.nodes.find((n) => n.id === 'review')!;
    review.sim = { ...review.sim, resource: 'auditors' };
    model.scenarios.push({
      id: 'no-intake',
      name: 'No intake staff',
      overrides: [{ path: '/simulation/resources/0/capacity', value: 0 }],
    });
    host.receive({
      type: 'compare',
      runId: 6,
      model,
      settings: { ...settings, scenarios: ['two-reviewers', 'no-intake'] },
    });
    const refused = posted[0];
    expect(refused.type).toBe('error');
    if (refused.type !== 'error') return;
    const onReview = refused.problems.filter((p) => p.elementId === 'review');
    expect(onReview).toHaveLength(1);
    expect(onReview[0].message).not.toMatch(/^Scenario /);
    const fromScenario = refused.problems.filter((p) => p.message.startsWith('Scenario No intake staff: '));
    expect(fromScenario.length).toBeGreaterThan(0);
    expect(refused.problems.filter((p) => p.message.startsWith('Scenario Two reviewers'))).toEqual([]);
  });
});
