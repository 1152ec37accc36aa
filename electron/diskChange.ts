import { createHash } from 'node:crypto';
import type { ShowMessageBox } from './unsavedChanges';

/** What the app knows about a document's file as it last read or wrote it. */
export interface FileStamp {
  mtimeMs: number;
  size: number;
  /** SHA-256 of the bytes: a touch or a checkout of the same content is not a change. */
  hash: string;
}

export interface DiskChangeDeps {
  stat(path: string): Promise<{ mtimeMs: number; size: number }>;
  readFile(path: string): Promise<Uint8Array>;
}

/** The stamp of bytes just read from or written to `path`, with the file's time and size as the disk has them. */
export function stampOf(bytes: Uint8Array, info: { mtimeMs: number; size: number }): FileStamp {
  return { mtimeMs: info.mtimeMs, size: info.size, hash: createHash('sha256').update(bytes).digest('hex') };
}

export type DiskState =
  | { state: 'unchanged'; stamp: FileStamp }
  | { state: 'changed'; stamp: FileStamp; bytes: Uint8Array }
  | { state: 'missing' };

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

/**
 * Compares the file with what the app last saw. Time and size first (cheap); when either moved, the bytes decide,
 * so a `git checkout` that rewrote identical content does not interrupt anyone.
 */
export async function checkDisk(path: string, known: FileStamp, deps: DiskChangeDeps): Promise<DiskState> {
  let info: { mtimeMs: number; size: number };
  try {
    info = await deps.stat(path);
  } catch (error) {
    if (isMissing(error)) return { state: 'missing' };
    throw error;
  }
  if (info.mtimeMs === known.mtimeMs && info.size === known.size) return { state: 'unchanged', stamp: known };
  const bytes = await deps.readFile(path);
  const stamp = stampOf(bytes, info);
  return stamp.hash === known.hash ? { state: 'unchanged', stamp } : { state: 'changed', stamp, bytes };
}

/** What the user chose about a file another program changed. */
export type DiskChangeChoice = 'reload' | 'keep';

/**
 * Asks whether to load the file's new content or keep the window's version. With unsaved changes the question
 * says they would be lost; keeping means the next Save overwrites the other program's version.
 */
export async function askAboutDiskChange(
  showMessageBox: ShowMessageBox,
  name: string,
  dirty: boolean,
): Promise<DiskChangeChoice> {
  const { response } = await showMessageBox({
    type: 'question',
    buttons: ['Reload from disk', 'Keep my version'],
    defaultId: dirty ? 1 : 0,
    cancelId: 1,
    noLink: true,
    message: `“${name}” was changed by another program.`,
    detail: dirty
      ? 'Reloading loses the changes you have not saved. Keeping your version overwrites the other change when you save.'
      : 'Reload it to see the other change, or keep your version (saving it overwrites the other change).',
  });
  return response === 0 ? 'reload' : 'keep';
}

/** Tells that the document's file is gone; the window keeps the map, and Save writes it back. */
export async function tellFileMissing(showMessageBox: ShowMessageBox, name: string): Promise<void> {
  await showMessageBox({
    type: 'warning',
    buttons: ['OK'],
    noLink: true,
    message: `“${name}” was moved or deleted by another program.`,
    detail: 'The map stays open here. Save puts it back where it was; Save As puts it somewhere else.',
  });
}
