import { pointer, type PatchOp } from '../patch';
import type { ProcessModel, Scenario } from '../schema';
import { createEdit, sameValue, type Edit } from './edit';
import { quoted } from './labels';

/** One change of a scenario: a JSON pointer into the map and the value it takes there. */
export type Override = Scenario['overrides'][number];

/** A scenario as the user knows it: scenario 'One more clerk'. */
export function scenarioPhrase(scenario: Pick<Scenario, 'id' | 'name'>): string {
  return `scenario ${quoted(scenario.name.trim() || scenario.id)}`;
}

/** An id for a new scenario made from its name ("One more clerk" → one-more-clerk), unique among the scenarios. */
export function newScenarioId(model: ProcessModel, name: string): string {
  const base =
    name
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'scenario';
  const taken = new Set(model.scenarios.map((s) => s.id));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

const position = (model: ProcessModel, id: string) => model.scenarios.findIndex((s) => s.id === id);

/** Adds a scenario with no changes yet, i.e. the map as drawn ("Add scenario 'One more clerk'"). Null when unnamed. */
export function addScenario(model: ProcessModel, { name, overrides = [] }: { name: string; overrides?: Override[] }) {
  if (!name.trim()) return null;
  const scenario: Scenario = { id: newScenarioId(model, name), name: name.trim(), overrides };
  const path = pointer('scenarios', model.scenarios.length);
  return createEdit(model, [{ op: 'add', path, value: scenario }], `Add ${scenarioPhrase(scenario)}`, [scenario.id]);
}

/** Renames a scenario; its id (used by `--scenario`) stays. Null when the name is empty or unchanged. */
export function renameScenario(model: ProcessModel, { id, name }: { id: string; name: string }): Edit | null {
  const index = position(model, id);
  if (index < 0 || !name.trim() || name.trim() === model.scenarios[index].name) return null;
  const op: PatchOp = { op: 'replace', path: pointer('scenarios', index, 'name'), value: name.trim() };
  return createEdit(model, [op], `Rename ${scenarioPhrase(model.scenarios[index])}`);
}

/** Copies a scenario with its changes, named "… (copy)", right after it. Null when it does not exist. */
export function duplicateScenario(model: ProcessModel, { id }: { id: string }): Edit | null {
  const index = position(model, id);
  if (index < 0) return null;
  const source = model.scenarios[index];
  const name = `${source.name.trim() || source.id} (copy)`;
  const copy: Scenario = { ...structuredClone(source), id: newScenarioId(model, name), name };
  const op: PatchOp = { op: 'add', path: pointer('scenarios', index + 1), value: copy };
  return createEdit(model, [op], `Duplicate ${scenarioPhrase(source)}`, [copy.id]);
}

/** Deletes a scenario. Null when it does not exist. */
export function deleteScenario(model: ProcessModel, { id }: { id: string }): Edit | null {
  const index = position(model, id);
  if (index < 0) return null;
  const op: PatchOp = { op: 'remove', path: pointer('scenarios', index) };
  return createEdit(model, [op], `Delete ${scenarioPhrase(model.scenarios[index])}`);
}

/**
 * Sets one change of a scenario: an override of the same path is replaced in place, otherwise it is appended
 * ("Change scenario 'One more clerk'"). Null when the scenario does not exist or nothing changes.
 */
export function setScenarioOverride(model: ProcessModel, { id, override }: { id: string; override: Override }) {
  const index = position(model, id);
  if (index < 0) return null;
  const overrides = model.scenarios[index].overrides;
  const at = overrides.findIndex((o) => o.path === override.path);
  if (at >= 0 && sameValue(overrides[at].value, override.value)) return null;
  const op: PatchOp =
    at >= 0
      ? { op: 'replace', path: pointer('scenarios', index, 'overrides', at, 'value'), value: override.value }
      : { op: 'add', path: pointer('scenarios', index, 'overrides', overrides.length), value: override };
  return createEdit(model, [op], `Change ${scenarioPhrase(model.scenarios[index])}`);
}

/** Removes the change at a position of a scenario's list. Null when either does not exist. */
export function removeScenarioOverride(model: ProcessModel, { id, index }: { id: string; index: number }) {
  const s = position(model, id);
  if (s < 0 || index < 0 || index >= model.scenarios[s].overrides.length) return null;
  const op: PatchOp = { op: 'remove', path: pointer('scenarios', s, 'overrides', index) };
  return createEdit(model, [op], `Remove a change from ${scenarioPhrase(model.scenarios[s])}`);
}

const listOverride = /^\/(nodes|flows)\/(\d+)(\/.*)?$/;

/**
 * The patch that keeps scenarios on their elements when nodes and flows are deleted: overrides of a deleted
 * element are dropped and those of later elements follow their element's new position (overrides name elements
 * by list position, as JSON pointers do).
 */
export function scenarioOpsForRemoval(
  model: ProcessModel,
  removed: { nodes: ReadonlySet<string>; flows: ReadonlySet<string> },
): PatchOp[] {
  if (model.scenarios.length === 0) return [];
  // For each list, the new position of every item (-1: removed).
  const positions = (items: readonly { id: string }[], gone: ReadonlySet<string>) => {
    let next = 0;
    return items.map((item) => (gone.has(item.id) ? -1 : next++));
  };
  const moved = { nodes: positions(model.nodes, removed.nodes), flows: positions(model.flows, removed.flows) };
  const ops: PatchOp[] = [];
  model.scenarios.forEach((scenario, s) => {
    const overrides = scenario.overrides.flatMap((o) => {
      const match = listOverride.exec(o.path);
      if (!match) return [o];
      const to = moved[match[1] as 'nodes' | 'flows'][Number(match[2])];
      if (to === undefined) return [o];
      return to < 0 ? [] : [{ ...o, path: `/${match[1]}/${to}${match[3] ?? ''}` }];
    });
    if (!sameValue(overrides, scenario.overrides))
      ops.push({ op: 'replace', path: pointer('scenarios', s, 'overrides'), value: overrides });
  });
  return ops;
}
