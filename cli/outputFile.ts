import { basename, dirname, join } from 'node:path';
import { FlowwrightError } from '../shared/model/errors';

/** The file operations an output needs; node:fs/promises in use, a fake with injected failures in tests. */
export interface OutputFileSystem {
  open(path: string, flags: 'wx', mode?: number): Promise<OutputHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  stat(path: string): Promise<{ isDirectory(): boolean; mode: number }>;
  /** Rejects when the path may not be written (as fs.access with W_OK). */
  checkWritable(path: string): Promise<void>;
  /** Flushes a folder's entries to disk, so that a rename survives a power cut; may do nothing. */
  syncFolder(path: string): Promise<void>;
}

export interface OutputHandle {
  write(bytes: Uint8Array, offset: number): Promise<{ bytesWritten: number }>;
  chmod(mode: number): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** A file being written: text queues up, goes out in batches, and replaces the target only at commit(). */
export interface OutputFile {
  /** Queues text or bytes; false once enough waits to be written that the caller should await drain() (backpressure). */
  write(data: string | Uint8Array): boolean;
  /** Resolves once the batches waiting for the disk are fewer than the limit; rejects with the first write failure. */
  drain(): Promise<void>;
  /** Writes what is queued, flushes it to disk (fsync) and renames the file into place. */
  commit(): Promise<void>;
  /** Removes the temporary file; a file that was already at the path stays as it was. */
  abort(): Promise<void>;
}

/** Batches queued or being written beyond which write() asks the caller to wait. */
const batchesInFlight = 2;
let temporaries = 0;

const reason = (error: unknown) => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

function unwritable(path: string, why: string): FlowwrightError {
  return new FlowwrightError('FW_FILE_UNWRITABLE', `cannot write ${path}: ${why}`);
}

async function statOrNull(fs: OutputFileSystem, path: string) {
  try {
    return await fs.stat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw unwritable(path, reason(error));
  }
}

/**
 * Refuses, before any work is done, an output path that names a folder, lies in a folder that does not exist or
 * cannot be written, or names a read-only file; each with FW_FILE_UNWRITABLE.
 */
export async function checkOutputPath(fs: OutputFileSystem, path: string): Promise<void> {
  const existing = await statOrNull(fs, path);
  if (existing?.isDirectory()) throw unwritable(path, 'it is a folder; name a file to write');
  const folder = dirname(path);
  const parent = await statOrNull(fs, folder);
  if (!parent) throw unwritable(path, `the folder ${folder} does not exist`);
  if (!parent.isDirectory()) throw unwritable(path, `${folder} is not a folder`);
  // The folder takes the temporary file; a file already there is replaced only if it may be written.
  const checks: Array<[string, string]> = [[folder, `the folder ${folder} is read-only`]];
  if (existing) checks.push([path, 'the file is read-only']);
  for (const [target, why] of checks)
    try {
      await fs.checkWritable(target);
    } catch (error) {
      throw unwritable(path, `${why} (${reason(error)})`);
    }
}

async function writeAll(handle: OutputHandle, bytes: Uint8Array): Promise<void> {
  for (let offset = 0; offset < bytes.length;) {
    const { bytesWritten } = await handle.write(bytes, offset);
    if (bytesWritten <= 0) throw new Error('the disk took no bytes');
    offset += bytesWritten;
  }
}

/**
 * Text is encoded straight into a buffer of this many bytes, written out when full: joining many small strings
 * first and encoding the result took most of a streamed log's time.
 */
const batchBytes = 1 << 20;
/** UTF-8 takes at most three bytes per UTF-16 unit. */
const maxBytesPerUnit = 3;

class BatchedOutput implements OutputFile {
  private buffer = Buffer.allocUnsafe(batchBytes);
  private used = 0;
  /** Batches queued or being written, oldest first; each write starts when the one before has ended. */
  private readonly flights: Promise<void>[] = [];
  private tail: Promise<void> = Promise.resolve();
  private failure: FlowwrightError | null = null;
  private closed = false;

  constructor(
    private readonly fs: OutputFileSystem,
    private readonly handle: OutputHandle,
    private readonly path: string,
    private readonly temporary: string,
    private readonly kept: string,
  ) {}

  write(data: string | Uint8Array): boolean {
    if (typeof data !== 'string') {
      this.ship();
      this.enqueue(data);
    } else if (data.length * maxBytesPerUnit <= batchBytes - this.used) {
      this.used += this.buffer.write(data, this.used);
    } else {
      this.ship();
      if (data.length * maxBytesPerUnit <= batchBytes) this.used = this.buffer.write(data, 0);
      else this.enqueue(Buffer.from(data, 'utf8'));
    }
    return this.flights.length < batchesInFlight && this.failure === null;
  }

  async drain(): Promise<void> {
    while (this.flights.length >= batchesInFlight && this.failure === null) await this.flights[0];
    if (this.failure) throw this.failure;
  }

  async commit(): Promise<void> {
    this.ship();
    await this.tail;
    if (this.failure) throw this.failure;
    try {
      await this.handle.sync();
      await this.close();
      await this.fs.rename(this.temporary, this.path);
    } catch (error) {
      this.fail(error);
      throw this.failure!;
    }
    await this.fs.syncFolder(dirname(this.path)).catch(() => undefined);
  }

  async abort(): Promise<void> {
    this.used = 0;
    await this.tail;
    await this.close().catch(() => undefined);
    await this.fs.unlink(this.temporary).catch(() => undefined);
  }

  private fail(error: unknown): void {
    this.failure ??= error instanceof FlowwrightError ? error : unwritable(this.path, `${reason(error)}; ${this.kept}`);
  }

  private ship(): void {
    if (this.used === 0) return;
    const full = this.buffer.subarray(0, this.used);
    this.buffer = Buffer.allocUnsafe(batchBytes);
    this.used = 0;
    this.enqueue(full);
  }

  private enqueue(bytes: Uint8Array): void {
    const flight = this.tail
      .then(() => (this.failure ? undefined : writeAll(this.handle, bytes)))
      .catch((error) => this.fail(error))
      .finally(() => void this.flights.shift());
    this.flights.push(flight);
    this.tail = flight;
  }

  private async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.handle.close();
  }
}

/**
 * Opens `path` for writing through a temporary file in the same folder (so that the final rename is atomic), with
 * the mode of the file it will replace. Nothing at `path` changes until commit().
 */
export async function openOutputFile(fs: OutputFileSystem, path: string): Promise<OutputFile> {
  const existing = await statOrNull(fs, path);
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}-${++temporaries}.tmp`);
  let handle: OutputHandle;
  try {
    handle = await fs.open(temporary, 'wx', existing ? existing.mode & 0o777 : 0o666);
  } catch (error) {
    throw unwritable(path, reason(error));
  }
  // The mode given to open() passes through the umask: set the replaced file's own bits again.
  if (existing) await handle.chmod(existing.mode & 0o7777).catch(() => undefined);
  const kept = existing ? 'the file already there is unchanged' : 'nothing was written';
  return new BatchedOutput(fs, handle, path, temporary, kept);
}

/** Writes a whole file atomically: the old file, if any, stays whole until the new one is complete on disk. */
export async function writeOutputFile(fs: OutputFileSystem, path: string, content: string | Uint8Array): Promise<void> {
  const file = await openOutputFile(fs, path);
  try {
    file.write(content);
    await file.commit();
  } catch (error) {
    await file.abort();
    throw error;
  }
}
