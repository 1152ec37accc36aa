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

/** Reads a picked or dropped file as text, refusing oversized files before reading them. */
export async function readFileText(file: File, maxBytes: number): Promise<{ name: string; text: string }> {
  if (file.size > maxBytes) throw tooLargeError(file.name, file.size, maxBytes);
  return { name: file.name, text: await file.text() };
}
