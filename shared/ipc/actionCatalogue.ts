/**
 * What people see of each editor action: its label, the group it is listed under, and its keys. The one source
 * for the renderer's action registry (renderer/actions/registry.ts: toolbar, shortcuts, help, palette) and for the
 * desktop menu (shared/ipc/menu.ts), so that a label or a key cannot differ between them.
 *
 * Keys are written like "Mod+Shift+Z": Mod is Cmd on macOS and Ctrl elsewhere. The first key is the one menus
 * and tooltips show; the others also work.
 */

export type ActionGroup = 'File' | 'Edit' | 'Arrange' | 'View' | 'Help';

export interface ActionMeta {
  readonly label: string;
  readonly group: ActionGroup;
  readonly keys: readonly string[];
}

const arrows = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'];

export const actionCatalogue = {
  openDocument: { label: 'Open…', group: 'File', keys: ['Mod+O'] },
  saveDocument: { label: 'Save', group: 'File', keys: ['Mod+S'] },
  saveDocumentAs: { label: 'Save As…', group: 'File', keys: ['Mod+Shift+S'] },
  revertDocument: { label: 'Revert to saved', group: 'File', keys: [] },
  undo: { label: 'Undo', group: 'Edit', keys: ['Mod+Z'] },
  redo: { label: 'Redo', group: 'Edit', keys: ['Mod+Shift+Z', 'Mod+Y'] },
  delete: { label: 'Delete', group: 'Edit', keys: ['Delete', 'Backspace'] },
  copy: { label: 'Copy', group: 'Edit', keys: ['Mod+C'] },
  paste: { label: 'Paste', group: 'Edit', keys: ['Mod+V'] },
  duplicate: { label: 'Duplicate', group: 'Edit', keys: ['Mod+D'] },
  rename: { label: 'Rename', group: 'Edit', keys: ['F2'] },
  connectTo: { label: 'Connect to…', group: 'Edit', keys: ['C'] },
  nudge: {
    label: 'Move the selection (10 px; with Shift 1 px)',
    group: 'Arrange',
    keys: [...arrows, ...arrows.map((key) => `Shift+${key}`)],
  },
  selectAll: { label: 'Select all', group: 'Edit', keys: ['Mod+A'] },
  insertElement: { label: 'Add element', group: 'Edit', keys: [] },
  autoLayout: { label: 'Auto layout', group: 'Arrange', keys: ['Mod+Shift+L'] },
  fitView: { label: 'Fit view', group: 'View', keys: ['Shift+1'] },
  zoomIn: { label: 'Zoom in', group: 'View', keys: ['+', '=', 'Mod+='] },
  zoomOut: { label: 'Zoom out', group: 'View', keys: ['-', 'Mod+-'] },
  zoomToSelection: { label: 'Zoom to 100 % around the selection or the start', group: 'View', keys: ['Shift+2'] },
  toggleSnap: { label: 'Snap to grid', group: 'View', keys: ['Mod+G'] },
  toggleProblems: { label: 'Show problems', group: 'View', keys: ['Mod+Shift+M'] },
  togglePalette: { label: 'Show palette labels', group: 'View', keys: ['Mod+B'] },
  toggleProperties: { label: 'Show properties', group: 'View', keys: ['Mod+I'] },
  toggleDrawer: { label: 'Collapse or expand the side panel', group: 'View', keys: ['Mod+J'] },
  toggleMinimap: { label: 'Show overview map', group: 'View', keys: ['Mod+Shift+O'] },
  toggleReadingMode: { label: 'Reading mode', group: 'View', keys: ['Mod+Shift+F'] },
  search: { label: 'Search', group: 'View', keys: ['Mod+F'] },
  help: { label: 'Keyboard shortcuts', group: 'Help', keys: ['?'] },
  editJson: { label: 'Advanced: edit the map as JSON', group: 'View', keys: [] },
  escape: {
    label: 'Close, leave reading mode, clear the selection, or leave the sub-process',
    group: 'Edit',
    keys: ['Escape'],
  },
} as const satisfies Record<string, ActionMeta>;

/** The name of an editor action, as the registry, the shortcuts and the menu dispatch it. */
export type ActionId = keyof typeof actionCatalogue;

/** Whether a name is an editor action's (menu messages arrive as plain strings). */
export function isActionId(name: string): name is ActionId {
  return Object.hasOwn(actionCatalogue, name);
}

/** The label, group and keys of an action. */
export function actionMeta(id: ActionId): ActionMeta {
  return actionCatalogue[id];
}
