import { revisionTimeText } from './timeText';
import { refreshRevisions, type WorkspaceContext } from './workspaceContext';

/** The revision history of the open process. */
export function historyActions(ctx: WorkspaceContext) {
  const { repository, editor, notices, autosave } = ctx;

  return {
    /**
     * Makes an earlier revision the current map. It goes through the editor as one undoable change and is
     * saved as a revision of its own, so that restoring never loses what was there before.
     */
    async restoreRevision(revisionId: number, at: number): Promise<void> {
      const restored = await repository.loadRevisionModel(revisionId);
      if (!restored || !restored.ok) {
        const details = restored ? restored.problems.map((p) => p.message) : ['it no longer exists'];
        notices.notify({ kind: 'error', title: 'That revision cannot be restored.', details });
        return;
      }
      if (!editor.getState().processId) return;
      await autosave.seal();
      editor.getState().replaceModel(restored.model, `Restored revision of ${revisionTimeText(at)}`);
      await autosave.seal();
      await refreshRevisions(ctx);
    },
  };
}
