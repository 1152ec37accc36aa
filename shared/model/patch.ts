import { FlowwrightError } from './errors';
import {
  arrayPosition,
  isJsonContainer as isContainer,
  parsePointer,
  pointerParent,
  pointer,
  type JsonContainer,
} from './pointer';
import type { ProcessModel } from './schema';

export { parsePointer, pointer };

/** One JSON Patch operation (the add/remove/replace subset of RFC 6902) addressed by a JSON pointer. */
export interface PatchOp {
  op: 'add' | 'remove' | 'replace';
  path: string;
  value?: unknown;
}

/** An ordered list of operations; each one addresses the document as the operations before it left it. */
export type Patch = readonly PatchOp[];

type Container = JsonContainer;

function fail(op: PatchOp, reason: string): never {
  throw new FlowwrightError('FW_MODEL_PATCH', `cannot ${op.op} ${op.path || '(the whole model)'}: ${reason}`);
}

function arrayIndex(op: PatchOp, array: unknown[], key: string, insert: boolean): number {
  if (insert && key === '-') return array.length;
  const index = arrayPosition(key);
  if (index < 0) fail(op, `"${key}" is not an array index`);
  if (index > (insert ? array.length : array.length - 1)) fail(op, `index ${index} is past the end (${array.length})`);
  return index;
}

/** Whether the object has the key. As in JSON, a key holding undefined counts as absent. */
function ownKey(object: Record<string, unknown>, key: string): boolean {
  return Object.hasOwn(object, key) && object[key] !== undefined;
}

/** Applies the last segment of one operation to its (already copied) parent; returns the operation undoing it. */
function applyAt(parent: Container, key: string, op: PatchOp): PatchOp {
  if (op.op !== 'add' && op.op !== 'remove' && op.op !== 'replace') fail(op, 'unknown operation');
  if ((op.op === 'add' || op.op === 'replace') && op.value === undefined) fail(op, 'the value is missing');
  if (Array.isArray(parent)) {
    const index = arrayIndex(op, parent, key, op.op === 'add');
    const path = op.path.slice(0, op.path.lastIndexOf('/') + 1) + index;
    if (op.op === 'add') {
      parent.splice(index, 0, op.value);
      return { op: 'remove', path };
    }
    if (op.op === 'remove') return { op: 'add', path, value: parent.splice(index, 1)[0] };
    const old = parent[index];
    parent[index] = op.value;
    return { op: 'replace', path, value: old };
  }
  const existed = ownKey(parent, key);
  const old = parent[key];
  if (op.op === 'add') {
    parent[key] = op.value;
    return existed ? { op: 'replace', path: op.path, value: old } : { op: 'remove', path: op.path };
  }
  if (!existed) fail(op, `there is no "${key}"`);
  if (op.op === 'remove') {
    delete parent[key];
    return { op: 'add', path: op.path, value: old };
  }
  parent[key] = op.value;
  return { op: 'replace', path: op.path, value: old };
}

/**
 * Applies a patch without touching the input and returns the new model with the patch that undoes it.
 * Only the containers on the paths the patch addresses are copied (each at most once per call), so every
 * untouched node, flow and lane keeps its identity.
 */
export function applyPatchWithInverse(model: ProcessModel, patch: Patch): { model: ProcessModel; inverse: Patch } {
  const copies = new WeakSet<object>();
  const own = (value: Container): Container => {
    if (copies.has(value)) return value;
    const copy = Array.isArray(value) ? value.slice() : { ...value };
    copies.add(copy);
    return copy;
  };
  const undo: PatchOp[] = [];
  let root: unknown = model;
  for (const op of patch) {
    const keys = parsePointer(op.path);
    if (keys.length === 0) {
      if (op.op !== 'replace' || !isContainer(op.value)) fail(op, 'the whole model can only be replaced by an object');
      undo.push({ op: 'replace', path: '', value: root });
      root = op.value;
      continue;
    }
    if (!isContainer(root)) fail(op, 'the model is not an object');
    const top = own(root);
    root = top;
    const parent = pointerParent(top, keys, (reason) => fail(op, reason), own);
    undo.push(applyAt(parent, keys[keys.length - 1], op));
  }
  return { model: root as ProcessModel, inverse: undo.reverse() };
}

/** Applies a patch immutably with structural sharing; throws FW_MODEL_PATCH when a path does not exist. */
export function applyPatch(model: ProcessModel, patch: Patch): ProcessModel {
  return applyPatchWithInverse(model, patch).model;
}

/** The patch that undoes `patch` when applied to the model `patch` produces from `model`. */
export function invertPatch(model: ProcessModel, patch: Patch): Patch {
  return applyPatchWithInverse(model, patch).inverse;
}
