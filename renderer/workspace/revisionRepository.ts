import Dexie from 'dexie';
import type { ProcessModel } from '../../shared/model/schema';
import { restore, type RestoreResult } from '../../shared/model/restore';
import type { WorkspaceDb } from './db';
import { describeChanges } from './revisionDescription';

/** What the history list shows of a revision. */
export interface RevisionSummary {
  id: number;
  at: number;
  description: string;
}

/** Older revisions beyond this many per process are dropped, so that the history of a large map stays bounded. */
export const maxRevisionsPerProcess = 500;

function byProcess(db: WorkspaceDb, processId: string) {
  return db.revisions.where('[processId+at]').between([processId, Dexie.minKey], [processId, Dexie.maxKey]);
}

/** The revisions of a process, newest first, without their snapshots. */
export async function listRevisions(db: WorkspaceDb, processId: string): Promise<RevisionSummary[]> {
  const records = await byProcess(db, processId).reverse().toArray();
  return records.map((r) => ({ id: r.id, at: r.at, description: r.description }));
}

/**
 * Adds a save point with its snapshot and drops the oldest beyond `keep`; returns its id. Call inside a
 * transaction over revisions and snapshots.
 */
export async function addRevision(
  db: WorkspaceDb,
  processId: string,
  labels: string[],
  model: ProcessModel,
  at: number,
  keep = maxRevisionsPerProcess,
): Promise<number> {
  const record = { processId, at, startedAt: at, labels, description: describeChanges(labels) };
  const id = await db.revisions.add(record);
  await db.snapshots.put({ revisionId: id, processId, model });
  await pruneRevisions(db, processId, keep);
  return id;
}

/** Folds further changes into an existing save point: its labels grow and its snapshot becomes `model`. */
export async function extendRevision(
  db: WorkspaceDb,
  revisionId: number,
  labels: string[],
  model: ProcessModel,
  at: number,
): Promise<void> {
  await db.revisions.update(revisionId, { labels, description: describeChanges(labels), at });
  await db.snapshots.update(revisionId, { model });
}

async function pruneRevisions(db: WorkspaceDb, processId: string, keep: number): Promise<void> {
  const ids = (await byProcess(db, processId).primaryKeys()) as number[];
  const excess = ids.slice(0, Math.max(0, ids.length - keep));
  if (excess.length === 0) return;
  await db.revisions.bulkDelete(excess);
  await db.snapshots.bulkDelete(excess);
}

/** The model of a revision through restore(); null when the revision no longer exists. */
export async function loadRevisionModel(db: WorkspaceDb, revisionId: number): Promise<RestoreResult | null> {
  const snapshot = await db.snapshots.get(revisionId);
  return snapshot ? restore(snapshot.model) : null;
}
