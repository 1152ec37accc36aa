/** Plain words for the file-system errors people meet; the system's code follows in brackets. */
const plainWords: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'your disk quota is used up',
  EACCES: 'permission was denied',
  EPERM: 'permission was denied, or another program holds the file',
  EBUSY: 'another program holds the file',
  EROFS: 'the disk is read-only',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of its path is not a folder',
  ENOENT: 'the file or its folder no longer exists',
  ENAMETOOLONG: 'the name is too long',
  EMFILE: 'too many files are open',
  EIO: 'the disk reported an error',
};

/** Why a file operation failed, in words a person can act on (e.g. "the disk is full (ENOSPC)"). */
export function fileErrorReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code && plainWords[code]) return `${plainWords[code]} (${code})`;
  if (code) return `the system reported ${code}`;
  return error instanceof Error ? error.message : String(error);
}

/** The message for a save that failed: the file name first, then why, then that nothing was lost. */
export function saveFailedMessage(name: string, error: unknown): string {
  return `"${name}" was not saved: ${fileErrorReason(error)}. A file already at that place is left as it was.`;
}

/** The message for a file that could not be read. */
export function readFailedMessage(name: string, error: unknown): string {
  return `"${name}" could not be opened: ${fileErrorReason(error)}.`;
}
