import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { readXesText } from '../../shared/io/eventLog';
import type { EventLog, LogAttributes } from '../../shared/log';
import { createWorkspaceDb } from '../workspace/db';
import runningExampleText from '../../test/fixtures/logs/xes/running-example.xes?raw';
import { chunkCases, toCases, toColumns } from './logColumns';
import { deleteLog, listLogs, loadLog, saveLog } from './logRepository';

const runningExample = () => readXesText(runningExampleText);

/** A log of `cases` cases of three events each, with resources, a lifecycle and an attribute now and then. */
function syntheticLog(cases: number): EventLog {
  return {
    format: 'csv',
    attributes: {},
    warnings: [],
    cases: Array.from({ length: cases }, (_, c) => ({
      id: `case ${c}`,
      attributes: (c % 2 ? { region: 'north' } : {}) as LogAttributes,
      line: 2 + c * 3,
      events: ['Receive', 'Check', 'Ship'].map((activity, e) => ({
        activity,
        timestamp: e === 2 && c % 5 === 0 ? null : 1_700_000_000_000 + c * 60_000 + e * 1000,
        ...(e === 1 ? { start: 1_700_000_000_000 + c * 60_000 + 500 } : {}),
        ...(c % 3 ? { resource: `clerk ${c % 4}` } : {}),
        ...(e === 0 ? { lifecycle: 'complete', cost: 12.5 } : {}),
        attributes: (e === 2 ? { channel: 'web', priority: c } : {}) as LogAttributes,
        line: 2 + c * 3 + e,
      })),
    })),
  };
}

const newDb = () => createWorkspaceDb(`logs-${crypto.randomUUID()}`);

describe('log columns', () => {
  it('give back the cases they were made of, every optional field as it was', () => {
    const log = syntheticLog(50);
    expect(toCases(toColumns(log.cases))).toEqual(log.cases);
    const example = runningExample();
    expect(toCases(toColumns(example.cases))).toEqual(example.cases);
  });

  it('keep every case whole within one chunk', () => {
    const chunks = chunkCases(syntheticLog(10).cases, 7);
    expect(chunks.map((chunk) => chunk.length)).toEqual([3, 3, 3, 1]);
  });
});

describe('log repository', () => {
  it('saves a log with its summary, lists the newest first, loads it back whole and deletes it', async () => {
    const db = newDb();
    const example = runningExample();
    const saved = await saveLog(db, { id: 'a', name: 'running-example.xes', createdAt: 1000, log: example });
    expect(saved).toMatchObject({ events: 42, cases: 6, variants: saved.summary.variants.length, chunks: 1 });
    expect(saved.summary.activities).toHaveLength(8);
    const progress: number[] = [];
    const big = syntheticLog(20_000); // 60,000 events: three chunks
    await saveLog(db, { id: 'b', name: 'big.csv', createdAt: 2000, log: big }, (f) => progress.push(f));
    expect(progress).toEqual([1 / 3, 2 / 3, 1]);
    expect((await listLogs(db)).map((record) => [record.name, record.events])).toEqual([
      ['big.csv', 60_000],
      ['running-example.xes', 42],
    ]);
    expect(await loadLog(db, 'a')).toEqual({ ...example, name: 'running-example.xes' });
    expect((await loadLog(db, 'b'))?.cases).toEqual(big.cases);
    await deleteLog(db, 'b');
    expect(await loadLog(db, 'b')).toBeNull();
    expect(await db.logChunks.where('logId').equals('b').count()).toBe(0);
    expect((await listLogs(db)).map((record) => record.id)).toEqual(['a']);
  });

  it('keeps the most frequent variants of a log with many, and counts them all', async () => {
    const db = newDb();
    const log = syntheticLog(300);
    log.cases.forEach((entry, c) => entry.events.push({ ...entry.events[0], activity: `Step ${c}` }));
    const saved = await saveLog(db, { id: 'v', name: 'many.csv', createdAt: 1, log });
    expect(saved.variants).toBe(300);
    expect(saved.summary.variants).toHaveLength(200);
  });

  it('upgrades a version 3 workspace without touching its maps, with no logs yet', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(3).stores({
      processes: 'id, updatedAt',
      revisions: '++id, processId, [processId+at]',
      snapshots: 'revisionId, processId',
      settings: 'key',
      datasets: 'processId, createdAt',
    });
    await old.table('processes').put({ id: 'p1', name: 'Claims', updatedAt: 5, revision: 2, model: {} });
    old.close();
    const db = createWorkspaceDb(name);
    expect(await db.processes.get('p1')).toMatchObject({ name: 'Claims', revision: 2 });
    expect(await listLogs(db)).toEqual([]);
    expect(db.verno).toBe(4);
  });
});
