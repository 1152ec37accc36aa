import { readFile, writeFile } from 'node:fs/promises';
import { FlowwrightError, restore, describeProblems, type ErrorCode, type ProcessModel } from '../shared/model';

/** Exit codes of DESIGN.md §4. */
export const exitCodes = { ok: 0, failure: 1, usage: 2 } as const;

/** What a command may touch: streams and files, injectable for tests. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  readText(path: string): Promise<string>;
  readBytes(path: string): Promise<Uint8Array>;
  writeText(path: string, text: string): Promise<void>;
  writeBytes(path: string, bytes: Uint8Array): Promise<void>;
  isTTY: boolean;
}

export const nodeIO: CliIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readText: (path) => readFile(path, 'utf8'),
  readBytes: async (path) => new Uint8Array(await readFile(path)),
  writeText: (path, text) => writeFile(path, text, 'utf8'),
  writeBytes: (path, bytes) => writeFile(path, bytes),
  isTTY: Boolean(process.stderr.isTTY),
};

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

/** Reads and restores a `.flow.json`, or throws a coded error naming what is wrong. */
export async function loadModel(io: CliIO, path: string): Promise<ProcessModel> {
  const result = restore(await readInput(io, path));
  if (!result.ok) throw new FlowwrightError(result.problems[0].code, `${path}: ${describeProblems(result.problems)}`);
  return result.model;
}

export function usageError(message: string): FlowwrightError {
  return new FlowwrightError('FW_USAGE' satisfies ErrorCode, message);
}
