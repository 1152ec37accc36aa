/** A parsed key such as "Mod+Shift+Z" (Mod is Cmd on macOS, Ctrl elsewhere); `key` is lower case. */
export interface Chord {
  mod: boolean;
  shift: boolean;
  alt: boolean;
  key: string;
}

/** Parses a key written as the action catalogue writes it: "Mod+Shift+Z", "Shift+1", "Mod++", "?". */
export function parseShortcut(shortcut: string): Chord {
  const parts = shortcut.split('+');
  // "+" itself is a key: "Mod++" or "+".
  const key = shortcut.endsWith('+') && parts.at(-1) === '' ? '+' : (parts.at(-1) ?? '');
  const modifiers = new Set(parts.slice(0, key === '+' ? -2 : -1));
  return {
    mod: modifiers.has('Mod'),
    shift: modifiers.has('Shift'),
    alt: modifiers.has('Alt'),
    key: key.toLowerCase(),
  };
}

/** Key names that Electron spells its own way (its accelerator syntax has no "ArrowLeft" and reserves "+"). */
const electronKeys: Record<string, string> = {
  '+': 'Plus',
  ' ': 'Space',
  arrowleft: 'Left',
  arrowright: 'Right',
  arrowup: 'Up',
  arrowdown: 'Down',
  escape: 'Escape',
  delete: 'Delete',
  backspace: 'Backspace',
  enter: 'Enter',
  tab: 'Tab',
  pageup: 'PageUp',
  pagedown: 'PageDown',
};

/** The catalogue's key in Electron's accelerator syntax: "Mod+Shift+M" becomes "CmdOrCtrl+Shift+M", "+" "Plus". */
export function electronAccelerator(shortcut: string): string {
  const chord = parseShortcut(shortcut);
  const key = electronKeys[chord.key] ?? (chord.key.length === 1 ? chord.key.toUpperCase() : capitalised(chord.key));
  return [chord.mod && 'CmdOrCtrl', chord.alt && 'Alt', chord.shift && 'Shift', key].filter(Boolean).join('+');
}

function capitalised(key: string): string {
  // F2, Home, End: Electron's names are the DOM's with a capital first letter.
  return key[0].toUpperCase() + key.slice(1);
}
