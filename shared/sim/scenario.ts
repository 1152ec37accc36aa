import { FlowwrightError, parsePointer, processSchema, type ProcessModel } from '../model';

type Container = Record<string, unknown> | unknown[];
const isContainer = (value: unknown): value is Container => typeof value === 'object' && value !== null;

function fail(message: string): never {
  throw new FlowwrightError('FW_SIM_BAD_OVERRIDE', message);
}

/** Sets the value at a JSON pointer whose parent exists (array items may be replaced or appended with `-`). */
function setAt(document: unknown, path: string, value: unknown): void {
  const segments = parsePointer(path);
  if (segments.length === 0) fail('an override cannot replace the whole map');
  let parent: unknown = document;
  for (const segment of segments.slice(0, -1)) {
    const next = isContainer(parent) ? (parent as Record<string, unknown>)[segment] : undefined;
    if (!isContainer(next)) fail(`${path}: "${segment}" does not exist in the map`);
    parent = next;
  }
  const key = segments[segments.length - 1];
  if (key === '__proto__') fail(`${path}: the key __proto__ is not allowed`);
  if (Array.isArray(parent)) {
    const index = key === '-' ? parent.length : /^(0|[1-9]\d*)$/.test(key) ? Number(key) : -1;
    if (index < 0 || index > parent.length) fail(`${path}: "${key}" is not an index of a list of ${parent.length}`);
    parent[index] = value;
  } else (parent as Record<string, unknown>)[key] = value;
}

/**
 * The map with a scenario's overrides applied (JSON pointers into the map, in order), checked again against the
 * schema. Throws FW_SIM_UNKNOWN_SCENARIO or FW_SIM_BAD_OVERRIDE; the given map is not changed.
 */
export function applyScenario(model: ProcessModel, scenarioId: string): ProcessModel {
  const scenario = model.scenarios.find((s) => s.id === scenarioId);
  if (!scenario) {
    const known = model.scenarios.map((s) => s.id).join(', ') || 'none';
    throw new FlowwrightError(
      'FW_SIM_UNKNOWN_SCENARIO',
      `scenario "${scenarioId}" is not in the map (scenarios: ${known})`,
    );
  }
  const copy = structuredClone(model);
  for (const override of scenario.overrides) setAt(copy, override.path, structuredClone(override.value));
  const parsed = processSchema.safeParse(copy);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    fail(`scenario "${scenarioId}" makes /${issue.path.join('/')} invalid: ${issue.message}`);
  }
  return parsed.data;
}
