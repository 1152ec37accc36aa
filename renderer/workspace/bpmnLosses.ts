import type { ProcessModel } from '../../shared/model/schema';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * What a BPMN 2.0 file has no place for, in words, for the question before saving a map as `.bpmn`. Flowwright
 * writes all of it in its own extension and reads it back, but other BPMN tools may drop it when they save.
 */
export function bpmnLosses(model: ProcessModel): string[] {
  const { simulation, scenarios, data, nodes, flows } = model;
  const losses = ['the simulation settings (arrivals, number of cases, seed, replications)'];
  if (simulation.resources.length) losses.push(count(simulation.resources.length, 'resource pool', 'resource pools'));
  if (simulation.calendars.length)
    losses.push(count(simulation.calendars.length, 'working calendar', 'working calendars'));
  const timed = nodes.filter((n) => n.sim !== undefined).length;
  if (timed) losses.push(`durations and costs of ${count(timed, 'step', 'steps')}`);
  const weighted = flows.filter((f) => f.probability !== undefined).length;
  if (weighted) losses.push(`${count(weighted, 'branch probability', 'branch probabilities')}`);
  if (data.fields.length) losses.push(count(data.fields.length, 'case data field', 'case data fields'));
  if (scenarios.length) losses.push(count(scenarios.length, 'what-if scenario', 'what-if scenarios'));
  return losses;
}
