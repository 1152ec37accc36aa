import type { fileMenuActions } from '../../shared/ipc/menu';
import { useExportDialog } from '../exports/exportDialogStore';
import type { Workspace } from './workspace';

/** What the desktop File menu's items do, by action name. */
export function workspaceMenuActions(workspace: Workspace): Record<(typeof fileMenuActions)[number], () => void> {
  return {
    newProcess: () => void workspace.createProcess(),
    importFile: () => void workspace.importFile(),
    exportFile: () => {
      if (workspace.editor.getState().model) useExportDialog.getState().setOpen(true);
    },
  };
}
