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
    expect(sent).toContain('undo');
    expect(sent.every((a) => menuActionSchema.safeParse(a).success)).toBe(true);
  });

  it('shows accelerators without registering them twice', () => {
    const undo = items(menuTemplate(() => {}, false)).find((i) => i.label === 'Undo')!;
    expect(undo).toMatchObject({ accelerator: 'CmdOrCtrl+Z', registerAccelerator: false });
  });

  it('adds the application menu on macOS only', () => {
    expect(menuTemplate(() => {}, true)[0]).toEqual({ role: 'appMenu' });
    expect(menuTemplate(() => {}, false)[0].label).toBe('File');
  });
});
