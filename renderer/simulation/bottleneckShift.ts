import type { SimulationReport } from '../../shared/sim';

/** The worst bottleneck of a run (the report lists them worst first), or null when it has none. */
export const topBottleneck = (report: SimulationReport): string | null => report.bottlenecks[0]?.id ?? null;

/**
 * Where the bottleneck goes from the map as drawn to a scenario, in words: "The bottleneck moves from Review (map
 * as drawn) to Approve (One more clerk)", "stays at Review", or appears or goes away. Names come from `name`.
 */
export function bottleneckShiftWords(
  base: SimulationReport,
  scenario: SimulationReport,
  scenarioLabel: string,
  name: (id: string) => string,
): string {
  const from = topBottleneck(base);
  const to = topBottleneck(scenario);
  if (from === null && to === null) return `No bottleneck in the map as drawn nor in ${scenarioLabel}.`;
  if (to === null) return `The bottleneck at ${name(from!)} (map as drawn) is gone in ${scenarioLabel}.`;
  if (from === null) return `A bottleneck appears at ${name(to)} (${scenarioLabel}); the map as drawn has none.`;
  if (from === to) return `The bottleneck stays at ${name(from)} (map as drawn and ${scenarioLabel}).`;
  return `The bottleneck moves from ${name(from)} (map as drawn) to ${name(to)} (${scenarioLabel}).`;
}
