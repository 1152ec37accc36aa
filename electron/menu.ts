import type { MenuItemConstructorOptions } from 'electron';
import { menuSections } from '../shared/ipc/menu';

/** The application menu: every item sends its action name to the renderer, which runs it through its registry. */
export function menuTemplate(sendAction: (action: string) => void, isMac: boolean): MenuItemConstructorOptions[] {
  const sections: MenuItemConstructorOptions[] = menuSections.map((section) => ({
    label: section.label,
    submenu: section.items.map((item): MenuItemConstructorOptions =>
      item === 'separator'
        ? { type: 'separator' }
        : // registerAccelerator false: the renderer's shortcuts handle the keys, the menu only shows them.
          {
            label: item.label,
            accelerator: item.accelerator,
            registerAccelerator: false,
            click: () => sendAction(item.action),
          },
    ),
  }));
  const file: MenuItemConstructorOptions = { label: 'File', submenu: [isMac ? { role: 'close' } : { role: 'quit' }] };
  return [...(isMac ? [{ role: 'appMenu' as const }] : []), file, ...sections];
}
