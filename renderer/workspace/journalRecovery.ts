import { restore } from '../../shared/model/restore';
import type { ProcessModel } from '../../shared/model/schema';
import type { NoticeCenter } from './notices';
import { processName } from './processRepository';
import type { WorkspaceRepository } from './repository';
import { isSaveConflict, myCopyName } from './saveConflict';
import type { LeftEntry, UnloadJournal } from './unloadJournal';

/** What recovery did with one entry; entries with nothing to keep are not reported. */
export type RecoveryOutcome =
  | { kind: 'saved'; name: string }
  | { kind: 'copied'; name: string; copy: string }
  | { kind: 'failed'; name: string; message: string };

interface Entry {
  processId: string;
  model: unknown;
  labels: string[];
  baseRevision?: unknown;
}

function isEntry(value: unknown): value is Entry {
  if (!value || typeof value !== 'object') return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.processId === 'string' &&
    Array.isArray(entry.labels) &&
    entry.labels.every((l) => typeof l === 'string')
  );
}

/** Stores one left-behind entry; returns null when there was nothing to keep (process gone, invalid, already stored). */
async function recoverEntry(repository: WorkspaceRepository, entry: Entry): Promise<RecoveryOutcome | null> {
  const restored = restore(entry.model);
  const stored = await repository.loadProcess(entry.processId);
  if (!restored.ok || !stored) return null;
  if (stored.ok && JSON.stringify(stored.model) === JSON.stringify(restored.model)) return null;
  const name = processName(stored.ok ? stored.model : restored.model);
  // Entries written before revisions were counted were made on what the upgrade numbered 1.
  const base = typeof entry.baseRevision === 'number' ? entry.baseRevision : 1;
  if (stored.ok && stored.revision === base) {
    try {
      const change = { processId: entry.processId, model: restored.model, labels: entry.labels };
      await repository.saveChange({ ...change, extendRevision: null, baseRevision: base });
      return { kind: 'saved', name };
    } catch (error) {
      if (!isSaveConflict(error)) throw error;
    }
  }
  // The process was changed since these edits were made: keep them beside it rather than over it.
  return keepAsCopy(repository, entry.processId, restored.model, name);
}

async function keepAsCopy(
  repository: WorkspaceRepository,
  processId: string,
  model: ProcessModel,
  name: string,
): Promise<RecoveryOutcome> {
  const copy = myCopyName(
    name,
    (await repository.listProcesses()).map((p) => p.name),
  );
  await repository.copyProcess(processId, model, copy, `Unsaved changes to "${name}" kept as a copy`);
  return { kind: 'copied', name, copy };
}

function tell(notices: NoticeCenter, outcome: RecoveryOutcome): void {
  if (outcome.kind === 'copied')
    notices.notify({
      kind: 'info',
      title: `Unsaved changes to "${outcome.name}" were kept as "${outcome.copy}".`,
      details: [`A window closed before saving them, and "${outcome.name}" was changed after they were made.`],
      timeoutMs: null,
    });
  if (outcome.kind === 'failed')
    notices.notify({
      kind: 'error',
      title: `Unsaved changes to "${outcome.name}" from last time could not be saved yet.`,
      details: [outcome.message, 'They are kept and tried again at the next start.'],
    });
}

/**
 * Moves the changes that windows journaled at page hide and did not get to store into the workspace, each as a
 * revision of its own (or, when its process was changed since, as a copy beside it), through restore(). An entry
 * is removed once that is stored, or when its process is gone, its model does not pass restore(), or the same
 * model was stored after all; one that fails to store stays for the next start. Says what it did in notices.
 */
export async function recoverJournal(
  journal: UnloadJournal,
  repository: WorkspaceRepository,
  notices?: NoticeCenter,
): Promise<RecoveryOutcome[]> {
  const outcomes: RecoveryOutcome[] = [];
  const left: LeftEntry[] = await journal.leftBehind();
  for (const { key, value } of left) {
    if (!isEntry(value)) {
      journal.remove(key);
      continue;
    }
    try {
      const outcome = await recoverEntry(repository, value);
      journal.remove(key);
      if (outcome) outcomes.push(outcome);
    } catch (error) {
      const model = restore(value.model);
      const name = model.ok ? processName(model.model) : 'a process';
      outcomes.push({ kind: 'failed', name, message: error instanceof Error ? error.message : String(error) });
    }
  }
  if (notices) for (const outcome of outcomes) tell(notices, outcome);
  return outcomes;
}
