import { FlowwrightError } from '../../shared/model/errors';

/** Why a save was refused: the stored process is newer than the one the change was based on, or it is gone. */
export type ConflictReason = 'newer' | 'deleted';

/**
 * A save refused by the compare and swap on a process's revision: another window or tab saved or deleted the
 * process after this one loaded it. Nothing of the refused save is stored.
 */
export class SaveConflictError extends FlowwrightError {
  constructor(
    readonly processId: string,
    /** The process's name as the refused window shows it (another window may have renamed it). */
    readonly processName: string,
    readonly reason: ConflictReason,
    /** The revision now stored; null when the process is gone. */
    readonly storedRevision: number | null,
  ) {
    super(
      'FW_SAVE_CONFLICT',
      reason === 'newer'
        ? `"${processName}" was changed in another window or tab`
        : `"${processName}" was deleted in another window or tab`,
    );
    this.name = 'SaveConflictError';
  }
}

/** Whether `error` is a refused stale save (rather than a failure worth retrying). */
export function isSaveConflict(error: unknown): error is SaveConflictError {
  return error instanceof SaveConflictError;
}

/** "Claims (my copy)", or the first "Claims (my copy N)" not yet taken: the name a version kept as a copy gets. */
export function myCopyName(name: string, taken: readonly string[]): string {
  const base = `${name} (my copy)`;
  if (!taken.includes(base)) return base;
  for (let n = 2; ; n++) if (!taken.includes(`${name} (my copy ${n})`)) return `${name} (my copy ${n})`;
}
