import { describe, expect, it } from 'vitest';
import { actionCatalogue } from '../../shared/ipc/actionCatalogue';
import { electronAccelerator } from '../../shared/ipc/keys';
import {
  documentMenuActions,
  fileMenuActions,
  menuActionNames,
  menuItemOf,
  menuSections,
  notInMenu,
  type MenuActionItem,
} from '../../shared/ipc/menu';
import type { Action } from './action';
import { actions, type ActionName } from './registry';
import { dispatchMenuAction } from './menuActions';

const workspaceNames: readonly string[] = fileMenuActions;
/** Every item of the desktop menu: the sections the menu sends, and the document items main runs itself. */
const menuItems: MenuActionItem[] = [
  ...menuSections.flatMap((s) => s.items.filter((i): i is MenuActionItem => i !== 'separator')),
  ...documentMenuActions.map(menuItemOf),
];
const registryAction = (name: string) => actions[name as ActionName] as Action<unknown>;

describe('desktop menu actions', () => {
  it('name only actions the registry has, besides the workspace actions of the File menu', () => {
    for (const name of menuActionNames.filter((n) => !workspaceNames.includes(n)))
      expect(Object.keys(actions), name).toContain(name);
  });

  it('show each action’s own label and first key, in Electron’s syntax', () => {
    const editorItems = menuItems.filter((i) => !workspaceNames.includes(i.action));
    expect(editorItems.length).toBeGreaterThan(20);
    for (const item of editorItems) {
      const action = registryAction(item.action);
      expect(item.label, item.action).toBe(action.label);
      const key = action.shortcuts.at(0);
      expect(item.accelerator, item.action).toBe(key === undefined ? undefined : electronAccelerator(key));
    }
  });

  it('fix the drift of old: Search, and the keys of Snap to grid and Show problems', () => {
    const item = (name: string) => menuItems.find((i) => i.action === name);
    expect(item('search')).toMatchObject({ label: 'Search', accelerator: 'CmdOrCtrl+F' });
    expect(item('toggleSnap')).toMatchObject({ label: 'Snap to grid', accelerator: 'CmdOrCtrl+G' });
    expect(item('toggleProblems')).toMatchObject({ label: 'Show problems', accelerator: 'CmdOrCtrl+Shift+M' });
  });

  it('list every action that has a key, or say why it is not in the menu', () => {
    const inMenu = new Set(menuItems.map((i) => i.action));
    for (const [name, action] of Object.entries(actions) as [string, Action<unknown>][]) {
      const why = notInMenu[action.name];
      if (inMenu.has(name)) expect(why, `${name} is in the menu and listed as absent`).toBeUndefined();
      else if (action.shortcuts.length > 0) expect(why, `${name} has keys but no menu item`).toMatch(/^\S.{10,}/);
    }
  });

  it('come from the one catalogue the registry reads', () => {
    expect(Object.keys(actions).sort()).toEqual(Object.keys(actionCatalogue).sort());
    for (const [name, meta] of Object.entries(actionCatalogue)) {
      const action = registryAction(name);
      expect([action.label, action.group, action.shortcuts], name).toEqual([meta.label, meta.group, meta.keys]);
    }
  });

  it('ignore names the registry does not know', () => {
    expect(dispatchMenuAction('formatHardDisk')).toBe(false);
    expect(dispatchMenuAction('__proto__')).toBe(false);
  });
});
