import type { ZodType } from 'zod';
import { pointer, type PatchOp } from '../patch';
import { processSchema, simulationSchema, type ProcessModel, type SimulationSettings } from '../schema';
import { sameValue, createEdit, type Edit } from './edit';
import { propertyPhrase } from './labels';

/** Top-level settings of a process; nodes, flows and lanes have their own commands. */
export type ProcessSettings = Partial<
  Pick<ProcessModel, 'id' | 'name' | 'description' | 'currency' | 'data' | 'scenarios' | 'extensions'>
>;

export interface UpdateModelArgs {
  /** Top-level fields to change; undefined removes an optional one or resets one that has a default. */
  settings?: ProcessSettings;
  /** Simulation settings to change, same rule for undefined. */
  simulation?: Partial<SimulationSettings>;
}

const settingKeys: readonly string[] = ['id', 'name', 'description', 'currency', 'data', 'scenarios', 'extensions'];

/** The operations setting `changes` on `target` at `base`; null when a key is not allowed or a value invalid. */
function fieldOps(
  target: Record<string, unknown>,
  base: string,
  changes: Record<string, unknown>,
  shape: Record<string, ZodType>,
  allowed: readonly string[],
): PatchOp[] | null {
  const ops: PatchOp[] = [];
  for (const [key, value] of Object.entries(changes)) {
    if (!allowed.includes(key)) return null;
    // Parsing fills in defaults, so undefined resets a defaulted field and stays undefined for an optional one.
    const parsed = shape[key].safeParse(value);
    if (!parsed.success) return null;
    if (sameValue(target[key], parsed.data)) continue;
    if (parsed.data === undefined) ops.push({ op: 'remove', path: base + pointer(key) });
    else ops.push({ op: target[key] === undefined ? 'add' : 'replace', path: base + pointer(key), value: parsed.data });
  }
  return ops;
}

/**
 * Changes top-level and simulation settings ("Set currency", "Set simulation cases", "Edit process settings").
 * Values are parsed with the schema, so defaults are filled in. Null when a key is not a setting, a value is
 * invalid, or nothing changes.
 */
export function updateModel(model: ProcessModel, { settings = {}, simulation = {} }: UpdateModelArgs): Edit | null {
  const top = fieldOps(model, '', settings, processSchema.shape, settingKeys);
  const sim = fieldOps(
    model.simulation,
    '/simulation',
    simulation,
    simulationSchema.shape,
    Object.keys(simulationSchema.shape),
  );
  if (!top || !sim) return null;
  const changed = [...top, ...sim];
  const only = changed.length === 1 ? changed[0].path.split('/') : undefined;
  const label = only
    ? `Set ${only.length > 2 ? 'simulation ' : ''}${propertyPhrase(only[only.length - 1])}`
    : top.length === 0
      ? 'Edit simulation settings'
      : 'Edit process settings';
  return createEdit(model, changed, label);
}
