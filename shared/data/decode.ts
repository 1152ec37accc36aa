import { FlowwrightError } from '../model';

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

// Windows-1252 differs from Latin-1 only in 0x80-0x9F (€, dashes, curly quotes, ...). Decoded here, not with
// TextDecoder: Node's decoder reads that range as Latin-1 control characters.
const cp1252High = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    units[i] = byte >= 0x80 && byte <= 0x9f ? cp1252High.charCodeAt(byte - 0x80) : byte;
  }
  let text = '';
  for (let i = 0; i < units.length; i += 8192) text += String.fromCharCode(...units.subarray(i, i + 8192));
  return text;
}

function hasPrefix(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/**
 * Bytes to text: a byte-order mark decides; otherwise valid UTF-8 is UTF-8 and anything else is read as
 * Windows-1252 (the superset of Latin-1 that spreadsheet exports on Western systems write).
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  let decoded: DecodedText;
  if (hasPrefix(bytes, [0xef, 0xbb, 0xbf]))
    decoded = { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  else if (hasPrefix(bytes, [0xff, 0xfe]))
    decoded = { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  else if (hasPrefix(bytes, [0xfe, 0xff]))
    decoded = { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  else {
    try {
      decoded = { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
    } catch {
      decoded = { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
    }
  }
  assertText(decoded.text);
  return decoded;
}

/** Text without a leading byte-order mark. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** NUL characters never occur in text files: their presence means a binary file (a workbook, an archive). */
export function assertText(text: string): void {
  const probe = text.length > 65536 ? text.slice(0, 65536) : text;
  if (probe.includes('\u0000'))
    throw new FlowwrightError(
      'FW_DATA_UNREADABLE',
      'the file is binary, not text: open a workbook as XLSX, or export it as CSV',
    );
}
