import type { MenuItemConstructorOptions } from 'electron';
import { menuItemOf } from '../shared/ipc/menu';
import type { ActionId } from '../shared/ipc/actionCatalogue';

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

/**
 * An item for a document action: label and key from the action catalogue, as the page's own action has them. The
 * page's shortcuts handle the key, as for the Edit menu, so that a key press runs once on every platform; the
 * menu only shows it.
 */
function documentItem(id: ActionId, click: () => void): MenuItemConstructorOptions {
  const { label, accelerator } = menuItemOf(id);
  return { id, label, accelerator, registerAccelerator: false, click };
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
    documentItem('openDocument', () => actions.open()),
    {
      label: 'Open Recent',
      submenu: recentItems.length
        ? [...recentItems, { type: 'separator' }, { label: 'Clear recent', click: () => actions.clearRecent() }]
        : [{ label: 'No recent maps', enabled: false }],
    },
    documentItem('saveDocument', () => actions.save(false)),
    documentItem('saveDocumentAs', () => actions.save(true)),
    documentItem('revertDocument', () => actions.revert()),
  ];
}
