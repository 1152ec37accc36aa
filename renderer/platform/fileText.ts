import { FlowwrightError } from '../../shared/model/errors';

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;
}

/** The message for a file refused by size, shared by both platforms. */
export function tooLargeError(name: string, bytes: number, maxBytes: number): FlowwrightError {
  return new FlowwrightError(
    'FW_RESTORE_TOO_LARGE',
    `"${name}" is ${megabytes(bytes)}; Flowwright opens files up to ${megabytes(maxBytes)}`,
  );
}

/** A file's bytes with their UTF-8 reading, as both platforms hand them to the workspace. */
export function openedFile(name: string, bytes: Uint8Array): { name: string; text: string; bytes: Uint8Array } {
  return { name, text: new TextDecoder().decode(bytes), bytes };
}

/** Reads a picked or dropped file, refusing oversized files before reading them. */
export async function readFileText(
  file: File,
  maxBytes: number,
): Promise<{ name: string; text: string; bytes: Uint8Array }> {
  if (file.size > maxBytes) throw tooLargeError(file.name, file.size, maxBytes);
  return openedFile(file.name, new Uint8Array(await file.arrayBuffer()));
}
