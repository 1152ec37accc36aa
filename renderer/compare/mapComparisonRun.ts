import type { SimProblem } from '../../shared/sim';
import { startSimulation, type SimulationOptions, type SimulationRun } from '../../shared/sim';
import { compareKpis, type Comparison, type RunOutcome } from '../../shared/sim/compare';
import { diffMaps } from '../../shared/model/mapDiff';
import type { CompareMapsSettings, MapToCompare } from '../simulation/protocol';
import { runProblems } from '../simulation/runProblems';

/** An as-is against to-be comparison that advances in slices, so that the worker can stop between them. */
export interface MapComparisonRun {
  advance(maxEvents: number): boolean;
  /** Fraction of the whole comparison done, in [0, 1]. */
  readonly progress: number;
  readonly events: number;
  /** The comparison with the structural diff; only once advance() has returned true. */
  comparison(): Comparison;
}

/** Why either map cannot run, each problem led by the map's label ("Future (Invoices): …"). */
export function mapComparisonProblems(current: MapToCompare, future: MapToCompare): SimProblem[] {
  return [current, future].flatMap(({ model, label }) =>
    runProblems(model, null).map((p) => ({ ...p, message: `${label}: ${p.message}` })),
  );
}

/**
 * The current map, then the future map, with the same cases, seed, replications and records (each map reads the
 * records through its own fields): the engine keys its random streams by element id and replication, so elements
 * both maps have draw the same numbers, and the KPIs pair replication by replication. Only one engine state is
 * held at a time.
 */
export function startMapComparison(
  current: MapToCompare,
  future: MapToCompare,
  settings: CompareMapsSettings,
  recordsOf: (map: MapToCompare) => SimulationOptions['records'],
): MapComparisonRun {
  const { cases, seed, replications, recordOrder } = settings;
  const plan = [current, future];
  const start = (map: MapToCompare): SimulationRun => {
    const records = recordsOf(map);
    return startSimulation(map.model, {
      cases,
      seed,
      replications,
      ...(records ? { records, recordOrder: recordOrder ?? 'auto' } : {}),
    });
  };
  const outcomes: RunOutcome[] = [];
  let running = start(current);
  let eventsBefore = 0;
  let done = false;
  return {
    advance(maxEvents) {
      if (done) return true;
      if (!running.advance(maxEvents)) return false;
      const { label } = plan[outcomes.length];
      outcomes.push({ label, scenario: null, report: running.report(), replicationKpis: running.replicationKpis });
      eventsBefore += running.events;
      if (outcomes.length === plan.length) done = true;
      else running = start(plan[outcomes.length]);
      return done;
    },
    get progress() {
      return done ? 1 : (outcomes.length + running.progress) / plan.length;
    },
    get events() {
      return done ? eventsBefore : eventsBefore + running.events;
    },
    comparison() {
      return {
        runs: outcomes.map(({ label, scenario, report }) => ({ label, scenario, report })),
        kpis: compareKpis(outcomes),
        diff: diffMaps(current.model, future.model),
      };
    },
  };
}
