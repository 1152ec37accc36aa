import { describe, expect, it, vi } from 'vitest';
import { fileMenuActions } from '../../shared/ipc/menu';
import { useExportDialog } from '../exports/exportDialogStore';
import type { Workspace } from './workspace';
import { workspaceMenuActions } from './workspaceMenuActions';

function fakeWorkspace(hasModel: boolean) {
  return {
    createProcess: vi.fn(async () => undefined),
    importFile: vi.fn(async () => undefined),
    editor: { getState: () => ({ model: hasModel ? {} : null }) },
  } as unknown as Workspace & { createProcess: ReturnType<typeof vi.fn>; importFile: ReturnType<typeof vi.fn> };
}

describe('the File menu of the desktop app', () => {
  it('has an action for every item', () => {
    expect(Object.keys(workspaceMenuActions(fakeWorkspace(true))).sort()).toEqual([...fileMenuActions].sort());
  });

  it('creates, imports, and opens the export dialog only when a map is open', () => {
    const workspace = fakeWorkspace(false);
    const run = workspaceMenuActions(workspace);
    run.newProcess();
    run.importFile();
    expect(workspace.createProcess).toHaveBeenCalledOnce();
    expect(workspace.importFile).toHaveBeenCalledOnce();
    run.exportFile();
    expect(useExportDialog.getState().open).toBe(false);
    workspaceMenuActions(fakeWorkspace(true)).exportFile();
    expect(useExportDialog.getState().open).toBe(true);
  });
});
