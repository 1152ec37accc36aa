import { FlowwrightError, type ProcessModel } from '../model';
import { checkRunnable } from './checkRunnable';
import { Collector } from './collector';
import { ReplicationKpis, type KpiValues } from './comparedKpis';
import { compileNetwork } from './network';
import { Replication, type ReplicationSettings } from './replication';
import type { Network } from './network';
import { buildReport } from './report';
import { recordCases } from './recordCases';
import { applyScenario } from './scenario';
import { runSizeProblem } from './limits';
import type { SimulationOptions, SimulationReport } from './types';

/** A run that advances in slices, so that a worker can stay responsive and stop between them. */
export interface SimulationRun {
  /** Processes up to `maxEvents` events; true once every replication has ended. */
  advance(maxEvents: number): boolean;
  /** Fraction done, in [0, 1]. */
  readonly progress: number;
  /** Events taken from the event list so far. */
  readonly events: number;
  /** FEEL conditions evaluated so far to route cases (gateway flows and error boundaries). */
  readonly conditions: number;
  /** Each ended replication's KPIs, by name (what a comparison pairs replication by replication). */
  readonly replicationKpis: readonly KpiValues[];
  /** The report of DESIGN.md §5; only once advance() has returned true. */
  report(): SimulationReport;
}

const progressEvery = 131072; // about 10 to 30 calls a second at the engine's usual speed
const cancelEvery = 4096;
const exceptionRecordsKept = 10_000;

function wholeNumber(value: number, name: string, min: number): number {
  if (!Number.isInteger(value) || value < min)
    throw new FlowwrightError('FW_USAGE', `${name} must be a whole number of at least ${min}, got ${value}`);
  return value;
}

/**
 * How the engine's own tools start a run differently (the case trace): from a later replication, which gives the
 * same numbers as in a whole run because each replication seeds its streams from (seed, replication) alone; and
 * with their own kind of replication, which watches cases as they end.
 */
export interface RunStart {
  /** From 0; the replications before it are not run. */
  firstReplication?: number;
  replicationOf?: (net: Network, collector: Collector, settings: ReplicationSettings) => Replication;
}

/**
 * Prepares a run: applies the scenario, refuses a map the engine cannot run (FW_SIM_INVALID_MODEL, with every
 * problem in the error's details) and compiles it. Nothing runs until advance() is called.
 */
export function startSimulation(
  model: ProcessModel,
  options: SimulationOptions = {},
  begin: RunStart = {},
): SimulationRun {
  const runnable = options.scenario ? applyScenario(model, options.scenario) : model;
  const problems = checkRunnable(runnable);
  if (problems.length > 0) {
    const details = problems.map((p) => `${p.code} ${p.elementId}: ${p.message}`);
    throw new FlowwrightError('FW_SIM_INVALID_MODEL', `the map cannot be simulated: ${details.join('; ')}`, details);
  }
  const sim = runnable.simulation;
  const seed = wholeNumber(options.seed ?? sim.seed, 'the seed', Number.MIN_SAFE_INTEGER);
  const replications = wholeNumber(options.replications ?? sim.replications, 'replications', 1);
  const requested = options.cases === undefined ? undefined : wholeNumber(options.cases, 'cases', 0);
  const startEpoch = Date.parse(sim.startAt) / 1000;
  if (options.records && options.caseData)
    throw new FlowwrightError('FW_USAGE', 'give the run either records or a case data source, not both');
  const fromRecords = options.records
    ? recordCases(options.records, options.recordOrder ?? 'auto', requested, startEpoch)
    : null;
  const cases = requested ?? fromRecords?.cases ?? sim.cases;
  // Checked here, where the map's settings and the caller's options (the command line's --cases) meet.
  const tooLarge = runSizeProblem(cases, replications);
  if (tooLarge) throw new FlowwrightError('FW_SIM_TOO_LARGE', tooLarge);
  const caseData = fromRecords?.source ?? options.caseData;
  const keep = options.exceptionRecords;
  const recordLimit =
    keep === undefined || keep === false
      ? null
      : keep === true
        ? exceptionRecordsKept
        : wholeNumber(keep, 'exceptionRecords', 0);
  const net = compileNetwork(runnable, startEpoch);
  const capacityRates = net.pools.map((p) => p.costPerHourOfCapacity);
  const collector = new Collector(
    net.activities.length,
    net.pools.length,
    net.flows.length,
    recordLimit,
    capacityRates,
  );
  const first = begin.firstReplication ?? 0;
  if (!Number.isInteger(first) || first < 0 || first >= replications)
    throw new FlowwrightError('FW_USAGE', `there is no run ${first + 1} among ${replications}`);
  const makeReplication =
    begin.replicationOf ??
    ((n: Network, c: Collector, settings: ReplicationSettings) => new Replication(n, c, settings));
  const replication = (r: number) =>
    makeReplication(net, collector, {
      seed,
      replication: r,
      labelPrefix: replications > 1 ? `r${r + 1}:` : '',
      cases,
      warmup: sim.warmupCases,
      horizon: sim.horizon,
      caseData,
      eventLog: options.eventLog,
      onCaseEnd: options.onCaseEnd,
    });
  const kpis = new ReplicationKpis(collector, net);
  let index = first;
  let current = replication(first);
  let events = 0;
  let done = false;
  return {
    advance(maxEvents) {
      let budget = maxEvents;
      while (!done && budget > 0) {
        const before = current.eventCount;
        const ended = current.run(budget);
        budget -= current.eventCount - before;
        events += current.eventCount - before;
        if (!ended) continue;
        kpis.close();
        if (++index === replications) done = true;
        else current = replication(index);
      }
      return done;
    },
    get progress() {
      if (done) return 1;
      const fraction = index - first + (cases > 0 ? current.ended / cases : 0);
      return Math.min(1, fraction / (replications - first));
    },
    get events() {
      return events;
    },
    get conditions() {
      return collector.conditions;
    },
    get replicationKpis() {
      return kpis.rows;
    },
    report() {
      if (!done) throw new FlowwrightError('FW_INTERNAL', 'the report was asked for before the run ended');
      const report = buildReport(collector, net, {
        model: runnable.id,
        scenario: options.scenario ?? null,
        seed,
        replications,
      });
      if (fromRecords)
        report.caseData = { order: fromRecords.order, records: options.records!.length, skipped: fromRecords.skipped };
      if (collector.exceptionRecords) {
        report.exceptionRecords = collector.exceptionRecords;
        report.exceptionRecordsOmitted = collector.exceptionRecordsOmitted;
      }
      return report;
    },
  };
}

/**
 * Runs a simulation to the end and returns its report (DESIGN.md §5). Reports progress every 131,072 events,
 * polls `shouldCancel` every 4,096 (throwing FW_SIM_CANCELLED), and streams activities to `eventLog` if given.
 */
export function simulate(model: ProcessModel, options: SimulationOptions = {}): SimulationReport {
  const run = startSimulation(model, options);
  let sinceProgress = 0;
  while (!run.advance(cancelEvery)) {
    if (options.shouldCancel?.()) throw new FlowwrightError('FW_SIM_CANCELLED', 'the simulation was cancelled');
    sinceProgress += cancelEvery;
    if (sinceProgress >= progressEvery) {
      sinceProgress = 0;
      options.onProgress?.(run.progress);
    }
  }
  options.onProgress?.(1);
  return run.report();
}
