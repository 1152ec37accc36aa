import type { MenuItemConstructorOptions } from 'electron';

export interface DocumentMenuActions {
  /** The recent documents, newest first (already pruned of missing files). */
  recent: string[];
  baseName(path: string): string;
  open(): void;
  openRecent(path: string): void;
  clearRecent(): void;
  save(saveAs: boolean): void;
  revert(): void;
}

/** File menu items for documents on disk; the main process runs them, asking the page only for the map's text. */
export function documentMenuItems(actions: DocumentMenuActions): MenuItemConstructorOptions[] {
  const recentItems: MenuItemConstructorOptions[] = actions.recent.map((file) => ({
    label: actions.baseName(file),
    sublabel: file,
    toolTip: file,
    click: () => actions.openRecent(file),
  }));
  return [
    // The page's own shortcuts (renderer/actions: openDocument, saveDocument, saveDocumentAs) handle the keys, as
    // for the Edit menu, so a key press runs once on every platform; the menu only shows them.
    { label: 'Open…', accelerator: 'CmdOrCtrl+O', registerAccelerator: false, click: () => actions.open() },
    {
      label: 'Open Recent',
      submenu: recentItems.length
        ? [...recentItems, { type: 'separator' }, { label: 'Clear recent', click: () => actions.clearRecent() }]
        : [{ label: 'No recent maps', enabled: false }],
    },
    { label: 'Save', accelerator: 'CmdOrCtrl+S', registerAccelerator: false, click: () => actions.save(false) },
    {
      label: 'Save As…',
      accelerator: 'CmdOrCtrl+Shift+S',
      registerAccelerator: false,
      click: () => actions.save(true),
    },
    { label: 'Revert to saved', click: () => actions.revert() },
  ];
}
