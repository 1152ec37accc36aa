import { create } from 'zustand';
import {
  createHistory,
  record,
  redo as redoEntry,
  undo as undoEntry,
  type Edit,
  type History,
  type ProcessModel,
} from '../../shared/model';
import type { Point } from '../../shared/model/geometry';
import { composeEdits, type EditStep } from './composeEdits';

/** Where a node or lane is while a gesture moves it; lanes being resized also carry their height. */
export type Placement = Point & { height?: number };

export interface ApplyOptions {
  /** Consecutive edits with the same key become one undo entry (a burst of arrow-key nudges). */
  mergeKey?: string;
  /** The label of the combined entry when several steps are applied; the first step's label otherwise. */
  label?: string;
  /** Select what the edit created (the default), these ids, or keep the selection as it is. */
  select?: 'created' | 'keep' | readonly string[];
}

/** The editor's state: the open map is the source of truth, React Flow only shows it. */
export interface EditorState {
  /** The workspace id of the open process. */
  processId: string | null;
  model: ProcessModel | null;
  /** Increments on every change of `model`. */
  version: number;
  /** Label of the latest change ("Add User task", "Undo Rename …") and whether undo can revert it. */
  lastChange: { label: string; captured: boolean } | null;
  /** Selected node, flow and lane ids. */
  selection: string[];
  history: History;
  /** Positions of nodes and lane tops (and lane heights) while dragged or resized; committed when the gesture ends. */
  dragging: ReadonlyMap<string, Placement>;
  /** A short message for the user about the last thing that could not be done. */
  notice: string | null;

  /** A load: not captured for undo; clears history and selection. */
  open(processId: string, model: ProcessModel): void;
  /** A captured whole-model change, e.g. restoring a revision. */
  replaceModel(model: ProcessModel, label: string): void;
  close(): void;
  undo(): void;
  redo(): void;
  /** Applies edit steps as one undo entry; returns the combined edit, or null when nothing changed. */
  apply(steps: EditStep | readonly EditStep[], options?: ApplyOptions): Edit | null;
  select(ids: readonly string[]): void;
  setDragging(positions: ReadonlyMap<string, Placement>): void;
  setNotice(notice: string | null): void;
}

const noDrag: ReadonlyMap<string, Placement> = new Map();

/** Ids of the selection that still exist in the model. */
function surviving(model: ProcessModel, selection: readonly string[]): string[] {
  if (selection.length === 0) return selection as string[];
  const ids = new Set<string>();
  for (const list of [model.nodes, model.flows, model.lanes, model.participants ?? []])
    for (const element of list) ids.add(element.id);
  const kept = selection.filter((id) => ids.has(id));
  return kept.length === selection.length ? (selection as string[]) : kept;
}

export const useEditor = create<EditorState>()((set, get) => {
  /** Moves through history in one direction; a model that no longer fits the history drops the history. */
  function travel(step: typeof undoEntry, verb: 'Undo' | 'Redo'): void {
    const { model, history, selection, version } = get();
    if (!model) return;
    const entry = verb === 'Undo' ? history.undoStack.at(-1) : history.redoStack.at(-1);
    try {
      const next = step(history, model);
      if (!next || !entry) return;
      set({
        model: next.model,
        history: next.history,
        version: version + 1,
        lastChange: { label: `${verb} ${entry.label}`, captured: true },
        selection: surviving(next.model, selection),
        dragging: noDrag,
        notice: null,
      });
    } catch (error) {
      set({
        history: createHistory(),
        notice: `${verb} failed: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }

  /** Shows a map (or none) afresh: nothing selected, no history, no gesture, no notice. */
  function load(processId: string | null, model: ProcessModel | null): void {
    set({
      processId,
      model,
      version: get().version + 1,
      lastChange: null,
      selection: [],
      history: createHistory(),
      dragging: noDrag,
      notice: null,
    });
  }

  return {
    processId: null,
    model: null,
    version: 0,
    lastChange: null,
    selection: [],
    history: createHistory(),
    dragging: noDrag,
    notice: null,

    open: load,

    replaceModel(model, label) {
      const current = get().model;
      if (!current) return;
      get().apply(
        () => ({
          patch: [{ op: 'replace', path: '', value: model }],
          inverse: [{ op: 'replace', path: '', value: current }],
          label,
        }),
        { select: 'keep' },
      );
    },

    close: () => load(null, null),

    undo: () => travel(undoEntry, 'Undo'),
    redo: () => travel(redoEntry, 'Redo'),

    apply(steps, options = {}) {
      const { model, history, selection, version } = get();
      if (!model) return null;
      const composed = composeEdits(model, Array.isArray(steps) ? steps : [steps as EditStep], options.label);
      if (!composed) return null;
      const { edit, model: next } = composed;
      const select = options.select ?? 'created';
      const chosen =
        select === 'keep'
          ? surviving(next, selection)
          : select === 'created'
            ? edit.created?.length
              ? [...edit.created]
              : surviving(next, selection)
            : [...select];
      set({
        model: next,
        history: record(history, { ...edit, mergeKey: options.mergeKey }),
        version: version + 1,
        lastChange: { label: edit.label, captured: true },
        selection: chosen,
        dragging: noDrag,
        notice: null,
      });
      return edit;
    },

    select(ids) {
      const current = get().selection;
      if (ids.length === current.length && ids.every((id, i) => id === current[i])) return;
      set({ selection: [...ids] });
    },

    setDragging(positions) {
      set({ dragging: positions });
    },

    setNotice(notice) {
      if (get().notice !== notice) set({ notice });
    },
  };
});
