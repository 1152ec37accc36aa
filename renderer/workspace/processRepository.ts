import type { ProcessModel } from '../../shared/model/schema';
import { restore, type RestoreProblem } from '../../shared/model/restore';
import type { DatasetRecord, ProcessRecord, RevisionRecord, SnapshotRecord, WorkspaceDb } from './db';
import { SaveConflictError } from './saveConflict';

/** What the process list shows. */
export interface ProcessSummary {
  id: string;
  name: string;
  updatedAt: number;
  /** The stored revision (the count of its writes); a save based on an older one is refused. */
  revision: number;
}

export type LoadedProcess =
  | { ok: true; id: string; model: ProcessModel; fixes: string[]; revision: number }
  | { ok: false; id: string; name: string; problems: RestoreProblem[] };

/** Everything a delete removed, so that it can be undone. */
export interface DeletedProcess {
  process: ProcessRecord;
  revisions: RevisionRecord[];
  snapshots: SnapshotRecord[];
  dataset: DatasetRecord | null;
  wasLastOpen: boolean;
}

const lastOpenKey = 'lastOpenProcess';

/** The name shown for a process; a map without a name still needs one in lists. */
export function processName(model: ProcessModel): string {
  return model.name.trim() || 'Untitled process';
}

function summary(record: ProcessRecord): ProcessSummary {
  return { id: record.id, name: record.name, updatedAt: record.updatedAt, revision: record.revision };
}

/** All processes, most recently changed first. */
export async function listProcesses(db: WorkspaceDb): Promise<ProcessSummary[]> {
  const records = await db.processes.orderBy('updatedAt').reverse().toArray();
  return records.map(summary);
}

/** Reads a process through restore(), so that stored data is validated like any file. */
export async function loadProcess(db: WorkspaceDb, id: string): Promise<LoadedProcess | null> {
  const record = await db.processes.get(id);
  if (!record) return null;
  const restored = restore(record.model);
  return restored.ok
    ? { ok: true, id, model: restored.model, fixes: restored.fixes, revision: record.revision }
    : { ok: false, id, name: record.name, problems: restored.problems };
}

/**
 * Writes a process that was loaded at `baseRevision` (null: a new one), compare and swap: when the stored
 * revision differs or the process is gone, nothing is written and a SaveConflictError is thrown. Call inside a
 * transaction over processes, so that the check and the write are one step for every window.
 */
export async function putProcess(
  db: WorkspaceDb,
  id: string,
  model: ProcessModel,
  at: number,
  baseRevision: number | null,
): Promise<ProcessSummary> {
  const stored = await db.processes.get(id);
  if (baseRevision === null && stored) throw new Error(`process ${id} already exists`);
  if (baseRevision !== null && !stored) throw new SaveConflictError(id, processName(model), 'deleted', null);
  if (baseRevision !== null && stored && stored.revision !== baseRevision)
    throw new SaveConflictError(id, processName(model), 'newer', stored.revision);
  const revision = (stored?.revision ?? 0) + 1;
  const record: ProcessRecord = { id, name: processName(model), updatedAt: at, revision, model };
  await db.processes.put(record);
  return summary(record);
}

/** Removes a process with its history and sample records and returns what was removed, for undo. */
export async function deleteProcess(db: WorkspaceDb, id: string): Promise<DeletedProcess | null> {
  return db.transaction('rw', [db.processes, db.revisions, db.snapshots, db.settings, db.datasets], async () => {
    const process = await db.processes.get(id);
    if (!process) return null;
    const revisions = await db.revisions.where('processId').equals(id).toArray();
    const snapshots = await db.snapshots.where('processId').equals(id).toArray();
    const dataset = (await db.datasets.get(id)) ?? null;
    const wasLastOpen = (await getLastOpenProcess(db)) === id;
    await db.processes.delete(id);
    await db.revisions.where('processId').equals(id).delete();
    await db.snapshots.where('processId').equals(id).delete();
    await db.datasets.delete(id);
    if (wasLastOpen) await setLastOpenProcess(db, null);
    return { process, revisions, snapshots, dataset, wasLastOpen };
  });
}

/** Puts a deleted process back exactly as it was, history and sample records included. */
export async function undeleteProcess(db: WorkspaceDb, deleted: DeletedProcess): Promise<void> {
  await db.transaction('rw', [db.processes, db.revisions, db.snapshots, db.datasets], async () => {
    await db.processes.put(deleted.process);
    await db.revisions.bulkPut(deleted.revisions);
    await db.snapshots.bulkPut(deleted.snapshots);
    if (deleted.dataset) await db.datasets.put(deleted.dataset);
  });
}

export async function getLastOpenProcess(db: WorkspaceDb): Promise<string | null> {
  return (await db.settings.get(lastOpenKey))?.value ?? null;
}

export async function setLastOpenProcess(db: WorkspaceDb, id: string | null): Promise<void> {
  if (id === null) await db.settings.delete(lastOpenKey);
  else await db.settings.put({ key: lastOpenKey, value: id });
}
