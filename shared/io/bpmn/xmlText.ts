import { FlowwrightError } from '../../model';

/** A 1-based line and column in a text. */
export interface TextPosition {
  line: number;
  column: number;
}

/** The 1-based line and column of a character offset. */
export function positionOf(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Where the first byte that breaks UTF-8 is, or -1 when all of them are valid. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const continuation = (i: number, lo = 0x80, hi = 0xbf) => i < bytes.length && bytes[i] >= lo && bytes[i] <= hi;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    if (b < 0x80) i += 1;
    else if (b >= 0xc2 && b <= 0xdf && continuation(i + 1)) i += 2;
    else if (
      b >= 0xe0 &&
      b <= 0xef &&
      continuation(i + 1, b === 0xe0 ? 0xa0 : 0x80, b === 0xed ? 0x9f : 0xbf) &&
      continuation(i + 2)
    )
      i += 3;
    else if (
      b >= 0xf0 &&
      b <= 0xf4 &&
      continuation(i + 1, b === 0xf0 ? 0x90 : 0x80, b === 0xf4 ? 0x8f : 0xbf) &&
      continuation(i + 2) &&
      continuation(i + 3)
    )
      i += 4;
    else return i;
  }
  return -1;
}

/** The encoding an XML declaration names, read from the first bytes (which are ASCII in every encoding we read). */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 256));
  return /^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head)?.[1];
}

/** What bytes 0x80–0x9F mean in windows-1252 (the rest is ISO-8859-1); 0 where the code page leaves a byte undefined. */
const windows1252High = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0, 0,
  0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/**
 * Windows-1252, which the web (and XML files that say ISO-8859-1) mean by Latin-1. Decoded here because Node's
 * TextDecoder reads these labels as plain ISO-8859-1.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192)
    text += String.fromCharCode(
      ...Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b <= 0x9f ? windows1252High[b - 0x80] || b : b)),
    );
  return text;
}

function decodeStrictly(bytes: Uint8Array, encoding: string): string {
  if (/^(windows-1252|cp1252|iso-8859-1|iso8859-1|iso_8859-1|latin1|l1|us-ascii|ascii)$/i.test(encoding))
    return decodeWindows1252(bytes);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true });
  } catch {
    throw new FlowwrightError(
      'FW_IMPORT_ENCODING',
      `line 1: the file declares encoding "${encoding}", which Flowwright cannot read; save it as UTF-8`,
    );
  }
  try {
    return decoder.decode(bytes);
  } catch {
    const bad = decoder.encoding === 'utf-8' ? firstInvalidUtf8(bytes) : -1;
    if (bad < 0) throw new FlowwrightError('FW_IMPORT_ENCODING', `the file is not valid ${encoding} text`);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
    const { line, column } = positionOf(before, before.length);
    throw new FlowwrightError(
      'FW_IMPORT_ENCODING',
      `line ${line}, column ${column}: byte 0x${bytes[bad].toString(16).toUpperCase()} is not valid UTF-8; ` +
        'the file was probably saved in another encoding (such as ISO-8859-1) than it declares',
    );
  }
}

/**
 * Turns the bytes of an XML file into text: a byte-order mark wins, then the encoding the XML declaration names,
 * then UTF-8. Bytes that are not valid in that encoding are an error naming their line and column.
 */
export function decodeXml(input: string | Uint8Array): string {
  if (typeof input === 'string') return input.replace(/^\uFEFF/, '');
  if (input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf) return decodeStrictly(input.subarray(3), 'utf-8');
  if (input[0] === 0xff && input[1] === 0xfe) return decodeStrictly(input.subarray(2), 'utf-16le');
  if (input[0] === 0xfe && input[1] === 0xff) return decodeStrictly(input.subarray(2), 'utf-16be');
  return decodeStrictly(input, declaredEncoding(input) ?? 'utf-8');
}

/** Ids bpmn-moddle accepts: XML names in ASCII, optionally prefixed. Others make it drop the element. */
const legalId = /^([a-z][\w-.]*:)?[a-z_][\w-.]*$/i;

/** The XML-safe form of an id: characters outside names become `_`, and a leading digit gets a `_` before it. */
export function xmlSafeId(id: string): string {
  if (legalId.test(id)) return id;
  const safe = id.replace(/[^\w-.]/g, '_');
  return /^[a-z_]/i.test(safe) ? safe : `_${safe}`;
}

/**
 * Attribute values and text contents of elements, the places a reference to an id can stand. Neither part can
 * hold `<`, and text excludes `>`, so every match is found in one pass without backtracking over the text.
 */
const referencePlaces = /(=\s*)(?:"([^"<]*)"|'([^'<]*)')|>([^<>]*)</g;

/**
 * Renames ids that are not XML names (spaces, leading digits, non-ASCII letters), and every reference to them,
 * so that the parser keeps the elements that carry them. Returns the new text and the renames made. Linear in the
 * text: one pass finds the ids, one replaces whole attribute values and element texts found among them.
 */
export function repairIds(xml: string): { xml: string; renamed: Map<string, string> } {
  const ids = new Set<string>();
  for (const match of xml.matchAll(/\sid\s*=\s*(["'])(.*?)\1/g)) ids.add(match[2]);
  const renamed = new Map<string, string>();
  const taken = new Set(ids);
  for (const id of ids) {
    if (legalId.test(id)) continue;
    let safe = xmlSafeId(id);
    while (taken.has(safe)) safe = `${safe}_`;
    taken.add(safe);
    renamed.set(id, safe);
  }
  if (renamed.size === 0) return { xml, renamed };
  const repaired = xml.replace(
    referencePlaces,
    (all: string, equals?: string, double?: string, single?: string, content?: string) => {
      if (content !== undefined) {
        const id = content.trim();
        const to = id && renamed.get(id);
        return to ? `>${content.replace(id, to)}<` : all;
      }
      const value = double ?? single!;
      const to = renamed.get(value);
      if (!to) return all;
      return double !== undefined ? `${equals}"${to}"` : `${equals}'${to}'`;
    },
  );
  return { xml: repaired, renamed };
}
