import type { MenuItemConstructorOptions } from 'electron';
import { menuSections } from '../shared/ipc/menu';

/** The application menu: every item sends its action name to the renderer, which runs it. */
export function menuTemplate(
  sendAction: (action: string) => void,
  isMac: boolean,
  /** Open, Open Recent, Save, Save As, Revert (electron/documentMenu.ts), once the page handles documents. */
  documentItems: MenuItemConstructorOptions[] = [],
): MenuItemConstructorOptions[] {
  const sections: MenuItemConstructorOptions[] = menuSections.map((section) => {
    const items = section.items.map((item): MenuItemConstructorOptions =>
      item === 'separator'
        ? { type: 'separator' }
        : {
            // The action's name: tests and the document items find an item by it.
            id: item.action,
            label: item.label,
            accelerator: item.accelerator,
            // Without menuKeys the renderer's shortcuts handle the keys and the menu only shows them.
            registerAccelerator: item.menuKeys === true,
            click: () => sendAction(item.action),
          },
    );
    if (section.label === 'File') {
      if (documentItems.length) items.splice(1, 0, { type: 'separator' }, ...documentItems, { type: 'separator' });
      items.push({ type: 'separator' }, isMac ? { role: 'close' } : { role: 'quit' });
    }
    return { label: section.label, submenu: items };
  });
  return [...(isMac ? [{ role: 'appMenu' as const }] : []), ...sections];
}
