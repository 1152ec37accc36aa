import type { ProcessModel } from '../../shared/model';
import { startSimulation, type SimulationOptions, type SimulationRun } from '../../shared/sim';
import { compareKpis, type RunOutcome } from '../../shared/sim/compare';
import type { CompareSettings, WhatIfComparison } from './protocol';

/** A what-if comparison that advances in slices, as a single run does, so that the worker can stop between them. */
export interface ComparisonRun {
  advance(maxEvents: number): boolean;
  /** Fraction of the whole comparison done, in [0, 1]. */
  readonly progress: number;
  readonly events: number;
  /** The comparison; only once advance() has returned true. */
  comparison(): WhatIfComparison;
}

/**
 * The map as drawn, then each scenario, one after another with the same seed, replications, cases and records:
 * the engine keys its random streams by element id and replication, so the runs share random numbers and a
 * scenario without changes gives the baseline's numbers exactly. Each run starts when the one before has ended,
 * so only one engine state is held at a time.
 */
export function startComparison(
  model: ProcessModel,
  settings: CompareSettings,
  records?: SimulationOptions['records'],
): ComparisonRun {
  const { cases, seed, replications, recordOrder } = settings;
  const plan = [
    { label: 'map as drawn', scenario: null as string | null },
    ...settings.scenarios.map((id) => ({
      label: model.scenarios.find((s) => s.id === id)?.name.trim() || id,
      scenario: id,
    })),
  ];
  const start = (scenario: string | null): SimulationRun =>
    startSimulation(model, {
      cases,
      seed,
      replications,
      scenario,
      ...(records ? { records, recordOrder: recordOrder ?? 'auto' } : {}),
    });
  const outcomes: RunOutcome[] = [];
  let current = start(plan[0].scenario);
  let eventsBefore = 0;
  let done = false;
  return {
    advance(maxEvents) {
      if (done) return true;
      if (!current.advance(maxEvents)) return false;
      const { label, scenario } = plan[outcomes.length];
      outcomes.push({ label, scenario, report: current.report(), replicationKpis: current.replicationKpis });
      eventsBefore += current.events;
      if (outcomes.length === plan.length) done = true;
      else current = start(plan[outcomes.length].scenario);
      return done;
    },
    get progress() {
      return done ? 1 : (outcomes.length + current.progress) / plan.length;
    },
    get events() {
      return done ? eventsBefore : eventsBefore + current.events;
    },
    comparison() {
      return {
        runs: outcomes.map(({ label, scenario, report }) => ({ label, scenario, report })),
        kpis: compareKpis(outcomes),
      };
    },
  };
}
