// One parser for the page's shortcuts and the desktop menu's accelerators.
import { parseShortcut } from '../../shared/ipc/keys';

export interface KeyLike {
  key: string;
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** Whether a key event is the shortcut. Mod is Ctrl or Cmd; Shift is ignored for symbols typed with it ("?", "+"). */
export function matchesShortcut(event: KeyLike, shortcut: string): boolean {
  const chord = parseShortcut(shortcut);
  if (chord.mod !== (event.ctrlKey || event.metaKey) || chord.alt !== event.altKey) return false;
  const symbol = chord.key.length === 1 && !/[a-z0-9]/.test(chord.key);
  if (!symbol && chord.shift !== event.shiftKey) return false;
  const key = event.key.toLowerCase();
  if (key === chord.key) return true;
  // With Shift held, "1" arrives as "!": fall back to the physical key for digits.
  return /^[0-9]$/.test(chord.key) && event.code === `Digit${chord.key}`;
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** Keys written as people see them on the keyboard. */
const keyGlyphs: Record<string, string> = { arrowleft: '←', arrowright: '→', arrowup: '↑', arrowdown: '↓' };

/** A shortcut as people read it on this platform: "Ctrl+Shift+Z" or "⌘⇧Z". */
export function shortcutText(shortcut: string): string {
  const chord = parseShortcut(shortcut);
  const key =
    keyGlyphs[chord.key] ??
    (chord.key.length === 1 ? chord.key.toUpperCase() : chord.key[0].toUpperCase() + chord.key.slice(1));
  if (isMac) return `${chord.mod ? '⌘' : ''}${chord.alt ? '⌥' : ''}${chord.shift ? '⇧' : ''}${key}`;
  return [chord.mod && 'Ctrl', chord.alt && 'Alt', chord.shift && 'Shift', key].filter(Boolean).join('+');
}

/** Whether keys typed now belong to a text field rather than to the editor. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
