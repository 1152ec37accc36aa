import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { menuTemplate } from './menu';
import { menuActionNames } from '../shared/ipc/menu';
import { menuActionSchema } from '../shared/ipc/contract';

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((t) => (Array.isArray(t.submenu) ? t.submenu : []));
}

describe('application menu', () => {
  it('sends each item’s action name to the renderer', () => {
    const sent: string[] = [];
    const template = menuTemplate((a) => sent.push(a), false);
    for (const item of items(template)) item.click?.({} as never, undefined, {} as never);
    expect(sent).toEqual(menuActionNames);
    expect(sent.slice(0, 3)).toEqual(['newProcess', 'importFile', 'exportFile']);
    expect(sent).toContain('undo');
    expect(sent.every((a) => menuActionSchema.safeParse(a).success)).toBe(true);
  });

  it('shows accelerators without registering them twice', () => {
    const undo = items(menuTemplate(() => {}, false)).find((i) => i.label === 'Undo')!;
    expect(undo).toMatchObject({ accelerator: 'CmdOrCtrl+Z', registerAccelerator: false });
  });

  it('lets the menu own the File keys, which a browser keeps for itself', () => {
    const open = items(menuTemplate(() => {}, false)).find((i) => i.label === 'Import…')!;
    expect(open).toMatchObject({ accelerator: 'CmdOrCtrl+O', registerAccelerator: true });
  });

  it('adds the application menu on macOS only, and ends File with quit or close', () => {
    expect(menuTemplate(() => {}, true)[0]).toEqual({ role: 'appMenu' });
    const file = menuTemplate(() => {}, false)[0];
    expect(file.label).toBe('File');
    expect((file.submenu as MenuItemConstructorOptions[]).at(-1)).toEqual({ role: 'quit' });
  });
});
