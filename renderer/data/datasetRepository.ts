import type { DatasetRecord, WorkspaceDb } from '../workspace/db';

export type { DatasetRecord } from '../workspace/db';

/** A dataset as the app shows it in lists and the Simulate panel, without its rows. */
export interface DatasetSummary {
  processId: string;
  name: string;
  rows: number;
  columns: number;
  createdAt: number;
}

export function summarize(dataset: DatasetRecord): DatasetSummary {
  const { processId, name, table, createdAt } = dataset;
  return { processId, name, rows: table.rows.length, columns: table.columns.length, createdAt };
}

/** The map's sample records, or null when it has none. */
export async function loadDataset(db: WorkspaceDb, processId: string): Promise<DatasetRecord | null> {
  return (await db.datasets.get(processId)) ?? null;
}

/** Stores the map's sample records, replacing any it had. */
export async function saveDataset(db: WorkspaceDb, dataset: DatasetRecord): Promise<DatasetSummary> {
  await db.datasets.put(dataset);
  return summarize(dataset);
}

export async function deleteDataset(db: WorkspaceDb, processId: string): Promise<void> {
  await db.datasets.delete(processId);
}
