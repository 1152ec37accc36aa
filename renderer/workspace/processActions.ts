import { recoverJournal } from './journalRecovery';
import { newProcessModel, untitledName } from './newProcessModel';
import { undoWindowMs } from './notices';
import type { DeletedProcess } from './repository';
import { errorText, refreshProcesses, refreshRevisions, type WorkspaceContext } from './workspaceContext';

/** Creating, opening, renaming, duplicating and deleting processes. */
export function processActions(ctx: WorkspaceContext) {
  const { repository, editor, notices, autosave, view } = ctx;
  const nameOf = (id: string) => view.getState().processes.find((p) => p.id === id)?.name ?? 'the process';

  async function openProcess(id: string): Promise<boolean> {
    if (editor.getState().processId === id) {
      // Reopening would reset the editor's undo history for nothing.
      view.setState((s) => ({ panel: s.panel === 'processes' ? null : s.panel }));
      return true;
    }
    await autosave.flush(); // a change of this process still on its way is stored before it is read back
    const loaded = await repository.loadProcess(id);
    if (!loaded) {
      notices.notify({ kind: 'error', title: 'That process no longer exists.', details: [] });
      await refreshProcesses(ctx);
      return false;
    }
    if (!loaded.ok) {
      notices.notify({
        kind: 'error',
        title: `"${loaded.name}" cannot be opened: its stored data is damaged.`,
        details: loaded.problems.map((p) => p.message),
      });
      return false;
    }
    await autosave.whileLoading(() => editor.getState().open(id, loaded.model), {
      processId: id,
      revision: loaded.revision,
    });
    await repository.setLastOpenProcess(id);
    view.setState({ panel: view.getState().panel === 'processes' ? null : view.getState().panel });
    if (view.getState().panel === 'history') await refreshRevisions(ctx);
    if (loaded.fixes.length > 0)
      notices.notify({
        kind: 'info',
        title: `"${loaded.model.name}" was repaired while opening.`,
        details: loaded.fixes,
        timeoutMs: null,
      });
    return true;
  }

  async function undelete(deleted: DeletedProcess): Promise<void> {
    await repository.undeleteProcess(deleted);
    await refreshProcesses(ctx);
    if (deleted.wasLastOpen && !editor.getState().processId) await openProcess(deleted.process.id);
  }

  return {
    openProcess,

    /** Loads the workspace: the list, and the process that was open last time. */
    async start(): Promise<void> {
      try {
        if (ctx.journal) await recoverJournal(ctx.journal, repository, notices);
        await refreshProcesses(ctx);
        const last = await repository.getLastOpenProcess();
        const known = last !== null && view.getState().processes.some((p) => p.id === last);
        if (known && (ctx.reopenAtStart?.(last) ?? true)) await openProcess(last);
      } catch (error) {
        notices.notify({ kind: 'error', title: 'The workspace could not be loaded.', details: [errorText(error)] });
      } finally {
        view.setState({ ready: true });
      }
    },

    async createProcess(): Promise<void> {
      await autosave.flush(); // so that a just-renamed open process no longer holds the name being chosen
      const name = untitledName(view.getState().processes.map((p) => p.name));
      const created = await repository.createProcess(newProcessModel(name), 'Create process');
      await refreshProcesses(ctx);
      await openProcess(created.id);
    },

    /** Renames the open process through the editor (so that it can be undone), any other one in storage. */
    async renameProcess(id: string, newName: string): Promise<void> {
      const name = newName.trim();
      const state = editor.getState();
      if (!name) return;
      if (state.processId === id && state.model) {
        if (name !== state.model.name) state.replaceModel({ ...state.model, name }, `Rename process to "${name}"`);
        return;
      }
      if (name === nameOf(id)) return;
      await repository.renameProcess(id, name);
      await refreshProcesses(ctx);
    },

    async duplicateProcess(id: string): Promise<void> {
      if (editor.getState().processId === id) await autosave.flush();
      const copy = await repository.duplicateProcess(id);
      await refreshProcesses(ctx);
      notices.notify({ kind: 'info', title: `Duplicated as "${copy.name}".`, details: [] });
    },

    /** Deletes at once and offers Undo for a few seconds, rather than asking first. */
    async deleteProcess(id: string): Promise<void> {
      const name = nameOf(id);
      if (editor.getState().processId === id) await autosave.whileLoading(() => editor.getState().close());
      const deleted = await repository.deleteProcess(id);
      await autosave.discard(id); // changes held after another window's save go with the process (Undo keeps its stored state)
      await refreshProcesses(ctx);
      if (!deleted) return;
      notices.notify({
        kind: 'info',
        title: `Deleted "${name}".`,
        details: [],
        action: { label: 'Undo', run: () => void undelete(deleted) },
        timeoutMs: undoWindowMs,
      });
    },
  };
}
