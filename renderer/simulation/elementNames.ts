import type { ProcessModel } from '../../shared/model';
import { nodeTitle } from '../canvas/elementLabels';

/** How the panel names an element of a report or a problem, and whether it can be shown on the map. */
export interface ElementLabel {
  name: string;
  onMap: boolean;
}

/**
 * Names for the ids a report or a problem list mentions: nodes, flows and lanes (which are on the map), pools,
 * calendars and scenarios (which are settings), the arrivals and the map itself.
 */
export function elementLabeller(model: ProcessModel): (id: string) => ElementLabel {
  const labels = new Map<string, ElementLabel>();
  const add = (id: string, name: string, onMap: boolean) => {
    if (!labels.has(id)) labels.set(id, { name, onMap });
  };
  for (const node of model.nodes) add(node.id, nodeTitle(node), true);
  for (const flow of model.flows) add(flow.id, flow.name?.trim() || `Flow ${flow.id}`, true);
  for (const lane of model.lanes) add(lane.id, lane.name.trim() || `Lane ${lane.id}`, true);
  for (const pool of model.simulation.resources) add(pool.id, `Pool ${pool.name.trim() || pool.id}`, false);
  for (const calendar of model.simulation.calendars)
    add(calendar.id, `Calendar ${calendar.name?.trim() || calendar.id}`, false);
  for (const scenario of model.scenarios) add(scenario.id, `Scenario ${scenario.name.trim() || scenario.id}`, false);
  add('arrivals', 'Arrivals', false);
  add(model.id, 'The map', false);
  return (id) => labels.get(id) ?? { name: id, onMap: false };
}

/** A pool's display name. */
export function poolName(model: ProcessModel, id: string): string {
  const pool = model.simulation.resources.find((r) => r.id === id);
  return pool?.name.trim() || id;
}
