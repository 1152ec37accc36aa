import Dexie, { type EntityTable } from 'dexie';
import type { ProcessModel } from '../../shared/model/schema';

/** One process map in the workspace. The model is stored as saved and passes restore() when read. */
export interface ProcessRecord {
  id: string;
  name: string;
  /** Milliseconds since the epoch of the last save. */
  updatedAt: number;
  model: ProcessModel;
}

/** A save point of one process: when, and what changed since the one before. */
export interface RevisionRecord {
  id: number;
  processId: string;
  /** Time of the latest save folded into this revision. */
  at: number;
  /** Time of the first save folded into it; coalescing compares against this. */
  startedAt: number;
  description: string;
  /** Change labels since the previous revision, consecutive repeats folded. */
  labels: string[];
}

/**
 * The model as it was at a revision. Kept apart from the revision's metadata so that listing a long
 * history does not load every snapshot of a large map.
 */
export interface SnapshotRecord {
  revisionId: number;
  processId: string;
  model: ProcessModel;
}

export interface SettingRecord {
  key: string;
  value: string;
}

export type WorkspaceDb = Dexie & {
  processes: EntityTable<ProcessRecord, 'id'>;
  revisions: EntityTable<RevisionRecord, 'id'>;
  snapshots: EntityTable<SnapshotRecord, 'revisionId'>;
  settings: EntityTable<SettingRecord, 'key'>;
};

/** Opens (creating or upgrading as needed) the workspace database; tests pass their own name. */
export function createWorkspaceDb(name = 'flowwright'): WorkspaceDb {
  const db = new Dexie(name) as WorkspaceDb;
  db.version(1).stores({
    processes: 'id, updatedAt',
    revisions: '++id, processId, [processId+at]',
    snapshots: 'revisionId, processId',
    settings: 'key',
  });
  return db;
}
