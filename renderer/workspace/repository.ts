import type { ProcessModel } from '../../shared/model/schema';
import type { RestoreResult } from '../../shared/model/restore';
import type { WorkspaceDb } from './db';
import { newModelId } from './newProcessModel';
import * as processes from './processRepository';
import * as revisions from './revisionRepository';
import * as datasets from '../data/datasetRepository';
import * as documentFiles from './documentFileRepository';

export type { ProcessSummary, LoadedProcess, DeletedProcess } from './processRepository';
export type { RevisionSummary } from './revisionRepository';

/** One autosave: the model now, and the change labels that led to it since the revision it extends or follows. */
export interface SaveChange {
  processId: string;
  model: ProcessModel;
  labels: string[];
  /** The revision to fold this save into, or null to start a new one. */
  extendRevision: number | null;
  /** The stored revision (ProcessSummary.revision) this change was made on; a newer stored one refuses the save. */
  baseRevision: number;
}

/**
 * The workspace's storage behind small functions: components and the autosave never touch Dexie tables.
 * Every write that changes a model also records a revision, in one transaction, and checks that it is based on
 * the stored revision of the process (compare and swap), so that two windows never overwrite each other.
 */
export function createWorkspaceRepository(
  db: WorkspaceDb,
  options: { now?: () => number; maxRevisions?: number } = {},
) {
  const { now = Date.now, maxRevisions = revisions.maxRevisionsPerProcess } = options;
  const tables = [db.processes, db.revisions, db.snapshots];

  /** Writes a model with a revision of its own; `base` is the stored revision it replaces (null: a new process). */
  async function addWithRevision(id: string, model: ProcessModel, label: string, base: number | null) {
    return db.transaction('rw', tables, async () => {
      const at = now();
      const summary = await processes.putProcess(db, id, model, at, base);
      await revisions.addRevision(db, id, [label], model, at, maxRevisions);
      return summary;
    });
  }

  async function loadValid(id: string): Promise<{ model: ProcessModel; revision: number }> {
    const loaded = await processes.loadProcess(db, id);
    if (!loaded) throw new Error(`process ${id} no longer exists`);
    if (!loaded.ok)
      throw new Error(`"${loaded.name}" cannot be read: ${loaded.problems.map((p) => p.message).join('; ')}`);
    return loaded;
  }

  /** Stores `model` as a new process with the sample records of `fromId`; the copy starts a history of its own. */
  async function copyProcess(fromId: string, model: ProcessModel, name: string, label: string) {
    return db.transaction('rw', [...tables, db.datasets], async () => {
      // A copy gets its own model id so that deploying both to an engine does not overwrite one with the other.
      const copy = await addWithRevision(crypto.randomUUID(), { ...model, id: newModelId(), name }, label, null);
      const dataset = await datasets.loadDataset(db, fromId);
      if (dataset) await datasets.saveDataset(db, { ...dataset, processId: copy.id });
      return copy;
    });
  }

  return {
    listProcesses: () => processes.listProcesses(db),
    loadProcess: (id: string) => processes.loadProcess(db, id),
    /** Stores a new process with a first revision described by `label` ("Create process", "Import …"). */
    createProcess: (model: ProcessModel, label: string) => addWithRevision(crypto.randomUUID(), model, label, null),
    /** Copies a process with its sample records; the copy starts a history of its own. */
    async duplicateProcess(id: string) {
      const { model } = await loadValid(id);
      const name = `${processes.processName(model)} (copy)`;
      return copyProcess(id, model, name, `Duplicate of "${processes.processName(model)}"`);
    },
    copyProcess,
    /** Renames a process that is not open in the editor (an open one is renamed through the editor, for undo). */
    async renameProcess(id: string, name: string) {
      return db.transaction('rw', tables, async () => {
        const { model, revision } = await loadValid(id);
        return addWithRevision(id, { ...model, name }, `Rename process to "${name}"`, revision);
      });
    },
    deleteProcess: (id: string) => processes.deleteProcess(db, id),
    undeleteProcess: (deleted: processes.DeletedProcess) => processes.undeleteProcess(db, deleted),
    /**
     * Saves the model and records or extends a revision; returns the list entry (with the new stored revision) and
     * the revision id. Throws a SaveConflictError, storing nothing, when the change is based on an older revision.
     */
    async saveChange(change: SaveChange) {
      return db.transaction('rw', tables, async () => {
        const at = now();
        const summary = await processes.putProcess(db, change.processId, change.model, at, change.baseRevision);
        let revisionId = change.extendRevision;
        if (revisionId !== null && (await db.revisions.get(revisionId))?.processId === change.processId)
          await revisions.extendRevision(db, revisionId, change.labels, change.model, at);
        else
          revisionId = await revisions.addRevision(db, change.processId, change.labels, change.model, at, maxRevisions);
        return { summary, revisionId };
      });
    },
    listRevisions: (processId: string) => revisions.listRevisions(db, processId),
    loadRevisionModel: (revisionId: number): Promise<RestoreResult | null> =>
      revisions.loadRevisionModel(db, revisionId),
    getLastOpenProcess: () => processes.getLastOpenProcess(db),
    setLastOpenProcess: (id: string | null) => processes.setLastOpenProcess(db, id),
    loadDataset: (processId: string) => datasets.loadDataset(db, processId),
    saveDataset: (dataset: datasets.DatasetRecord) => datasets.saveDataset(db, dataset),
    deleteDataset: (processId: string) => datasets.deleteDataset(db, processId),
    /** The files maps were opened from or saved to, by process id. */
    listDocumentFiles: () => documentFiles.listDocumentFiles(db),
    setDocumentFile: (processId: string, link: documentFiles.DocumentFileLink | null) =>
      documentFiles.setDocumentFile(db, processId, link),
  };
}

export type WorkspaceRepository = ReturnType<typeof createWorkspaceRepository>;
