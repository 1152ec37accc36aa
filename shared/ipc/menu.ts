import { actionMeta, isActionId, type ActionId } from './actionCatalogue';
import { electronAccelerator } from './keys';

/**
 * The desktop menu. Each item names an action that the main process asks the renderer to run: a workspace action
 * (File) or an editor action, whose label and keys come from the action catalogue (shared/ipc/actionCatalogue.ts),
 * the same the renderer's registry reads. Editor accelerators are shown in the menu only; the renderer's own
 * shortcuts do the work, so that the browser and the desktop app behave alike. File accelerators (`menuKeys`)
 * belong to the menu, since a browser keeps Ctrl+N for itself.
 */
export interface MenuActionItem {
  action: string;
  label: string;
  /** In Electron's syntax ("CmdOrCtrl+Shift+M"). */
  accelerator?: string;
  /** The menu, not the renderer, listens for the accelerator. */
  menuKeys?: boolean;
}

/** Workspace actions the File menu sends; the renderer's workspace runs them (they are not editor actions). */
export const fileMenuActions = ['newProcess', 'importFile', 'exportFile'] as const;
export type FileMenuAction = (typeof fileMenuActions)[number];

const fileItems: Record<FileMenuAction, MenuActionItem> = {
  newProcess: { action: 'newProcess', label: 'New process', accelerator: 'CmdOrCtrl+N', menuKeys: true },
  // Ctrl+O is Open… (a file on disk); Import adds a copy to the workspace.
  importFile: { action: 'importFile', label: 'Import…' },
  exportFile: { action: 'exportFile', label: 'Export…', accelerator: 'CmdOrCtrl+E', menuKeys: true },
};

/**
 * Document actions of the File menu (Open…, Save, Save As…, Revert to saved): the main process runs them itself
 * (electron/documentMenu.ts), with their labels and keys from the catalogue too.
 */
export const documentMenuActions = ['openDocument', 'saveDocument', 'saveDocumentAs', 'revertDocument'] as const;

type MenuEntry = ActionId | FileMenuAction | 'separator';

/** The menu by action names; the document items go into File after New process once a page handles documents. */
const layout: { label: string; items: MenuEntry[] }[] = [
  { label: 'File', items: ['newProcess', 'importFile', 'exportFile'] },
  {
    label: 'Edit',
    items: [
      'undo',
      'redo',
      'separator',
      'copy',
      'paste',
      'duplicate',
      'delete',
      'selectAll',
      'separator',
      'rename',
      'connectTo',
      'separator',
      'search',
    ],
  },
  {
    label: 'View',
    items: [
      'fitView',
      'zoomToSelection',
      'zoomIn',
      'zoomOut',
      'separator',
      'autoLayout',
      'toggleSnap',
      'separator',
      'toggleProblems',
      'togglePalette',
      'toggleProperties',
      'toggleDrawer',
      'toggleMinimap',
      'separator',
      'toggleReadingMode',
      'editJson',
    ],
  },
  { label: 'Help', items: ['help'] },
];

/** Editor actions deliberately left out of the menu, and why. */
export const notInMenu: Partial<Record<ActionId, string>> = {
  nudge: 'the arrow keys move the selection one way or the other; a menu item could not say which',
  escape: 'Escape closes or clears whatever is open at the moment; as a menu item it would mean nothing fixed',
  insertElement: 'it needs the palette element to add: the palette is where elements are added',
};

/** The menu item of an editor action: its catalogue label, and its first key in Electron's syntax. */
export function menuItemOf(id: ActionId): MenuActionItem {
  const { label, keys } = actionMeta(id);
  const first = keys.at(0);
  return { action: id, label, ...(first !== undefined ? { accelerator: electronAccelerator(first) } : {}) };
}

function itemOf(entry: Exclude<MenuEntry, 'separator'>): MenuActionItem {
  return isActionId(entry) ? menuItemOf(entry) : fileItems[entry];
}

/** The menu's sections with their items, labels and accelerators resolved. */
export const menuSections: { label: string; items: (MenuActionItem | 'separator')[] }[] = layout.map((section) => ({
  label: section.label,
  items: section.items.map((entry) => (entry === 'separator' ? entry : itemOf(entry))),
}));

/** Every action name the menu may send to the renderer. */
export const menuActionNames: string[] = menuSections.flatMap((s) =>
  s.items.flatMap((i) => (i === 'separator' ? [] : [i.action])),
);
