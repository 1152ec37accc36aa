import { access, constants, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { FlowwrightError, type ErrorCode } from '../shared/model/errors';
import { checkOutputPath, openOutputFile, writeOutputFile, type OutputFile, type OutputFileSystem } from './outputFile';

export { exitCodes } from './exitCodes';

/** What a command may touch: streams and files, injectable for tests. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  readText(path: string): Promise<string>;
  readBytes(path: string): Promise<Uint8Array>;
  /** Replaces the file atomically: a failure leaves what was there before (FW_FILE_UNWRITABLE). */
  writeText(path: string, text: string): Promise<void>;
  writeBytes(path: string, bytes: Uint8Array): Promise<void>;
  /** Refuses, before any work, an output path that cannot be written (FW_FILE_UNWRITABLE). */
  checkOutput(path: string): Promise<void>;
  /** A file to stream into; it replaces what is at the path only when committed. */
  openOutput(path: string): Promise<OutputFile>;
  isTTY: boolean;
}

/** node:fs/promises seen through what outputs need. */
export const nodeFileSystem: OutputFileSystem = {
  open: async (path, flags, mode) => {
    const handle = await open(path, flags, mode);
    return {
      write: (bytes, offset) => handle.write(bytes, offset),
      chmod: (mode) => handle.chmod(mode),
      sync: () => handle.sync(),
      close: () => handle.close(),
    };
  },
  rename,
  unlink,
  stat,
  checkWritable: (path) => access(path, constants.W_OK),
  syncFolder: async (path) => {
    if (process.platform === 'win32') return; // folders cannot be opened for fsync there
    const folder = await open(path, 'r');
    try {
      await folder.sync();
    } finally {
      await folder.close();
    }
  },
};

/** Files on disk, with outputs written through `fs` (node's, or one that fails on purpose in tests). */
export function diskIO(fs: OutputFileSystem, streams: Pick<CliIO, 'stdout' | 'stderr' | 'isTTY'>): CliIO {
  return {
    ...streams,
    readText: (path) => readFile(path, 'utf8'),
    readBytes: async (path) => new Uint8Array(await readFile(path)),
    writeText: (path, text) => writeOutputFile(fs, path, text),
    writeBytes: (path, bytes) => writeOutputFile(fs, path, bytes),
    checkOutput: (path) => checkOutputPath(fs, path),
    openOutput: (path) => openOutputFile(fs, path),
  };
}

export const nodeIO: CliIO = diskIO(nodeFileSystem, {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  isTTY: Boolean(process.stderr.isTTY),
});

/** Reads a file, turning a missing or unreadable one into a coded error. */
export async function readInput(io: CliIO, path: string): Promise<string> {
  try {
    return await io.readText(path);
  } catch (error) {
    throw new FlowwrightError(
      'FW_FILE_UNREADABLE',
      `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
}

export function usageError(message: string): FlowwrightError {
  return new FlowwrightError('FW_USAGE' satisfies ErrorCode, message);
}
