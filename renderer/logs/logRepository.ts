import { summarizeLog, type EventLog } from '../../shared/log';
import type { LogRecord, WorkspaceDb } from '../workspace/db';
import { chunkCases, toCases, toColumns } from './logColumns';

export type { LogRecord } from '../workspace/db';

/** The variants kept with a log's summary: the list shows the most frequent, and the count says how many in all. */
export const variantsKept = 200;

export interface LogToSave {
  id: string;
  name: string;
  createdAt: number;
  log: EventLog;
}

/**
 * Stores a log (its summary, warnings and events in chunks of columns) in one transaction, so that a log is either
 * all there or absent. `onProgress` hears the share of chunks written.
 */
export async function saveLog(
  db: WorkspaceDb,
  { id, name, createdAt, log }: LogToSave,
  onProgress?: (fraction: number) => void,
): Promise<LogRecord> {
  const summary = summarizeLog(log);
  const chunks = chunkCases(log.cases);
  const record: LogRecord = {
    id,
    name,
    format: log.format,
    createdAt,
    events: summary.events,
    cases: summary.cases,
    summary: { ...summary, variants: summary.variants.slice(0, variantsKept) },
    variants: summary.variants.length,
    warnings: log.warnings,
    attributes: log.attributes,
    chunks: chunks.length,
  };
  await db.transaction('rw', db.logs, db.logChunks, async () => {
    await db.logChunks.where('logId').equals(id).delete();
    for (let index = 0; index < chunks.length; index++) {
      await db.logChunks.put({ logId: id, index, data: toColumns(chunks[index]) });
      onProgress?.((index + 1) / chunks.length);
    }
    await db.logs.put(record);
  });
  return record;
}

/** The logs of the workspace, newest first, without their events. */
export async function listLogs(db: WorkspaceDb): Promise<LogRecord[]> {
  return (await db.logs.orderBy('createdAt').reverse().toArray()) as LogRecord[];
}

/** The whole log as the import read it, or null when it is not (or no longer) in the workspace. */
export async function loadLog(db: WorkspaceDb, id: string): Promise<EventLog | null> {
  return db.transaction('r', db.logs, db.logChunks, async () => {
    const record = await db.logs.get(id);
    if (!record) return null;
    const chunks = await db.logChunks.where('[logId+index]').between([id, 0], [id, Infinity]).toArray();
    const cases = chunks.flatMap((chunk) => toCases(chunk.data));
    return {
      format: record.format,
      name: record.name,
      attributes: record.attributes,
      cases,
      warnings: record.warnings,
    };
  });
}

/** Removes a log and its events. */
export async function deleteLog(db: WorkspaceDb, id: string): Promise<void> {
  await db.transaction('rw', db.logs, db.logChunks, async () => {
    await db.logChunks.where('logId').equals(id).delete();
    await db.logs.delete(id);
  });
}
