// Reads an Electron ASAR archive (the packed app) without depending on @electron/asar, which only electron-builder
// brings in. Layout: a 16-byte header of sizes, the JSON index of files, then the files' bytes one after another.
import { readFile } from 'node:fs/promises';

interface AsarEntry {
  files?: Record<string, AsarEntry>;
  size?: number;
  offset?: string;
  unpacked?: boolean;
}

export interface AsarArchive {
  /** Every file's path inside the archive, with `/` between folders. */
  files: string[];
  /** A packed file's text. */
  read(file: string): string;
}

/** Opens the archive at `archivePath` and lists its files. */
export async function readAsar(archivePath: string): Promise<AsarArchive> {
  const bytes = await readFile(archivePath);
  const headerSize = bytes.readUInt32LE(4);
  const jsonSize = bytes.readUInt32LE(12);
  const index = JSON.parse(bytes.subarray(16, 16 + jsonSize).toString('utf8')) as AsarEntry;
  const dataStart = 8 + headerSize;
  const entries = new Map<string, AsarEntry>();
  const walk = (entry: AsarEntry, prefix: string) => {
    for (const [name, child] of Object.entries(entry.files ?? {})) {
      const file = prefix ? `${prefix}/${name}` : name;
      if (child.files) walk(child, file);
      else entries.set(file, child);
    }
  };
  walk(index, '');
  return {
    files: [...entries.keys()],
    read(file) {
      const entry = entries.get(file);
      if (!entry || entry.unpacked || entry.offset === undefined || entry.size === undefined) {
        throw new Error(`${file} is not packed in ${archivePath}`);
      }
      const start = dataStart + Number(entry.offset);
      return bytes.subarray(start, start + entry.size).toString('utf8');
    },
  };
}
