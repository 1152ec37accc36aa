import type { ProcessModel } from '../../model';
import type { EventLog } from '../../log';
import { simulate, type EventLogRow } from '../../sim';
import { readLog } from './logReading';
import { activityKey } from './mapSteps';
import { activityShares, cosineDistance, earthMovers, ngrams, shareDistance, type ComparedLog } from './logCompare';

/** How closely a simulation of the calibrated map reproduces the log, with the data of side-by-side charts. */
export interface CalibrationAccuracy {
  /** 1 − the mean of the three distances below: 1 is a perfect match, 0 nothing alike. */
  score: number;
  /** Earth mover's distance of the cycle times over the log's mean cycle time, capped at 1. */
  cycleTimeDistance: number;
  /** Total variation distance of the activities' shares of all executions (0..1). */
  activityDistance: number;
  /** Mean of the cosine distances of the bigram and the trigram counts of the traces (0..1). */
  controlFlowDistance: number;
  formula: string;
  cases: { real: number; simulated: number };
  meanCycleTime: { real: number; simulated: number };
  /** Cycle-time histogram on common bins (seconds): the share of each log's cases in each bin. */
  cycleTimeBins: { from: number; to: number; real: number; simulated: number }[];
  /** Executions per case of each activity, in the log and in the simulation, most frequent in the log first. */
  activities: { name: string; real: number; simulated: number }[];
}

export interface AccuracyOptions {
  seed?: number;
  /** Cases to simulate; default as many as the log has, between 100 and 5,000. */
  cases?: number;
}

export const accuracyFormula =
  'score = 1 − (cycle-time distance + activity distance + control-flow distance) / 3; cycle-time distance = ' +
  "earth mover's distance of cycle times ÷ the log's mean cycle time (at most 1); activity distance = half the " +
  "summed differences of activities' shares; control-flow distance = mean of 1 − cosine similarity of bigram and of trigram counts";

/** The simulated cases as traces and cycle times, with the activities' names as the map spells them. */
function simulatedLog(
  model: ProcessModel,
  options: { seed?: number; cases: number },
  names: Map<string, string>,
): ComparedLog {
  const byCase = new Map<string, EventLogRow[]>();
  const ended: string[] = [];
  simulate(model, {
    seed: options.seed,
    cases: options.cases,
    replications: 1,
    eventLog: (row) => {
      if (row.lifecycle === 'withdraw') return;
      (byCase.get(row.caseId) ?? byCase.set(row.caseId, []).get(row.caseId)!).push(row);
    },
    onCaseEnd: (caseId) => void ended.push(caseId),
  });
  const traces: string[][] = [];
  const cycleTimes: number[] = [];
  for (const caseId of ended) {
    const rows = (byCase.get(caseId) ?? []).sort((a, b) => (a.start ?? a.end) - (b.start ?? b.end));
    if (rows.length === 0) continue;
    traces.push(
      rows.map((r) => {
        const key = activityKey(r.activity);
        if (!names.has(key)) names.set(key, r.activity.trim());
        return key;
      }),
    );
    const first = Math.min(...rows.map((r) => r.start ?? r.end));
    const last = Math.max(...rows.map((r) => r.end));
    cycleTimes.push((last - first) / 1000);
  }
  return { traces, cycleTimes };
}

function histogram(real: readonly number[], simulated: readonly number[]): CalibrationAccuracy['cycleTimeBins'] {
  const all = [...real, ...simulated].sort((a, b) => a - b);
  if (all.length === 0) return [];
  const top = all[Math.min(all.length - 1, Math.floor(all.length * 0.98))] || all[all.length - 1] || 1;
  const count = 20;
  const width = top / count;
  const bins = Array.from({ length: count }, (_, i) => ({
    from: i * width,
    to: (i + 1) * width,
    real: 0,
    simulated: 0,
  }));
  const put = (values: readonly number[], key: 'real' | 'simulated') => {
    for (const v of values) bins[Math.min(count - 1, Math.floor(v / width))][key] += 1 / values.length;
  };
  put(real, 'real');
  put(simulated, 'simulated');
  return bins;
}

const mean = (values: readonly number[]) => (values.length ? values.reduce((s, v) => s + v, 0) / values.length : 0);

/**
 * Simulates the (calibrated) map and compares the simulated cases with the log's: cycle-time distribution,
 * activity frequencies and the order of activities (n-grams). The score and its parts follow `accuracyFormula`.
 */
export function calibrationAccuracy(
  model: ProcessModel,
  log: EventLog,
  options: AccuracyOptions = {},
): CalibrationAccuracy {
  const read = readLog(log);
  const real: ComparedLog = { traces: read.traces, cycleTimes: read.spans.map((s) => (s.end - s.start) / 1000) };
  const runnable = structuredClone(model);
  delete runnable.simulation.horizon;
  runnable.simulation.warmupCases = 0;
  if (read.caseStarts.length > 0) runnable.simulation.startAt = new Date(read.caseStarts[0]).toISOString();
  const cases = options.cases ?? Math.min(5000, Math.max(100, read.traces.length));
  const names = new Map(read.names);
  const sim = simulatedLog(runnable, { seed: options.seed, cases }, names);
  const realMean = mean(real.cycleTimes);
  const cycleTimeDistance =
    sim.cycleTimes.length === 0 ? 1 : Math.min(1, earthMovers(real.cycleTimes, sim.cycleTimes) / Math.max(realMean, 1));
  const realShares = activityShares(real.traces);
  const simShares = activityShares(sim.traces);
  const activityDistance = shareDistance(realShares, simShares);
  const controlFlowDistance =
    (cosineDistance(ngrams(real.traces, 2), ngrams(sim.traces, 2)) +
      cosineDistance(ngrams(real.traces, 3), ngrams(sim.traces, 3))) /
    2;
  const perCase = (traces: readonly (readonly string[])[], key: string) =>
    traces.length ? traces.reduce((s, t) => s + t.filter((a) => a === key).length, 0) / traces.length : 0;
  const keys = [...new Set([...realShares.keys(), ...simShares.keys()])];
  const activities = keys
    .map((key) => ({
      name: names.get(key) ?? key,
      real: perCase(real.traces, key),
      simulated: perCase(sim.traces, key),
    }))
    .sort((a, b) => b.real - a.real || b.simulated - a.simulated);
  return {
    score: 1 - (cycleTimeDistance + activityDistance + controlFlowDistance) / 3,
    cycleTimeDistance,
    activityDistance,
    controlFlowDistance,
    formula: accuracyFormula,
    cases: { real: real.traces.length, simulated: sim.traces.length },
    meanCycleTime: { real: realMean, simulated: mean(sim.cycleTimes) },
    cycleTimeBins: histogram(real.cycleTimes, sim.cycleTimes),
    activities,
  };
}
