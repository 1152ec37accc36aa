import type { ZodType } from 'zod';
import { applyPatchWithInverse, type Patch } from '../patch';
import type { Flow, FlowNode, Lane, ProcessModel } from '../schema';

/** What an edit command returns: the change, its undo, and a short description for menus and history. */
export interface Edit {
  patch: Patch;
  /** Undoes `patch` when applied to the model `patch` produced. */
  inverse: Patch;
  /** A short human description such as "Add User task" or "Delete 3 elements". */
  label: string;
  /** Ids of the elements the edit created, in order, so that the caller can select them. */
  created?: readonly string[];
}

/** The kinds of element a command can address by id. */
export type ElementKind = 'node' | 'flow' | 'lane';

/** One node, flow or lane of the model. */
export interface ElementRef {
  kind: ElementKind;
  id: string;
}

/** The model array that holds elements of a kind. */
export const listKey = { node: 'nodes', flow: 'flows', lane: 'lanes' } as const;

/** Builds an edit from a forward patch (values lose keys holding undefined) and its derived inverse; null if empty. */
export function createEdit(model: ProcessModel, patch: Patch, label: string, created?: readonly string[]): Edit | null {
  if (patch.length === 0) return null;
  patch = patch.map((op) => (op.value === undefined ? op : { ...op, value: withoutUndefined(op.value) }));
  const { inverse } = applyPatchWithInverse(model, patch);
  return created ? { patch, inverse, label, created } : { patch, inverse, label };
}

/** The element of a kind with the given id and its index in its list, or undefined. */
export function findElement(
  model: ProcessModel,
  ref: ElementRef,
): { element: FlowNode | Flow | Lane; index: number } | undefined {
  const list: readonly (FlowNode | Flow | Lane)[] = model[listKey[ref.kind]];
  const index = list.findIndex((element) => element.id === ref.id);
  return index < 0 ? undefined : { element: list[index], index };
}

/** Index of each element by id, for commands that touch many elements at once. */
export function indexById<T extends { id: string }>(list: readonly T[]): Map<string, number> {
  const index = new Map<string, number>();
  list.forEach((element, i) => {
    if (!index.has(element.id)) index.set(element.id, i);
  });
  return index;
}

const definedKeys = (value: object) =>
  Object.keys(value).filter((key) => (value as Record<string, unknown>)[key] !== undefined);

/** Structural equality of JSON-like values (a key holding undefined counts as absent), used to refuse no-op edits. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = definedKeys(a);
  if (keysA.length !== definedKeys(b).length) return false;
  return keysA.every((key) => sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/**
 * The value without keys that hold undefined, at any depth, so that none enters the model (JSON has no
 * undefined, and undo must restore keys exactly). Returns the value itself when there is nothing to drop.
 */
export function withoutUndefined<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const items = value.map(withoutUndefined);
    return (items.every((item, i) => item === value[i]) ? value : items) as T;
  }
  const entries = Object.entries(value);
  const kept = entries.filter(([, v]) => v !== undefined).map(([k, v]) => [k, withoutUndefined(v)] as const);
  const same = kept.length === entries.length && kept.every(([k, v]) => v === (value as Record<string, unknown>)[k]);
  return same ? value : (Object.fromEntries(kept) as T);
}

/**
 * Whether a value is exactly what its schema makes of it: valid, with no default left to fill in and no
 * unknown key to drop. Commands check changed elements with it so that the model stays in parsed form.
 */
export function conformsExactly(schema: ZodType, value: unknown): boolean {
  const parsed = schema.safeParse(value);
  return parsed.success && sameValue(parsed.data, value);
}
