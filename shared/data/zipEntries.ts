/** What a ZIP archive's central directory declares, read without unpacking anything. */
export interface ZipDirectory {
  entries: number;
  /** The sum of the declared uncompressed sizes, in bytes. */
  uncompressedBytes: number;
}

const endSignature = 0x06054b50;
const zip64LocatorSignature = 0x07064b50;
const zip64EndSignature = 0x06064b50;
const entrySignature = 0x02014b50;
const saturated = 0xffffffff;

/** The end-of-central-directory record: within the last 64 kB + 22 bytes, as the comment before it is at most 64 kB. */
function findEnd(view: DataView): number {
  const stop = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= stop; at--) if (view.getUint32(at, true) === endSignature) return at;
  return -1;
}

/** The ZIP64 size in an entry's extra field (id 1), which holds the uncompressed size first when it is saturated. */
function zip64Size(view: DataView, extraAt: number, extraLength: number): number {
  for (let at = extraAt; at + 4 <= extraAt + extraLength;) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 1 && size >= 8 && at + 12 <= view.byteLength) return Number(view.getBigUint64(at + 4, true));
    at += 4 + size;
  }
  return Infinity;
}

/**
 * Reads a ZIP archive's central directory (ZIP64 included): how many entries it has and how many bytes they declare
 * once unpacked. Null when the archive has no readable directory (the workbook reader then refuses it).
 */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEnd(view);
  if (end < 0) return null;
  let entries = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const locator = end - 20;
  if (
    (entries === 0xffff || offset === saturated) &&
    locator >= 0 &&
    view.getUint32(locator, true) === zip64LocatorSignature
  ) {
    const zip64End = Number(view.getBigUint64(locator + 8, true));
    if (zip64End + 56 > view.byteLength || view.getUint32(zip64End, true) !== zip64EndSignature) return null;
    entries = Number(view.getBigUint64(zip64End + 32, true));
    offset = Number(view.getBigUint64(zip64End + 48, true));
  }
  let uncompressedBytes = 0;
  let at = offset;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== entrySignature) return null;
    const declared = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    uncompressedBytes += declared === saturated ? zip64Size(view, at + 46 + nameLength, extraLength) : declared;
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { entries, uncompressedBytes };
}
