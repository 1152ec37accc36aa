import { describe, expect, it } from 'vitest';
import { electronAccelerator, parseShortcut } from './keys';

describe('keys', () => {
  it('parses modifiers and the key, "+" included', () => {
    expect(parseShortcut('Mod+Shift+Z')).toEqual({ mod: true, shift: true, alt: false, key: 'z' });
    expect(parseShortcut('Mod++')).toEqual({ mod: true, shift: false, alt: false, key: '+' });
    expect(parseShortcut('+')).toEqual({ mod: false, shift: false, alt: false, key: '+' });
  });

  it('writes a key in Electron’s accelerator syntax', () => {
    expect(electronAccelerator('Mod+Shift+M')).toBe('CmdOrCtrl+Shift+M');
    expect(electronAccelerator('Mod+G')).toBe('CmdOrCtrl+G');
    expect(electronAccelerator('Mod+Alt+x')).toBe('CmdOrCtrl+Alt+X');
    expect(electronAccelerator('Shift+1')).toBe('Shift+1');
    expect(electronAccelerator('+')).toBe('Plus');
    expect(electronAccelerator('Mod++')).toBe('CmdOrCtrl+Plus');
    expect(electronAccelerator('Mod+=')).toBe('CmdOrCtrl+=');
    expect(electronAccelerator('Mod+-')).toBe('CmdOrCtrl+-');
    expect(electronAccelerator('?')).toBe('?');
    expect(electronAccelerator('F2')).toBe('F2');
    expect(electronAccelerator('Delete')).toBe('Delete');
    expect(electronAccelerator('Shift+ArrowLeft')).toBe('Shift+Left');
    expect(electronAccelerator('PageDown')).toBe('PageDown');
  });
});
