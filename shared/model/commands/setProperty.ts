import { applyPatchWithInverse, pointer, type PatchOp } from '../patch';
import { isPrototypeKey } from '../pointer';
import { flowSchema, laneSchema, nodeSchema, type Flow, type FlowNode, type ProcessModel } from '../schema';
import { conformsExactly, findElement, listKey, sameValue, withoutUndefined, type Edit, type ElementRef } from './edit';
import { elementPhrase, propertyPhrase } from './labels';
import { nodeReferencesValid, flowEndsValid } from './references';

export interface SetPropertyArgs {
  target: ElementRef;
  /** The field, or the path to a nested one such as ['sim', 'duration']. */
  path: string | readonly string[];
  /** The new value; undefined removes the key. */
  value: unknown;
}

const schemas = { node: nodeSchema, flow: flowSchema, lane: laneSchema };

const referenceFields: Record<ElementRef['kind'], readonly string[]> = {
  node: ['lane', 'parent', 'attachedTo'],
  flow: ['source', 'target'],
  lane: [],
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The operation that sets `keys` under `element` (missing objects on the way are created) or removes it. */
function setOp(element: unknown, base: string, keys: readonly string[], value: unknown): PatchOp | null {
  let current = element;
  for (const [depth, key] of keys.entries()) {
    if (!isRecord(current)) return null;
    const path = base + pointer(...keys.slice(0, depth + 1));
    const exists = current[key] !== undefined;
    if (depth === keys.length - 1 || !exists) {
      if (value === undefined) return exists && depth === keys.length - 1 ? { op: 'remove', path } : null;
      const nested = keys
        .slice(depth + 1)
        .reduceRight<unknown>((inner, k) => ({ [k]: inner }), withoutUndefined(value));
      if (exists && sameValue(current[key], nested)) return null;
      return { op: exists ? 'replace' : 'add', path, value: nested };
    }
    current = current[key];
  }
  return null;
}

/**
 * Sets or removes any field of a node, flow or lane, nested ones included ("Set fixed cost of 'Review'").
 * Null when nothing changes, the field is the id or unknown, the element would break the schema, or its
 * references would not hold (see nodeReferencesValid and flowEndsValid).
 */
export function setProperty(model: ProcessModel, { target, path, value }: SetPropertyArgs): Edit | null {
  const keys = typeof path === 'string' ? [path] : path;
  if (keys.some(isPrototypeKey)) return null;
  const schema = schemas[target.kind];
  if (keys.length === 0 || keys[0] === 'id' || !Object.hasOwn(schema.shape, keys[0])) return null;
  const found = findElement(model, target);
  if (!found) return null;
  const op = setOp(found.element, pointer(listKey[target.kind], found.index), keys, value);
  if (!op) return null;
  const { model: next, inverse } = applyPatchWithInverse(model, [op]);
  const changed = next[listKey[target.kind]][found.index] as unknown as Record<string, unknown>;
  if (!conformsExactly(schema, changed)) return null;
  // Only a changed reference is checked, so that other fields of an element a file left broken stay editable.
  const reference = referenceFields[target.kind].includes(keys[0]);
  if (reference && target.kind === 'node' && !nodeReferencesValid(next, changed as FlowNode)) return null;
  if (reference && target.kind === 'flow' && !flowEndsValid(next, changed as Flow)) return null;
  const verb = value === undefined ? 'Clear' : 'Set';
  const label = `${verb} ${propertyPhrase(keys[keys.length - 1])} of ${elementPhrase(model, target.kind, target.id)}`;
  return { patch: [op], inverse, label };
}
