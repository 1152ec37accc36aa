import { createStore } from 'zustand/vanilla';
import type { Platform } from '../platform/platform';
import { createAutosave, flushOnPageHide, type AutosaveOptions } from './autosave';
import type { EditorBinding } from './editorBinding';
import { fileActions } from './fileActions';
import { historyActions } from './historyActions';
import { createNoticeStore } from './notices';
import { processActions } from './processActions';
import { templateActions } from './templateActions';
import type { ProcessSummary, WorkspaceRepository } from './repository';
import type { UnloadJournal } from './unloadJournal';
import {
  errorText,
  refreshRevisions,
  type WorkspaceContext,
  type WorkspacePanel,
  type WorkspaceView,
} from './workspaceContext';

export interface WorkspaceDeps {
  repository: WorkspaceRepository;
  editor: EditorBinding;
  platform: Platform;
  /** Keeps a change that is pending when the page is hidden; recovered on the next start. */
  journal?: UnloadJournal;
  /** Autosave timing, for tests. */
  autosave?: Pick<AutosaveOptions, 'delayMs' | 'coalesceMs' | 'maxLabels' | 'now'>;
}

/** Puts a just-saved process first in the list with its new name and time. */
function withSaved(processes: ProcessSummary[], saved: ProcessSummary): ProcessSummary[] {
  return [saved, ...processes.filter((p) => p.id !== saved.id)];
}

/**
 * The workspace around the editor: the process list, autosave and revisions, import and export, notices.
 * Every action reports its failure as an error notice instead of throwing at the view.
 */
export function createWorkspace(deps: WorkspaceDeps) {
  const view = createStore<WorkspaceView>(() => ({
    ready: false,
    processes: [],
    panel: null,
    revisions: [],
    saveStatus: { state: 'saved' },
  }));
  const notices = createNoticeStore();
  const ctx: WorkspaceContext = {
    ...deps,
    notices,
    view,
    autosave: createAutosave({
      ...deps.autosave,
      editor: deps.editor,
      journal: deps.journal,
      saveChange: (change) => deps.repository.saveChange(change),
      onSaved(summary) {
        view.setState((s) => ({ processes: withSaved(s.processes, summary) }));
        if (view.getState().panel === 'history') void refreshRevisions(ctx);
      },
      onStatus: (saveStatus) => view.setState({ saveStatus }),
    }),
  };

  const guard =
    <A extends unknown[]>(what: string, action: (...args: A) => Promise<unknown>) =>
    async (...args: A): Promise<void> => {
      try {
        await action(...args);
      } catch (error) {
        notices.notify({ kind: 'error', title: `${what} failed.`, details: [errorText(error)] });
      }
    };

  const processes = processActions(ctx);
  const files = fileActions(ctx, processes.openProcess);
  const history = historyActions(ctx);
  const templates = templateActions(ctx, processes.openProcess);
  const startOnce = guard('Loading the workspace', processes.start);
  let started: Promise<void> | null = null;

  return {
    view,
    notices,
    editor: deps.editor,
    autosave: ctx.autosave,
    /** Loads the list and reopens the last process; runs once however often it is called. */
    start: (): Promise<void> => (started ??= startOnce()),
    createProcess: guard('Creating a process', processes.createProcess),
    createFromTemplate: guard('Creating a process from the template', templates.createFromTemplate),
    openProcess: guard('Opening the process', processes.openProcess),
    renameProcess: guard('Renaming', processes.renameProcess),
    duplicateProcess: guard('Duplicating', processes.duplicateProcess),
    deleteProcess: guard('Deleting', processes.deleteProcess),
    importFile: guard('Import', files.importFile),
    importText: guard('Import', files.importText),
    exportFile: guard('Export', files.exportFile),
    restoreRevision: guard('Restoring the revision', history.restoreRevision),
    /** Opens a side panel (or closes it with null); the history panel loads its revisions. */
    showPanel: guard('Opening the panel', async (panel: WorkspacePanel | null) => {
      view.setState({ panel });
      if (panel === 'history') await refreshRevisions(ctx);
    }),
    /** Follows the editor for autosave and saves on page hide; returns the function that stops both. */
    connect(host: Window | null = typeof window === 'undefined' ? null : window): () => void {
      const detach = ctx.autosave.attach();
      const unbind = host ? flushOnPageHide(ctx.autosave, host) : () => undefined;
      return () => {
        unbind();
        detach();
      };
    },
  };
}

export type Workspace = ReturnType<typeof createWorkspace>;
