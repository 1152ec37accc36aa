import type { Edit } from './commands/edit';
import { applyPatch, parsePointer, pointer, type Patch, type PatchOp } from './patch';
import type { ProcessModel } from './schema';

/** One undoable step; consecutive entries with the same mergeKey (one drag, one typing burst) become one. */
export interface HistoryEntry {
  patch: Patch;
  inverse: Patch;
  label: string;
  mergeKey?: string;
}

/** Undo and redo stacks; plain immutable data, changed only through the functions below. */
export interface History {
  /** Oldest first; the last entry is undone next. */
  readonly undoStack: readonly HistoryEntry[];
  /** The last entry is redone next. */
  readonly redoStack: readonly HistoryEntry[];
  /** At most this many entries are kept for undo; older ones are forgotten. */
  readonly limit: number;
}

export const DEFAULT_HISTORY_LIMIT = 500;

/** An empty history keeping at most `limit` undo entries. */
export function createHistory(limit = DEFAULT_HISTORY_LIMIT): History {
  return { undoStack: [], redoStack: [], limit: Math.max(1, Math.floor(limit)) };
}

const onlyReplaces = (patch: Patch) => patch.every((op) => op.op === 'replace');

/** Whether some path of the set lies inside another, e.g. /nodes/3 and /nodes/3/x. */
function nested(paths: ReadonlySet<string>): boolean {
  for (const path of paths) {
    const keys = parsePointer(path);
    for (let depth = 0; depth < keys.length; depth++) if (paths.has(pointer(...keys.slice(0, depth)))) return true;
  }
  return false;
}

/**
 * One entry doing `first` then `second`. When both only replace values at paths not inside each other, as a
 * drag does, the patches are folded path by path so that a long gesture stays as small as one step of it.
 */
function mergeEntries(first: HistoryEntry, second: HistoryEntry): HistoryEntry {
  const merged = { label: second.label, mergeKey: second.mergeKey };
  const paths = new Set([...first.patch, ...second.patch].map((op) => op.path));
  if (!onlyReplaces(first.patch) || !onlyReplaces(second.patch) || nested(paths))
    return { ...merged, patch: [...first.patch, ...second.patch], inverse: [...second.inverse, ...first.inverse] };
  const forward = new Map<string, PatchOp>();
  for (const op of [...first.patch, ...second.patch]) forward.set(op.path, op);
  // The value to go back to is the one before the first write to each path.
  const backward = new Map<string, PatchOp>();
  for (const op of [...first.inverse, ...second.inverse]) if (!backward.has(op.path)) backward.set(op.path, op);
  return { ...merged, patch: [...forward.values()], inverse: [...backward.values()] };
}

/** Adds an entry to undo and clears redo; merges it into the previous entry when their mergeKeys match. */
export function record(history: History, entry: HistoryEntry): History {
  const { patch, inverse, label, mergeKey } = entry;
  const lean: HistoryEntry = mergeKey === undefined ? { patch, inverse, label } : { patch, inverse, label, mergeKey };
  const last = history.undoStack[history.undoStack.length - 1];
  const merges = mergeKey !== undefined && last?.mergeKey === mergeKey && history.redoStack.length === 0;
  const undoStack = merges
    ? [...history.undoStack.slice(0, -1), mergeEntries(last, lean)]
    : [...history.undoStack, lean];
  return { ...history, undoStack: undoStack.slice(-history.limit), redoStack: [] };
}

/** Whether there is an entry to undo. */
export const canUndo = (history: History): boolean => history.undoStack.length > 0;

/** Whether there is an entry to redo. */
export const canRedo = (history: History): boolean => history.redoStack.length > 0;

/** Label of the entry undo would revert ("Undo Move 'Review'" in a menu), if any. */
export const undoLabel = (history: History): string | undefined =>
  history.undoStack[history.undoStack.length - 1]?.label;

/** Label of the entry redo would repeat, if any. */
export const redoLabel = (history: History): string | undefined =>
  history.redoStack[history.redoStack.length - 1]?.label;

/** A model with the history it belongs to: what an editor holds. */
export interface EditorState {
  model: ProcessModel;
  history: History;
}

/** Reverts the last entry; null when there is none. Throws FW_MODEL_PATCH if the model no longer fits it. */
export function undo(history: History, model: ProcessModel): EditorState | null {
  const entry = history.undoStack[history.undoStack.length - 1];
  if (!entry) return null;
  return {
    model: applyPatch(model, entry.inverse),
    history: { ...history, undoStack: history.undoStack.slice(0, -1), redoStack: [...history.redoStack, entry] },
  };
}

/** Repeats the last undone entry; null when there is none. Throws FW_MODEL_PATCH if the model no longer fits it. */
export function redo(history: History, model: ProcessModel): EditorState | null {
  const entry = history.redoStack[history.redoStack.length - 1];
  if (!entry) return null;
  return {
    model: applyPatch(model, entry.patch),
    history: { ...history, undoStack: [...history.undoStack, entry], redoStack: history.redoStack.slice(0, -1) },
  };
}

/**
 * Whether a write is captured for undo: 'capture' records it (merging by mergeKey); 'ignore' applies it
 * without an entry, for changes the user did not make as an edit (measured sizes, programmatic updates).
 */
export type CapturePolicy = 'capture' | 'ignore';

/** A load: a model with an empty history, since loading is not an edit the user can undo. */
export function startEditing(model: ProcessModel, limit = DEFAULT_HISTORY_LIMIT): EditorState {
  return { model, history: createHistory(limit) };
}

const isScalar = (value: unknown) => typeof value !== 'object' || value === null;

/**
 * Applies an edit and records it or not, as `capture` says. Recorded patches address array items by index,
 * so an uncaptured write keeps the history only when it replaces scalar values (a size, a name); any other
 * uncaptured write could shift what those indexes point at, and clears the history.
 */
export function commit(
  state: EditorState,
  edit: Edit | null,
  options: { capture: CapturePolicy; mergeKey?: string },
): EditorState {
  if (!edit) return state;
  const model = applyPatch(state.model, edit.patch);
  if (options.capture === 'capture')
    return { model, history: record(state.history, { ...edit, mergeKey: options.mergeKey }) };
  const harmless = [...edit.patch, ...edit.inverse].every((op) => op.op === 'replace' && isScalar(op.value));
  return { model, history: harmless ? state.history : createHistory(state.history.limit) };
}
