import Dexie, { type EntityTable, type Table } from 'dexie';
import type { LogAttributes, LogFormat, LogSummary, LogWarning } from '../../shared/log';
import type { LogColumns } from '../logs/logColumns';
import type { ProcessModel } from '../../shared/model/schema';
import type { ColumnMapping, RawTable } from '../../shared/data';

/** One process map in the workspace. The model is stored as saved and passes restore() when read. */
export interface ProcessRecord {
  id: string;
  name: string;
  /** Milliseconds since the epoch of the last save. */
  updatedAt: number;
  /**
   * Counts the writes of this process (1 when created). A save names the one it was based on and is refused when
   * the stored one is newer, so that a stale window never overwrites a newer save. Not a history revision's id.
   */
  revision: number;
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

/** The sample records of a process (one set per map): the table as read, and how its columns map to fields. */
export interface DatasetRecord {
  processId: string;
  /** The file the records came from. */
  name: string;
  /** The columns, format, encoding and delimiter as read, and what the reader worked around. */
  table: RawTable;
  mapping: ColumnMapping;
  /** Milliseconds since the epoch when the records were saved. */
  createdAt: number;
}

/** An event log in the workspace: what lists and the summary show, without its events (see LogChunkRecord). */
export interface LogRecord {
  id: string;
  /** The file it was imported from. */
  name: string;
  format: LogFormat;
  /** Milliseconds since the epoch of the import. */
  createdAt: number;
  events: number;
  cases: number;
  /** The summary at import; its variants are the most frequent ones only (see `variants` for how many in all). */
  summary: LogSummary;
  variants: number;
  warnings: LogWarning[];
  attributes: LogAttributes;
  /** How many chunks hold its events. */
  chunks: number;
}

/** The events of a run of cases of one log, in columns (see renderer/logs/logColumns.ts). */
export interface LogChunkRecord {
  logId: string;
  index: number;
  data: LogColumns;
}

export type WorkspaceDb = Dexie & {
  processes: EntityTable<ProcessRecord, 'id'>;
  revisions: EntityTable<RevisionRecord, 'id'>;
  snapshots: EntityTable<SnapshotRecord, 'revisionId'>;
  settings: EntityTable<SettingRecord, 'key'>;
  datasets: EntityTable<DatasetRecord, 'processId'>;
  logs: EntityTable<LogRecord, 'id'>;
  logChunks: Table<LogChunkRecord, [string, number]>;
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
  // Version 2 adds sample records; existing processes simply have none, so there is nothing to convert.
  db.version(2).stores({ datasets: 'processId, createdAt' });
  // Version 3 counts the writes of each process (compare and swap between windows); existing maps start at 1.
  db.version(3)
    .stores({ processes: 'id, updatedAt' })
    .upgrade((tx) =>
      tx
        .table<ProcessRecord>('processes')
        .toCollection()
        .modify((process) => {
          if (typeof process.revision !== 'number') process.revision = 1;
        }),
    );
  // Version 4 adds event logs: their metadata apart from their events, kept in chunks of columns so that a log of a
  // million events is stored compactly and listing logs reads none of them.
  db.version(4).stores({ logs: 'id, createdAt', logChunks: '[logId+index], logId' });
  return db;
}
