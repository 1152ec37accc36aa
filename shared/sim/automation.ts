import {
  automateTaskChange,
  newScenarioId,
  nodeTypeLabel,
  type FlowNode,
  type ProcessModel,
  type Scenario,
} from '../model';
import type { KpiComparison } from './compare';
import { secondsPerMonth } from './comparedKpis';
import type { SimulationReport } from './types';

export { secondsPerMonth };

/**
 * How long an automated task takes in the generated scenario: one minute, a system's turnaround rather than none, so
 * that the saving is not overstated by a step that takes no time at all.
 */
export const automatedTaskSeconds = 60;

/** Task types run by a machine already: a pool on them stands for system capacity, not people's hours. */
const machineTaskTypes: ReadonlySet<string> = new Set(['service', 'script']);

/** A task done by people, with what it costs them in hours and how often it runs. */
export interface AutomationCandidate {
  id: string;
  name: string;
  /** The pool whose people do it. */
  pool: string;
  /** Hours of people's work per 30 days of simulated time. */
  hoursPerMonth: number;
  /** Times it ran per 30 days of simulated time. */
  casesPerMonth: number;
}

/** A task's name as people know it: its name, or its type when unnamed. */
export function taskName(node: FlowNode): string {
  return node.name.trim() || nodeTypeLabel(node);
}

/** Whether people do the task: a task with a pool that is not a service or script task. */
export function isPeopleTask(node: FlowNode): boolean {
  return node.type === 'task' && node.sim?.resource !== undefined && !machineTaskTypes.has(node.taskType ?? 'user');
}

/**
 * The tasks people do, ranked by their hours of work per month (most first, then by name): the activity's total
 * processing time over all replications, divided by the measured time and scaled to 30 days. Empty when the report
 * measured no time.
 */
export function automationCandidates(report: SimulationReport, model: ProcessModel): AutomationCandidate[] {
  const measured = report.measuredTime;
  if (!(measured > 0)) return [];
  const nodes = new Map(model.nodes.map((n) => [n.id, n]));
  const perMonth = secondsPerMonth / measured;
  const candidates: AutomationCandidate[] = [];
  for (const activity of report.activities) {
    const node = nodes.get(activity.id);
    if (!node || !isPeopleTask(node)) continue;
    const workSeconds = activity.processing.mean * activity.count;
    candidates.push({
      id: node.id,
      name: taskName(node),
      pool: node.sim?.resource ?? '',
      hoursPerMonth: (workSeconds * perMonth) / 3600,
      casesPerMonth: activity.count * perMonth,
    });
  }
  return candidates.sort((a, b) => b.hoursPerMonth - a.hoursPerMonth || a.name.localeCompare(b.name));
}

/** The generated scenario's name: Automate 'Review'. */
export function automationScenarioName(node: FlowNode): string {
  return `Automate '${taskName(node)}'`;
}

/**
 * The scenario "Automate '<task>'": the task without a pool (so no wait for people and no cost per hour; its fixed
 * cost per case stays) and with a fixed duration of `seconds`. Null when the map has no such task.
 */
export function automationScenario(
  model: ProcessModel,
  nodeId: string,
  seconds = automatedTaskSeconds,
): Scenario | null {
  const node = model.nodes.find((n) => n.id === nodeId);
  const override = node ? automateTaskChange(model, nodeId, seconds) : null;
  if (!node || !override) return null;
  const name = automationScenarioName(node);
  return { id: newScenarioId(model, name), name, overrides: [override] };
}

/** The map with the generated scenario added to its scenarios, to run the map as drawn against it. */
export function withAutomationScenario(
  model: ProcessModel,
  nodeId: string,
  seconds = automatedTaskSeconds,
): { model: ProcessModel; scenario: Scenario } | null {
  const scenario = automationScenario(model, nodeId, seconds);
  return scenario ? { model: { ...model, scenarios: [...model.scenarios, scenario] }, scenario } : null;
}

/** What automating a task saved, measured by running the map as drawn against its generated scenario. */
export interface AutomationSaving {
  /**
   * People's hours freed per 30 days, as a paired comparison: `values` are the pools' hours of work per month in the
   * map as drawn and in the scenario (the same cases on the same random numbers); `delta[1]`, `deltaCi95[1]` and
   * `separated[1]` are the hours freed (the map as drawn less the scenario), its 95% interval over replications and
   * whether that excludes 0. Null when the comparison has no such KPI.
   */
  hoursFreed: KpiComparison | null;
  /** The paired comparison of the mean cycle time and of the mean cost per case (index 1: the scenario). */
  cycleTime: KpiComparison | null;
  costPerCase: KpiComparison | null;
}

/** A paired row turned round: the baseline less the other run, so that a saving reads positive. */
function turnedRound(row: KpiComparison, kpi: string): KpiComparison {
  const negate = (v: number | null) => (v === null ? null : 0 - v);
  return {
    kpi,
    values: row.values,
    delta: row.delta.map(negate),
    deltaCi95: row.deltaCi95.map((ci) => (ci === null ? null : [0 - ci[1], 0 - ci[0]])),
    separated: row.separated,
  };
}

/** The saving of a two-run comparison: the map as drawn (run 0) against the generated scenario (run 1). */
export function automationSaving(comparison: { kpis: readonly KpiComparison[] }): AutomationSaving {
  const find = (kpi: string) => comparison.kpis.find((k) => k.kpi === kpi) ?? null;
  const work = find('workHoursPerMonth');
  return {
    hoursFreed: work && turnedRound(work, 'freedHoursPerMonth'),
    cycleTime: find('cycleTime.mean'),
    costPerCase: find('costPerCase.mean'),
  };
}
