import path from 'node:path';
import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';

/** An open file that can be written and flushed to the disk. */
export interface WritableFile {
  writeFile(data: string | Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The few file-system calls an atomic write makes; node:fs/promises fits, tests inject failures. */
export interface AtomicFileSystem {
  open(file: string, flags: string, mode?: number): Promise<WritableFile>;
  rename(from: string, to: string): Promise<void>;
  rm(file: string, options: { force: boolean }): Promise<void>;
  stat(file: string): Promise<{ mode: number }>;
  realpath(file: string): Promise<string>;
}

const newFileMode = 0o666; // narrowed by the umask, as a plain write would be

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';
}

/** The temporary file's name: hidden, in the target's folder (so rename never crosses disks), short enough. */
export function temporaryName(target: string, random: string): string {
  const base = path.basename(target).slice(0, 100);
  return path.join(path.dirname(target), `.${base}.${random}.tmp`);
}

/**
 * Writes `data` to `target` so that the target is either the old file or the whole new one, never a mix:
 * write a temporary file in the same folder, flush it to the disk, then rename it over the target.
 * On any failure the temporary file is removed and the error is rethrown; the old file is untouched.
 */
export async function writeFileAtomic(
  target: string,
  data: string | Uint8Array,
  fs: AtomicFileSystem = nodeFs,
): Promise<void> {
  // Through a symbolic link, replace the file it points to, not the link itself.
  const real = await fs.realpath(target).catch((error: unknown) => {
    if (isMissing(error)) return target;
    throw error;
  });
  // An existing file keeps its permissions (a private map stays private).
  const mode = await fs.stat(real).then(
    (s) => s.mode & 0o777,
    (error: unknown) => {
      if (isMissing(error)) return newFileMode;
      throw error;
    },
  );
  const temporary = temporaryName(real, randomBytes(6).toString('hex'));
  let file: WritableFile | undefined;
  try {
    file = await fs.open(temporary, 'wx', mode);
    await file.writeFile(data);
    await file.sync();
    const opened = file;
    file = undefined;
    await opened.close();
    await fs.rename(temporary, real);
  } catch (error) {
    await file?.close().catch(() => {});
    await fs.rm(temporary, { force: true }).catch(() => {});
    throw error;
  }
  await syncFolder(path.dirname(real), fs);
}

/** Flushes the folder entry so the rename survives a power cut; not possible everywhere (Windows), so best effort. */
async function syncFolder(folder: string, fs: AtomicFileSystem): Promise<void> {
  try {
    const handle = await fs.open(folder, 'r');
    await handle.sync().finally(() => handle.close());
  } catch {
    // The file itself is complete and in place; only durability across a crash is weaker here.
  }
}
