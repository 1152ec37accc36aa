import type { EditorBinding, EditorSnapshot } from './editorBinding';
import type { ProcessSummary, SaveChange } from './repository';
import { foldLabels } from './revisionDescription';
import { isSaveConflict, type SaveConflictError } from './saveConflict';
import type { UnloadJournal } from './unloadJournal';
import { createUnsavedChanges, type UnsavedChange } from './unsavedChanges';

/**
 * What the top bar says. "saved" means every change made in this window is stored; a save that failed or was
 * refused keeps the state "failed" until it is stored or the person chose what to do with it.
 */
export type SaveStatus =
  | { state: 'saved' }
  | { state: 'pending' }
  /** `canRetry` is false while changes wait for a choice after another window saved or deleted their process. */
  | { state: 'failed'; message: string; canRetry: boolean };

export interface AutosaveOptions {
  editor: EditorBinding;
  saveChange(change: SaveChange): Promise<{ summary: ProcessSummary; revisionId: number }>;
  /** Quiet time after the last change before saving. */
  delayMs?: number;
  /** A revision takes further saves for this long after it started; then a new one begins. */
  coalesceMs?: number;
  /** …or until it names this many changes. */
  maxLabels?: number;
  /** First wait before a failed save is tried again; it doubles while saves keep failing, up to a minute. */
  retryMs?: number;
  now?: () => number;
  /** Where unsaved changes go synchronously when the page is hidden. */
  journal?: UnloadJournal;
  onSaved?(summary: ProcessSummary): void;
  onStatus?(status: SaveStatus): void;
  /** Another window saved or deleted a process with unsaved changes here: they are held until a choice is made. */
  onConflict?(conflict: SaveConflictError): void;
}

/** The stored revision a loaded model is, so that saving it again is checked against what is stored then. */
export interface LoadedBase {
  processId: string;
  revision: number;
}

interface OpenRevision {
  processId: string;
  revisionId: number;
  startedAt: number;
  labels: string[];
}

const maxRetryMs = 60_000;

/**
 * Saves the editor's model shortly after each change (once attached) and records revisions, folding a burst of
 * changes (a drag, typing) into one. Changes made through `whileLoading` are loads, not edits, and are not saved.
 * Each process's changes are kept until stored: a failed save is retried, a save refused because another window
 * changed the process is held for the person to choose (reload, or keep theirs as a copy).
 */
export function createAutosave(options: AutosaveOptions) {
  const { editor, saveChange, delayMs = 400, coalesceMs = 10_000, maxLabels = 12, now = Date.now } = options;
  const retryMs = options.retryMs ?? 2000;
  const unsaved = createUnsavedChanges();
  let open: OpenRevision | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let retryDelay = retryMs;
  let loading = false;
  let chain: Promise<void> = Promise.resolve();
  let reported = '';
  let attached = false;

  function status(): SaveStatus {
    const openId = editor.getState().processId;
    for (const conflict of unsaved.conflicts.values())
      return { state: 'failed', message: conflict.message, canRetry: false };
    for (const [processId, message] of unsaved.failures) {
      const about = processId === openId ? message : `"${unsaved.nameOf(processId)}": ${message}`;
      return { state: 'failed', message: about, canRetry: true };
    }
    return unsaved.queued.size > 0 || unsaved.writing ? { state: 'pending' } : { state: 'saved' };
  }

  function report(): void {
    const next = status();
    const text = JSON.stringify(next);
    if (text === reported) return;
    reported = text;
    options.onStatus?.(next);
  }

  function hold(conflict: SaveConflictError): void {
    if (unsaved.conflicts.has(conflict.processId)) return;
    unsaved.conflicts.set(conflict.processId, conflict);
    unsaved.failures.delete(conflict.processId);
    report();
    options.onConflict?.(conflict);
  }

  function scheduleRetry(): void {
    clearTimeout(retryTimer);
    if (!attached) return; // a detached autosave is being disposed: its last flush is not retried
    retryTimer = setTimeout(() => void flush(), retryDelay);
    retryDelay = Math.min(retryDelay * 2, maxRetryMs);
  }

  async function write(change: UnsavedChange): Promise<void> {
    const { processId } = change;
    const base = unsaved.bases.get(processId);
    const continued = open && open.processId === processId ? foldLabels(open.labels, change.labels) : null;
    const extend =
      open && continued && now() - open.startedAt < coalesceMs && continued.length <= maxLabels ? open : null;
    const labels = extend ? continued! : foldLabels([], change.labels);
    unsaved.writing = change;
    report();
    try {
      // A model that was not loaded through whileLoading has no known base: refusing beats a blind overwrite.
      if (base === undefined) throw new Error('it was not loaded from the workspace, so it cannot be checked');
      const { summary, revisionId } = await saveChange({
        processId,
        model: change.model,
        labels,
        extendRevision: extend?.revisionId ?? null,
        baseRevision: base,
      });
      unsaved.bases.set(processId, summary.revision);
      unsaved.failures.delete(processId);
      open = extend ? { ...extend, labels } : { processId, revisionId, startedAt: now(), labels };
      // Read after the await: a journal entry written while this save was on its way names it too.
      options.journal?.committed(processId, change.journalSeq, summary.revision);
      retryDelay = retryMs;
      options.onSaved?.(summary);
    } catch (error) {
      unsaved.requeue(change);
      if (isSaveConflict(error)) hold(error);
      else {
        unsaved.failures.set(processId, error instanceof Error ? error.message : String(error));
        scheduleRetry();
      }
    } finally {
      unsaved.writing = null;
      report();
    }
  }

  async function writeQueued(): Promise<void> {
    for (const change of unsaved.takeWritable()) await write(change);
  }

  function flush(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    // What is written is taken when the write starts, so that a retry never writes an older model over a newer one.
    chain = chain.then(writeQueued);
    return chain;
  }

  function onEditorChange(state: EditorSnapshot, previous: EditorSnapshot): void {
    if (state.processId !== previous.processId) {
      void flush(); // each process's changes hold their own model, so switching maps loses nothing
      return;
    }
    if (loading || !state.processId || !state.model || state.model === previous.model) return;
    unsaved.add(state.processId, state.model, state.lastChange?.label ?? 'Change');
    report();
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), delayMs);
  }

  /** Saves what is pending and makes the next change start a revision of its own. */
  function seal(): Promise<void> {
    void flush();
    chain = chain.then(() => {
      open = null;
    });
    return chain;
  }

  return {
    /** Saves what is pending now; resolves when every save so far is written or has failed. */
    flush,
    /** Tries failed saves again now. */
    retry(): Promise<void> {
      retryDelay = retryMs;
      return flush();
    },
    /** As flush, and first puts every unsaved change in the journal, for a page that is being hidden or closed. */
    flushForUnload(): Promise<void> {
      const { journal } = options;
      if (journal)
        for (const processId of unsaved.processIds()) {
          const change = unsaved.newest(processId);
          const baseRevision = unsaved.bases.get(processId);
          if (!change || baseRevision === undefined) continue;
          const seq = journal.write({ processId, model: change.model, labels: change.labels, baseRevision });
          // The entry is dropped when the object it came from is stored: the queued edits, or else the one in flight.
          const holder = unsaved.queued.get(processId) ?? unsaved.writing;
          if (holder) holder.journalSeq = seq;
        }
      return flush();
    },
    seal,
    /**
     * Runs a load (open, close) of the editor: the model it sets is not a change to save. `base` is the stored
     * revision of the model being opened, which its next save is checked against.
     */
    whileLoading(load: () => void, base?: LoadedBase): Promise<void> {
      const saved = seal();
      loading = true;
      try {
        load();
      } finally {
        loading = false;
      }
      if (base) unsaved.bases.set(base.processId, base.revision);
      return saved;
    },
    /** Whether a process has changes in this window that are not stored. */
    hasUnsaved: (processId: string): boolean => unsaved.has(processId),
    /** The newest unsaved model and change labels of a process, or null. */
    unsavedChange: (processId: string) => unsaved.newest(processId),
    /** The stored revision this window's copy of the process is based on, if it was loaded here. */
    baseOf: (processId: string): number | undefined => unsaved.bases.get(processId),
    /** Holds a process's unsaved changes after another window saved or deleted it, and reports the conflict. */
    hold,
    /**
     * Forgets a process's unsaved changes (after they were kept as a copy, or by the person's choice), once any
     * save of it on its way has finished, and drops its journal entry.
     */
    discard(processId: string): Promise<void> {
      chain = chain.then(() => {
        unsaved.drop(processId);
        options.journal?.clear(processId);
        report();
      });
      return chain;
    },
    /** Starts following the editor; the returned function stops it and saves what is pending. */
    attach(): () => void {
      const unsubscribe = editor.subscribe(onEditorChange);
      attached = true;
      return () => {
        attached = false;
        unsubscribe();
        clearTimeout(retryTimer);
        void flush();
      };
    },
  };
}

export type Autosave = ReturnType<typeof createAutosave>;

/** Saves at once when the page is hidden or closed, where a pending timer would never fire. */
export function flushOnPageHide(autosave: Pick<Autosave, 'flushForUnload'>, host: Window = window): () => void {
  const onHide = () => void autosave.flushForUnload();
  const onVisibility = () => {
    if (host.document.visibilityState === 'hidden') void autosave.flushForUnload();
  };
  host.addEventListener('pagehide', onHide);
  host.document.addEventListener('visibilitychange', onVisibility);
  return () => {
    host.removeEventListener('pagehide', onHide);
    host.document.removeEventListener('visibilitychange', onVisibility);
  };
}
