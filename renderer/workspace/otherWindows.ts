import { processName } from './processRepository';
import { describeChanges } from './revisionDescription';
import { myCopyName, SaveConflictError } from './saveConflict';
import type { WorkspaceMessage } from './workspaceChannel';
import { errorText, refreshProcesses, refreshRevisions, type WorkspaceContext } from './workspaceContext';

/**
 * What a window does about the other windows and tabs on the workspace: it follows their saves (reloading the
 * open process quietly when it has no unsaved changes here) and, when a process with unsaved changes here was
 * saved or deleted elsewhere, asks: take the other version (dropping these changes), or keep these as a copy.
 * Nothing is overwritten or dropped without that choice.
 */
export function otherWindows(ctx: WorkspaceContext, openProcess: (id: string) => Promise<boolean>) {
  const { repository, editor, notices, autosave, view } = ctx;
  const offered = new Map<string, { conflict: SaveConflictError; noticeId: number }>();
  const names = () => view.getState().processes.map((p) => p.name);

  /** Takes down the question about a process; returns the conflict it was about. */
  function settle(processId: string): SaveConflictError | undefined {
    const question = offered.get(processId);
    if (question) notices.dismiss(question.noticeId);
    offered.delete(processId);
    return question?.conflict;
  }

  /** Shows the newest stored version of the open process (or closes it when it is gone); not an edit. */
  async function showStored(processId: string): Promise<'shown' | 'gone'> {
    const loaded = await repository.loadProcess(processId);
    if (editor.getState().processId !== processId) return loaded ? 'shown' : 'gone';
    if (!loaded?.ok) {
      await autosave.whileLoading(() => editor.getState().close());
      return 'gone';
    }
    const base = { processId, revision: loaded.revision };
    await autosave.whileLoading(() => editor.getState().open(processId, loaded.model), base);
    if (view.getState().panel === 'history') await refreshRevisions(ctx);
    return 'shown';
  }

  /** "Reload" / "Drop mine": the other window's version wins, the changes here are dropped. */
  async function dropMine(processId: string): Promise<void> {
    await autosave.discard(processId);
    await showStored(processId);
    await refreshProcesses(ctx);
  }

  /** "Keep mine as a copy": this window's version becomes a new process beside the other one, and opens. */
  async function keepMine(processId: string): Promise<void> {
    const wasOpen = editor.getState().processId === processId;
    await autosave.flush(); // lets a save on its way finish, so that the newest model is the one kept
    const change = autosave.unsavedChange(processId);
    const model = (wasOpen ? editor.getState().model : null) ?? change?.model;
    if (!model) return;
    const original = processName(model);
    const name = myCopyName(original, names());
    const copy = await repository.copyProcess(processId, model, name, `Your version of "${original}", kept as a copy`);
    await autosave.discard(processId);
    await refreshProcesses(ctx);
    if (wasOpen) await openProcess(copy.id);
    notices.notify({ kind: 'info', title: `Your version is kept as "${name}".`, details: [] });
  }

  /** Runs a choice; if it fails, says why and asks again, since the changes are still held. */
  function choose(processId: string, run: (id: string) => Promise<void>) {
    return () => {
      const conflict = settle(processId);
      void run(processId).catch((error) => {
        notices.notify({ kind: 'error', title: 'That did not work.', details: [errorText(error)] });
        if (conflict && autosave.hasUnsaved(processId)) offer(conflict);
      });
    };
  }

  /** Asks what to do with changes here to a process that another window saved or deleted meanwhile. */
  function offer(conflict: SaveConflictError): void {
    const { processId, processName: name, reason } = conflict;
    settle(processId);
    const labels = autosave.unsavedChange(processId)?.labels ?? [];
    const isOpen = editor.getState().processId === processId;
    const copy = myCopyName(name, names());
    const first = isOpen && reason === 'newer' ? 'Reload' : 'Drop mine';
    const title =
      reason === 'newer'
        ? `"${name}" was changed in another window or tab.`
        : `"${name}" was deleted in another window or tab.`;
    const other = reason === 'newer' ? "shows the other window's version and drops" : 'drops';
    offered.set(processId, {
      conflict,
      noticeId: notices.notify({
        kind: 'error',
        title,
        details: [
          labels.length > 0
            ? `Your changes here are not saved: ${describeChanges(labels)}.`
            : 'Your changes here are not saved.',
          `${first} ${other} your changes; Keep mine as a copy saves your version as "${copy}" and opens it.`,
        ],
        choices: [
          { label: first, run: choose(processId, dropMine) },
          { label: 'Keep mine as a copy', run: choose(processId, keepMine) },
        ],
        timeoutMs: null,
      }),
    });
  }

  /** Follows a message from another window: refresh the list; reload, close or ask about a process shown here. */
  async function follow(message: WorkspaceMessage): Promise<void> {
    await refreshProcesses(ctx);
    const { processId } = message;
    if (message.kind === 'saved' && message.revision <= (autosave.baseOf(processId) ?? Infinity)) return;
    const unsaved = autosave.unsavedChange(processId);
    const name = unsaved ? processName(unsaved.model) : nameOf(processId);
    if (autosave.hasUnsaved(processId)) {
      const reason = message.kind === 'saved' ? 'newer' : 'deleted';
      autosave.hold(new SaveConflictError(processId, name, reason, message.kind === 'saved' ? message.revision : null));
      return;
    }
    if (editor.getState().processId !== processId) return;
    const version = editor.getState().version;
    const loaded = await repository.loadProcess(processId);
    // An edit made while the newer version was read is unsaved now: ask rather than replace it.
    if (editor.getState().version !== version || autosave.hasUnsaved(processId)) {
      autosave.hold(new SaveConflictError(processId, name, loaded ? 'newer' : 'deleted', null));
      return;
    }
    const shown = await showStored(processId);
    const model = editor.getState().processId === processId ? editor.getState().model : null;
    notices.notify({
      kind: 'info',
      title:
        shown === 'shown'
          ? `Showing the newer version of "${model ? processName(model) : name}", saved in another window or tab.`
          : `"${name}" was deleted in another window or tab.`,
      details: [],
    });
  }

  function nameOf(processId: string): string {
    const state = editor.getState();
    if (state.processId === processId && state.model) return processName(state.model);
    return view.getState().processes.find((p) => p.id === processId)?.name ?? 'A process';
  }

  return { offer, follow, dropMine, keepMine };
}
