import { restore } from '../../shared/model/restore';
import type { WorkspaceRepository } from './repository';
import type { UnloadJournal } from './unloadJournal';

function isEntry(value: unknown): value is { processId: string; model: unknown; labels: string[] } {
  if (!value || typeof value !== 'object') return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.processId === 'string' &&
    Array.isArray(entry.labels) &&
    entry.labels.every((l) => typeof l === 'string')
  );
}

/**
 * Moves a change journaled at page hide into the workspace, as a revision of its own, unless its process is
 * gone, the model does not pass restore(), or the same model was saved after all. Returns whether it saved.
 */
export async function recoverJournal(journal: UnloadJournal, repository: WorkspaceRepository): Promise<boolean> {
  const entry = journal.read();
  journal.clear();
  if (!isEntry(entry)) return false;
  const restored = restore(entry.model);
  const stored = await repository.loadProcess(entry.processId);
  if (!restored.ok || !stored) return false;
  if (stored.ok && JSON.stringify(stored.model) === JSON.stringify(restored.model)) return false;
  await repository.saveChange({
    processId: entry.processId,
    model: restored.model,
    labels: entry.labels,
    extendRevision: null,
  });
  return true;
}
