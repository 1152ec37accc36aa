import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { menuTemplate } from './menu';
import { documentMenuItems } from './documentMenu';
import { menuActionNames } from '../shared/ipc/menu';
import { menuActionSchema } from '../shared/ipc/contract';
import { actionCatalogue, isActionId } from '../shared/ipc/actionCatalogue';
import { electronAccelerator } from '../shared/ipc/keys';

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

  it('shows each editor action’s catalogue label and first key, with the document items too', () => {
    const documentItems = documentMenuItems({
      recent: [],
      baseName: String,
      open() {},
      openRecent() {},
      clearRecent() {},
      save() {},
      revert() {},
    });
    const shown = items(menuTemplate(() => {}, false, documentItems)).filter((i) => i.id && isActionId(i.id));
    expect(shown.map((i) => i.id)).toEqual(expect.arrayContaining(['openDocument', 'search', 'toggleSnap', 'help']));
    for (const item of shown) {
      const { label, keys } = actionCatalogue[item.id as keyof typeof actionCatalogue];
      expect(item.label, item.id).toBe(label);
      const key = (keys as readonly string[]).at(0);
      expect(item.accelerator, item.id).toBe(key === undefined ? undefined : electronAccelerator(key));
    }
  });

  it('shows accelerators without registering them twice', () => {
    const undo = items(menuTemplate(() => {}, false)).find((i) => i.label === 'Undo')!;
    expect(undo).toMatchObject({ accelerator: 'CmdOrCtrl+Z', registerAccelerator: false });
  });

  it('lets the menu own the File keys, which a browser keeps for itself', () => {
    const create = items(menuTemplate(() => {}, false)).find((i) => i.label === 'New process')!;
    expect(create).toMatchObject({ accelerator: 'CmdOrCtrl+N', registerAccelerator: true });
  });

  it('adds the application menu on macOS only, and ends File with quit or close', () => {
    expect(menuTemplate(() => {}, true)[0]).toEqual({ role: 'appMenu' });
    const file = menuTemplate(() => {}, false)[0];
    expect(file.label).toBe('File');
    expect((file.submenu as MenuItemConstructorOptions[]).at(-1)).toEqual({ role: 'quit' });
  });
});

describe('document items of the File menu', () => {
  const calls: string[] = [];
  const documentItems = documentMenuItems({
    recent: ['/maps/a.flow.json', '/maps/b.bpmn'],
    baseName: (p) => p.split('/').pop()!,
    open: () => calls.push('open'),
    openRecent: (p) => calls.push(`recent ${p}`),
    clearRecent: () => calls.push('clear'),
    save: (saveAs) => calls.push(saveAs ? 'saveAs' : 'save'),
    revert: () => calls.push('revert'),
  });

  it('sit in File after New process, with Open Recent listing the files by name', () => {
    const file = menuTemplate(() => {}, false, documentItems)[0].submenu as MenuItemConstructorOptions[];
    const labels = file.map((i) => i.label ?? i.type ?? i.role);
    expect(labels.slice(0, 8)).toEqual([
      'New process',
      'separator',
      'Open…',
      'Open Recent',
      'Save',
      'Save As…',
      'Revert to saved',
      'separator',
    ]);
    const recent = (file[3].submenu as MenuItemConstructorOptions[]).filter((i) => i.label);
    expect(recent.map((i) => [i.label, i.sublabel])).toEqual([
      ['a.flow.json', '/maps/a.flow.json'],
      ['b.bpmn', '/maps/b.bpmn'],
      ['Clear recent', undefined],
    ]);
    for (const item of [...file.slice(2, 7), ...recent]) item.click?.({} as never, undefined, {} as never);
    expect(calls).toEqual([
      'open',
      'save',
      'saveAs',
      'revert',
      'recent /maps/a.flow.json',
      'recent /maps/b.bpmn',
      'clear',
    ]);
  });

  it('say so when there are no recent maps, and are absent until the page handles documents', () => {
    const empty = documentMenuItems({
      ...{ recent: [] },
      baseName: String,
      open() {},
      openRecent() {},
      clearRecent() {},
      save() {},
      revert() {},
    });
    expect(empty[1].submenu).toEqual([{ label: 'No recent maps', enabled: false }]);
    // Open, Save and Save As show the page's keys (renderer/actions), which handles them on every platform.
    const keys = empty.filter((i) => i.accelerator).map((i) => [i.label, i.accelerator, i.registerAccelerator]);
    expect(keys).toEqual([
      ['Open…', 'CmdOrCtrl+O', false],
      ['Save', 'CmdOrCtrl+S', false],
      ['Save As…', 'CmdOrCtrl+Shift+S', false],
    ]);
    const file = menuTemplate(() => {}, false)[0].submenu as MenuItemConstructorOptions[];
    expect(file.map((i) => i.label)).not.toContain('Open…');
  });
});
