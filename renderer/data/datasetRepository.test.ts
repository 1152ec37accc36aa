import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { createTestRepository } from '../workspace/testSupport';
import { createWorkspaceDb, type DatasetRecord } from '../workspace/db';
import { createCaseDataStore } from './caseDataStore';
import { messyPurchaseTable } from './testData';

const dataset = (processId: string, createdAt = 1000): DatasetRecord => ({
  processId,
  name: 'purchase-requests.messy.csv',
  table: messyPurchaseTable(),
  mapping: { fields: { amount: 'Amount' }, keyColumn: 'Request ID' },
  createdAt,
});

describe('dataset repository', () => {
  it('stores one dataset per process, replaces it on save, and deletes it', async () => {
    const { repository } = createTestRepository();
    expect(await repository.loadDataset('p1')).toBeNull();
    expect(await repository.saveDataset(dataset('p1'))).toEqual({
      processId: 'p1',
      name: 'purchase-requests.messy.csv',
      rows: 9,
      columns: 8,
      createdAt: 1000,
    });
    await repository.saveDataset({ ...dataset('p1', 2000), name: 'second.csv' });
    await repository.saveDataset(dataset('p2'));
    const loaded = await repository.loadDataset('p1');
    expect(loaded).toMatchObject({ name: 'second.csv', createdAt: 2000, mapping: { keyColumn: 'Request ID' } });
    // The table comes back whole: rows with their source row numbers and the reader's issues.
    expect(loaded?.table).toEqual(messyPurchaseTable());
    await repository.deleteDataset('p1');
    expect(await repository.loadDataset('p1')).toBeNull();
    expect(await repository.loadDataset('p2')).not.toBeNull();
  });

  it('upgrades a version 1 workspace without touching its processes', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(1).stores({
      processes: 'id, updatedAt',
      revisions: '++id, processId, [processId+at]',
      snapshots: 'revisionId, processId',
      settings: 'key',
    });
    await old.table('settings').put({ key: 'lastOpenProcess', value: 'p1' });
    old.close();
    const db = createWorkspaceDb(name);
    expect(await db.settings.get('lastOpenProcess')).toEqual({ key: 'lastOpenProcess', value: 'p1' });
    expect(await db.datasets.count()).toBe(0);
    expect(db.verno).toBeGreaterThanOrEqual(3);
  });
});

describe('case data store', () => {
  it('follows the open process and keeps only the answer for the process still open', async () => {
    const { repository } = createTestRepository();
    await repository.saveDataset(dataset('p1'));
    const store = createCaseDataStore(repository);
    const first = store.follow('p1');
    const second = store.follow('p2');
    await Promise.all([first, second]);
    expect(store.state.getState()).toEqual({ processId: 'p2', dataset: null });
    await store.follow('p1');
    expect(store.state.getState().dataset?.name).toBe('purchase-requests.messy.csv');
  });

  it('saves and removes the open process’s dataset', async () => {
    const { repository } = createTestRepository();
    const store = createCaseDataStore(repository);
    await store.follow('p1');
    await store.save(dataset('p1'));
    expect(store.state.getState().dataset?.processId).toBe('p1');
    expect((await repository.loadDataset('p1'))?.name).toBe('purchase-requests.messy.csv');
    await store.remove('p1');
    expect(store.state.getState().dataset).toBeNull();
    expect(await repository.loadDataset('p1')).toBeNull();
  });
});
