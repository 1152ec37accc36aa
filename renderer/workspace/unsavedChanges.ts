import type { ProcessModel } from '../../shared/model/schema';
import { processName } from './processRepository';
import type { SaveConflictError } from './saveConflict';

/** Changes of one process that are not stored yet: its newest model and the labels of the changes since. */
export interface UnsavedChange {
  processId: string;
  model: ProcessModel;
  labels: string[];
  /** The unload journal entry that holds this change, if one was written; dropped once the change is stored. */
  journalSeq: number | null;
}

/** The later of two journal entries (sequence numbers grow); the merged change holds both. */
function laterSeq(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.max(a, b);
}

/**
 * The bookkeeping of the autosave, per process: changes waiting to be written, the one being written, the
 * stored revision each process's edits are based on, and the saves that failed or were refused. A change is
 * only ever removed here once it is stored or the person chose to drop it.
 */
export function createUnsavedChanges() {
  const queued = new Map<string, UnsavedChange>();
  const failures = new Map<string, string>();
  const conflicts = new Map<string, SaveConflictError>();
  const bases = new Map<string, number>();
  let writing: UnsavedChange | null = null;

  /** The newest unsaved state of a process: queued edits on top of the one being written. */
  function newest(processId: string): UnsavedChange | null {
    const inFlight = writing?.processId === processId ? writing : null;
    const waiting = queued.get(processId) ?? null;
    if (!inFlight || !waiting) return waiting ?? inFlight;
    return { ...waiting, labels: [...inFlight.labels, ...waiting.labels] };
  }

  return {
    queued,
    failures,
    conflicts,
    bases,
    get writing() {
      return writing;
    },
    set writing(change: UnsavedChange | null) {
      writing = change;
    },
    newest,

    /** Adds an edit of the editor: the model replaces the queued one, the label joins its labels. */
    add(processId: string, model: ProcessModel, label: string): void {
      const waiting = queued.get(processId);
      if (waiting) {
        waiting.model = model;
        waiting.labels.push(label);
      } else queued.set(processId, { processId, model, labels: [label], journalSeq: null });
    },

    /** Takes the queued changes of processes that may be written now (none waits for a choice). */
    takeWritable(): UnsavedChange[] {
      const taken = [...queued.values()].filter((change) => !conflicts.has(change.processId));
      for (const change of taken) queued.delete(change.processId);
      return taken;
    },

    /** Puts a change whose write failed back; edits made meanwhile are newer and keep their model. */
    requeue(change: UnsavedChange): void {
      const waiting = queued.get(change.processId);
      queued.set(
        change.processId,
        waiting
          ? {
              ...waiting,
              labels: [...change.labels, ...waiting.labels],
              journalSeq: laterSeq(waiting.journalSeq, change.journalSeq),
            }
          : change,
      );
    },

    /** Whether the process has changes that are not stored (waiting, being written, failed or held). */
    has(processId: string): boolean {
      return queued.has(processId) || writing?.processId === processId || conflicts.has(processId);
    },

    /** Forgets everything unsaved of a process (stored elsewhere, or dropped by the person's choice). */
    drop(processId: string): void {
      queued.delete(processId);
      failures.delete(processId);
      conflicts.delete(processId);
    },

    /** Processes with anything unsaved. */
    processIds(): string[] {
      const ids = new Set([...queued.keys(), ...conflicts.keys()]);
      if (writing) ids.add(writing.processId);
      return [...ids];
    },

    /** A name for messages about a process that may not be the open one. */
    nameOf(processId: string): string {
      const change = newest(processId);
      return change ? processName(change.model) : 'a process';
    },
  };
}

export type UnsavedChanges = ReturnType<typeof createUnsavedChanges>;
