/** Characters Windows forbids in file names, and control characters anywhere. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const forbidden = /[<>:"|?*\u0000-\u001f\u007f-\u009f]/g;
/** Bidirectional controls, which can disguise an extension ("map\u202Egnp.exe" reads as "mapexe.png"). */
const bidiControls = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Names Windows reserves for devices, with or without an extension. */
const reservedOnWindows = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i;
/** The extension kept when a name is cut: one or more `.word` parts at the end, e.g. `.flow.json`. */
const extension = /(\.[A-Za-z][A-Za-z0-9]{0,9})+$/;
/** Room left under the usual 255-byte limit for a name, counted in UTF-8. */
const maxNameBytes = 240;

const encoder = new TextEncoder();

function fitsBytes(text: string): boolean {
  return encoder.encode(text).length <= maxNameBytes;
}

/**
 * The name the save dialog proposes: a base name only, whatever the renderer sent. Folders, `..`, control and
 * bidirectional characters and characters Windows forbids are removed; the extension is kept, also when a long
 * name is cut. The user still picks the folder in the dialog.
 */
export function suggestedFileName(requested: string, fallback = 'Untitled'): string {
  const lastPart = requested.split(/[\\/]/).pop() ?? '';
  // Trailing dots and spaces Windows drops itself.
  let name = lastPart
    .replace(forbidden, '')
    .replace(bidiControls, '')
    .replace(/\s+/g, ' ')
    .replace(/[.\s]+$/, '');
  const ext = extension.exec(name)?.[0] ?? '';
  // Leading dots would hide the file or climb a folder.
  let stem = name
    .slice(0, name.length - ext.length)
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
  if (!stem) return ext ? `${fallback}${ext}` : fallback;
  if (!fitsBytes(stem + ext)) {
    const characters = Array.from(stem);
    while (characters.length > 1 && !fitsBytes(characters.join('') + ext)) characters.pop();
    stem = characters.join('').trimEnd();
  }
  name = stem + ext;
  return reservedOnWindows.test(name) ? `_${name}` : name;
}
