import type { ProcessModel } from '../../shared/model/schema';
import type { EditorBinding, EditorSnapshot } from './editorBinding';
import type { ProcessSummary, SaveChange } from './repository';
import { foldLabels } from './revisionDescription';
import type { UnloadJournal } from './unloadJournal';

export type SaveStatus = { state: 'saved' } | { state: 'pending' } | { state: 'failed'; message: string };

export interface AutosaveOptions {
  editor: EditorBinding;
  saveChange(change: SaveChange): Promise<{ summary: ProcessSummary; revisionId: number }>;
  /** Quiet time after the last change before saving. */
  delayMs?: number;
  /** A revision takes further saves for this long after it started; then a new one begins. */
  coalesceMs?: number;
  /** …or until it names this many changes. */
  maxLabels?: number;
  now?: () => number;
  /** Where the pending change goes synchronously when the page is hidden. */
  journal?: UnloadJournal;
  onSaved?(summary: ProcessSummary): void;
  onStatus?(status: SaveStatus): void;
}

interface Pending {
  processId: string;
  model: ProcessModel;
  labels: string[];
}

interface OpenRevision {
  processId: string;
  revisionId: number;
  startedAt: number;
  labels: string[];
}

/**
 * Saves the editor's model shortly after each change (once attached) and records revisions, folding a burst of changes (a
 * drag, typing) into one. Changes made through `whileLoading` are loads, not edits, and are not saved.
 */
export function createAutosave(options: AutosaveOptions) {
  const { editor, saveChange, delayMs = 400, coalesceMs = 10_000, maxLabels = 12, now = Date.now } = options;
  let pending: Pending | null = null;
  let open: OpenRevision | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let loading = false;
  let chain: Promise<void> = Promise.resolve();
  let journaled: Pending | null = null;

  async function write(change: Pending): Promise<void> {
    const continued = open && open.processId === change.processId ? foldLabels(open.labels, change.labels) : null;
    const extend =
      open && continued && now() - open.startedAt < coalesceMs && continued.length <= maxLabels ? open : null;
    const labels = extend ? continued! : foldLabels([], change.labels);
    try {
      const { summary, revisionId } = await saveChange({
        ...change,
        labels,
        extendRevision: extend?.revisionId ?? null,
      });
      open = extend ? { ...extend, labels } : { processId: change.processId, revisionId, startedAt: now(), labels };
      if (journaled === change) {
        options.journal?.clear();
        journaled = null;
      }
      options.onSaved?.(summary);
      if (!pending) options.onStatus?.({ state: 'saved' });
    } catch (error) {
      // Keep the unsaved changes so that the next change or flush retries them.
      pending =
        pending?.processId === change.processId
          ? { ...pending, labels: [...change.labels, ...pending.labels] }
          : (pending ?? change);
      options.onStatus?.({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }

  function flush(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    const change = pending;
    pending = null;
    if (change) chain = chain.then(() => write(change));
    return chain;
  }

  function onEditorChange(state: EditorSnapshot, previous: EditorSnapshot): void {
    if (state.processId !== previous.processId) {
      void flush(); // the pending change holds its own model, so switching maps loses nothing
      return;
    }
    if (loading || !state.processId || !state.model || state.model === previous.model) return;
    const label = state.lastChange?.label ?? 'Change';
    if (pending) {
      pending.model = state.model;
      pending.labels.push(label);
    } else pending = { processId: state.processId, model: state.model, labels: [label] };
    options.onStatus?.({ state: 'pending' });
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
    /** Saves what is pending now; resolves when every save so far is written. */
    flush,
    /** As flush, and first puts the pending change in the journal, for a page that is being hidden or closed. */
    flushForUnload(): Promise<void> {
      if (pending && options.journal) {
        options.journal.write(pending);
        journaled = pending;
      }
      return flush();
    },
    seal,
    /** Runs a load (open, close) of the editor: the model it sets is not a change to save. */
    whileLoading(load: () => void): Promise<void> {
      const saved = seal();
      loading = true;
      try {
        load();
      } finally {
        loading = false;
      }
      return saved;
    },
    /** Starts following the editor; the returned function stops it and saves what is pending. */
    attach(): () => void {
      const unsubscribe = editor.subscribe(onEditorChange);
      return () => {
        unsubscribe();
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
