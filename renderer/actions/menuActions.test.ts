import { describe, expect, it } from 'vitest';
import { fileMenuActions, menuActionNames } from '../../shared/ipc/menu';
import { actions } from './registry';
import { dispatchMenuAction } from './menuActions';

describe('desktop menu actions', () => {
  it('name only actions the registry has, besides the workspace actions of the File menu', () => {
    const workspaceNames: readonly string[] = fileMenuActions;
    for (const name of menuActionNames.filter((n) => !workspaceNames.includes(n)))
      expect(Object.keys(actions), name).toContain(name);
  });

  it('ignore names the registry does not know', () => {
    expect(dispatchMenuAction('formatHardDisk')).toBe(false);
    expect(dispatchMenuAction('__proto__')).toBe(false);
  });
});
