/**
 * The desktop menu: each item names an action that the main process asks the renderer to run: a workspace action
 * (File) or an editor action (renderer/actions/registry.ts). Editor accelerators are shown in the menu only; the
 * renderer's own shortcuts do the work, so that the browser and the desktop app behave alike. File accelerators
 * (`menuKeys`) belong to the menu, since a browser keeps Ctrl+N for itself.
 */
export interface MenuActionItem {
  action: string;
  label: string;
  accelerator?: string;
  /** The menu, not the renderer, listens for the accelerator. */
  menuKeys?: boolean;
}

/** Workspace actions the File menu sends; the renderer's workspace runs them. */
export const fileMenuActions = ['newProcess', 'importFile', 'exportFile'] as const;

export const menuSections: { label: string; items: (MenuActionItem | 'separator')[] }[] = [
  {
    label: 'File',
    items: [
      { action: 'newProcess', label: 'New process', accelerator: 'CmdOrCtrl+N', menuKeys: true },
      // Ctrl+O is Open… (a file on disk, renderer/actions/openDocument.ts); Import adds a copy to the workspace.
      { action: 'importFile', label: 'Import…' },
      { action: 'exportFile', label: 'Export…', accelerator: 'CmdOrCtrl+E', menuKeys: true },
    ],
  },
  {
    label: 'Edit',
    items: [
      { action: 'undo', label: 'Undo', accelerator: 'CmdOrCtrl+Z' },
      { action: 'redo', label: 'Redo', accelerator: 'CmdOrCtrl+Shift+Z' },
      'separator',
      { action: 'copy', label: 'Copy', accelerator: 'CmdOrCtrl+C' },
      { action: 'paste', label: 'Paste', accelerator: 'CmdOrCtrl+V' },
      { action: 'duplicate', label: 'Duplicate', accelerator: 'CmdOrCtrl+D' },
      { action: 'delete', label: 'Delete', accelerator: 'Delete' },
      { action: 'selectAll', label: 'Select all', accelerator: 'CmdOrCtrl+A' },
      'separator',
      { action: 'search', label: 'Find element…', accelerator: 'CmdOrCtrl+F' },
    ],
  },
  {
    label: 'View',
    items: [
      { action: 'fitView', label: 'Fit view', accelerator: 'Shift+1' },
      { action: 'zoomToSelection', label: 'Zoom to selection', accelerator: 'Shift+2' },
      { action: 'zoomIn', label: 'Zoom in', accelerator: 'CmdOrCtrl+=' },
      { action: 'zoomOut', label: 'Zoom out', accelerator: 'CmdOrCtrl+-' },
      'separator',
      { action: 'autoLayout', label: 'Auto layout', accelerator: 'CmdOrCtrl+Shift+L' },
      { action: 'toggleSnap', label: 'Snap to grid' },
      { action: 'toggleProblems', label: 'Problems panel', accelerator: 'CmdOrCtrl+Shift+M' },
      { action: 'togglePalette', label: 'Palette labels', accelerator: 'CmdOrCtrl+B' },
      { action: 'toggleProperties', label: 'Properties panel', accelerator: 'CmdOrCtrl+I' },
      { action: 'toggleDrawer', label: 'Fold side panel', accelerator: 'CmdOrCtrl+J' },
      { action: 'toggleMinimap', label: 'Overview map', accelerator: 'CmdOrCtrl+Shift+O' },
      'separator',
      { action: 'toggleReadingMode', label: 'Reading mode', accelerator: 'CmdOrCtrl+Shift+F' },
    ],
  },
  { label: 'Help', items: [{ action: 'help', label: 'Keyboard shortcuts', accelerator: '?' }] },
];

/** Every action name the menu may send. */
export const menuActionNames: string[] = menuSections.flatMap((s) =>
  s.items.flatMap((i) => (i === 'separator' ? [] : [i.action])),
);
