import {
  arrayPosition,
  FlowwrightError,
  parsePointer,
  pointerParent,
  processSchema,
  type JsonContainer,
  type ProcessModel,
} from '../model';

function fail(message: string): never {
  throw new FlowwrightError('FW_SIM_BAD_OVERRIDE', message);
}

/**
 * Sets the value at a JSON pointer whose parent exists (array items may be replaced or appended with `-`). The
 * walker is the patch code's, so a path through `__proto__`, `constructor` or `prototype` is refused in the same way.
 */
function setAt(document: JsonContainer, path: string, value: unknown): void {
  const segments = parsePointer(path, 'FW_SIM_BAD_OVERRIDE');
  if (segments.length === 0) fail('an override cannot replace the whole map');
  const parent = pointerParent(document, segments, (reason) => fail(`${path}: ${reason} in the map`));
  const key = segments[segments.length - 1];
  if (Array.isArray(parent)) {
    const index = key === '-' ? parent.length : arrayPosition(key);
    if (index < 0 || index > parent.length) fail(`${path}: "${key}" is not an index of a list of ${parent.length}`);
    parent[index] = value;
  } else parent[key] = value;
}

/**
 * The map with a scenario's overrides applied (JSON pointers into the map, in order), checked again against the
 * schema. Throws FW_SIM_UNKNOWN_SCENARIO or FW_SIM_BAD_OVERRIDE; the given map is not changed.
 */
export function applyScenario(model: ProcessModel, scenarioId: string): ProcessModel {
  const scenario = model.scenarios.find((s) => s.id === scenarioId);
  if (!scenario) throw unknownScenario(model, scenarioId);
  const copy = structuredClone(model) as unknown as JsonContainer;
  for (const override of scenario.overrides) setAt(copy, override.path, structuredClone(override.value));
  const parsed = processSchema.safeParse(copy);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    fail(`scenario "${scenarioId}" makes /${issue.path.join('/')} invalid: ${issue.message}`);
  }
  return parsed.data;
}

function unknownScenario(model: ProcessModel, asked: string): FlowwrightError {
  const known = model.scenarios.map((s) => (s.name ? `"${s.name}" (${s.id})` : s.id)).join(', ') || 'none';
  return new FlowwrightError('FW_SIM_UNKNOWN_SCENARIO', `scenario "${asked}" is not in the map (scenarios: ${known})`);
}

/**
 * The id of the scenario a person named on the command line: its id, or else its name (case and surrounding
 * spaces aside). Throws FW_SIM_UNKNOWN_SCENARIO, listing the map's scenarios by name and id.
 */
export function scenarioIdOf(model: ProcessModel, idOrName: string): string {
  if (model.scenarios.some((s) => s.id === idOrName)) return idOrName;
  const wanted = idOrName.trim().toLowerCase();
  const named = model.scenarios.filter((s) => s.name.trim().toLowerCase() === wanted);
  if (named.length === 1) return named[0].id;
  throw unknownScenario(model, idOrName);
}
