import { createStore } from 'zustand/vanilla';
import type { Platform } from '../platform/platform';
import { createAutosave, flushOnPageHide, type AutosaveOptions } from './autosave';
import { documentActions, type AskBeforeBpmn } from './documentActions';
import type { EditorBinding } from './editorBinding';
import { fileActions } from './fileActions';
import { historyActions } from './historyActions';
import { createNoticeStore } from './notices';
import { otherWindows } from './otherWindows';
import { processActions } from './processActions';
import { templateActions } from './templateActions';
import type { ProcessSummary, WorkspaceRepository } from './repository';
import type { UnloadJournal } from './unloadJournal';
import { broadcastWrites, createBroadcastChannel, type WorkspaceChannel } from './workspaceChannel';
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
  /** Whether the process open last time opens again at start; no for one whose drawing failed (renderer/recovery). */
  reopenAtStart?: (processId: string) => boolean;
  /**
   * How this window hears of saves in other windows and tabs; by default a BroadcastChannel in a browser and
   * none elsewhere (null: none).
   */
  channel?: WorkspaceChannel | null;
  /** Autosave timing, for tests. */
  autosave?: Pick<AutosaveOptions, 'delayMs' | 'coalesceMs' | 'maxLabels' | 'now' | 'retryMs'>;
  /** Asks before a map is saved as `.bpmn`, which keeps less than `.flow.json`; by default, nothing is written. */
  askBeforeBpmn?: AskBeforeBpmn;
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
  const channel =
    deps.channel !== undefined ? deps.channel : typeof window === 'undefined' ? null : createBroadcastChannel();
  const repository = channel ? broadcastWrites(deps.repository, channel) : deps.repository;
  const view = createStore<WorkspaceView>(() => ({
    ready: false,
    processes: [],
    panel: null,
    revisions: [],
    saveStatus: { state: 'saved' },
    files: {},
    document: null,
  }));
  const notices = createNoticeStore();
  const ctx: WorkspaceContext = {
    ...deps,
    repository,
    notices,
    view,
    autosave: createAutosave({
      ...deps.autosave,
      editor: deps.editor,
      journal: deps.journal,
      saveChange: (change) => repository.saveChange(change),
      onSaved(summary) {
        view.setState((s) => ({ processes: withSaved(s.processes, summary) }));
        if (view.getState().panel === 'history') void refreshRevisions(ctx);
      },
      onStatus: (saveStatus) => view.setState({ saveStatus }),
      onConflict: (conflict) => windows.offer(conflict),
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
  const windows = otherWindows(ctx, processes.openProcess);
  const documents = documentActions(ctx, processes.openProcess, deps.askBeforeBpmn ?? (async () => 'cancel'));
  const startOnce = guard('Loading the workspace', processes.start);
  const followGuarded = guard('Following a change from another window', windows.follow);
  let started: Promise<void> | null = null;
  let markStarted = () => {};
  /** Files waiting to be shown (one double-clicked to start the app) are asked for once the list is loaded. */
  const whenStarted = new Promise<void>((resolve) => (markStarted = resolve));

  return {
    view,
    notices,
    editor: deps.editor,
    autosave: ctx.autosave,
    /** Loads the list and reopens the last process; runs once however often it is called. */
    start: (): Promise<void> => (started ??= startOnce().finally(markStarted)),
    createProcess: guard('Creating a process', processes.createProcess),
    createFromTemplate: guard('Creating a process from the template', templates.createFromTemplate),
    openProcess: guard('Opening the process', processes.openProcess),
    renameProcess: guard('Renaming', processes.renameProcess),
    duplicateProcess: guard('Duplicating', processes.duplicateProcess),
    deleteProcess: guard('Deleting', processes.deleteProcess),
    importFile: guard('Import', files.importFile),
    /** Open, Save, Save As and Revert of files on disk; `documents.connect` once the page is up. */
    documents,
    importText: guard('Import', files.importText),
    exportFile: guard('Export', files.exportFile),
    restoreRevision: guard('Restoring the revision', history.restoreRevision),
    /** Reads stored maps and their save points without opening them (to compare two maps); nothing is written. */
    stored: {
      loadProcess: (id: string) => repository.loadProcess(id),
      listRevisions: (processId: string) => repository.listRevisions(processId),
      loadRevisionModel: (revisionId: number) => repository.loadRevisionModel(revisionId),
    },
    /** Tries failed saves again now (they are also retried on their own, less and less often). */
    retrySaving: guard('Saving', () => ctx.autosave.retry()),
    /** Opens a side panel (or closes it with null); the history panel loads its revisions. */
    showPanel: guard('Opening the panel', async (panel: WorkspacePanel | null) => {
      view.setState({ panel });
      if (panel === 'history') await refreshRevisions(ctx);
    }),
    /**
     * Follows the editor for autosave, saves on page hide and follows the other windows' saves; returns the
     * function that stops all three.
     */
    connect(host: Window | null = typeof window === 'undefined' ? null : window): () => void {
      const detach = ctx.autosave.attach();
      const undocument = documents.connect(whenStarted);
      const unbind = host ? flushOnPageHide(ctx.autosave, host) : () => undefined;
      const unfollow = channel?.subscribe((message) => void followGuarded(message)) ?? (() => undefined);
      return () => {
        undocument();
        unfollow();
        unbind();
        detach();
      };
    },
  };
}

export type Workspace = ReturnType<typeof createWorkspace>;
