import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createWorkspaceDb } from '../workspace/db';
import { createLogClient, type StartLogWorker } from './logClient';
import { logFormatOfFile } from './logFormat';
import { createLogHost, progressInterval } from './logHost';
import type { LogMessage } from './logProtocol';
import { listLogs, loadLog } from './logRepository';

import runningExampleText from '../../test/fixtures/logs/xes/running-example.xes?raw';

const runningExample = () => new Blob([runningExampleText]);

/**
 * A CSV of `cases` cases of four events each, about 50 bytes a row, in parts of 1000 rows (Node streams a Blob
 * part by part, as a browser streams a file in chunks of 64 KiB).
 */
function generatedCsv(cases: number): Blob {
  const parts = ['case,activity,time,resource\n'];
  let part = '';
  for (let c = 0; c < cases; c++) {
    for (const [e, activity] of ['Receive', 'Check', 'Approve', 'Ship'].entries())
      part += `c${c},${activity},2024-03-01T${String(8 + e).padStart(2, '0')}:00:00Z,clerk ${c % 7}\n`;
    if (c % 250 === 249) {
      parts.push(part);
      part = '';
    }
  }
  return new Blob([...parts, part]);
}

function hostWithLog(clockStep = 0) {
  const db = createWorkspaceDb(`log-host-${crypto.randomUUID()}`);
  const messages: LogMessage[] = [];
  let time = 0;
  let ids = 0;
  const host = createLogHost((message) => messages.push(message), {
    db,
    newId: () => `log-${++ids}`,
    now: () => 1234,
    clock: () => (time += clockStep),
  });
  return { db, host, messages };
}

const mapping = { caseId: 'case', activity: 'activity', timestamp: 'time', resource: 'resource' };

describe('log worker host', () => {
  it('reads an XES file as a stream and stores it with its summary', async () => {
    const { db, host, messages } = hostWithLog();
    await host.receive({ type: 'import', jobId: 1, file: runningExample(), name: 'running.xes' });
    const imported = messages.at(-1);
    expect(imported).toMatchObject({ type: 'imported', jobId: 1, log: { id: 'log-1', events: 42, cases: 6 } });
    expect(messages.some((m) => m.type === 'progress' && m.step === 'saving')).toBe(true);
    expect((await listLogs(db)).map((log) => [log.name, log.createdAt])).toEqual([['running.xes', 1234]]);
    expect((await loadLog(db, 'log-1'))?.cases).toHaveLength(6);
  });

  it('previews a CSV with a guessed mapping, then imports it under the mapping with its warnings', async () => {
    const { host, messages } = hostWithLog();
    const file = new Blob([
      'Case ID,Activity,Timestamp\n1,A,2024-01-01T10:00:00Z\n1,B,yesterday\n2,A,2024-01-02T10:00:00Z\n',
    ]);
    await host.receive({ type: 'preview', jobId: 1, file });
    expect(messages.at(-1)).toEqual({
      type: 'preview',
      jobId: 1,
      columns: ['Case ID', 'Activity', 'Timestamp'],
      rows: [
        ['1', 'A', '2024-01-01T10:00:00Z'],
        ['1', 'B', 'yesterday'],
        ['2', 'A', '2024-01-02T10:00:00Z'],
      ],
      mapping: { caseId: 'Case ID', activity: 'Activity', timestamp: 'Timestamp', timestampFormat: 'iso' },
    });
    const guessed = { caseId: 'Case ID', activity: 'Activity', timestamp: 'Timestamp' };
    await host.receive({ type: 'import', jobId: 2, file, name: 'small.csv', mapping: guessed });
    const imported = messages.at(-1);
    expect(imported?.type === 'imported' && imported.log.warnings).toEqual([
      expect.objectContaining({ code: 'FW_LOG_BAD_TIMESTAMP', line: 3 }),
    ]);
  });

  it('spaces reading progress by its interval, and reports the last bytes', async () => {
    const { host, messages } = hostWithLog(progressInterval / 3);
    const file = generatedCsv(6000); // about 1.2 MB: some twenty chunks of the file's stream
    await host.receive({ type: 'import', jobId: 1, file, name: 'big.csv', mapping });
    const reading = messages.filter((m) => m.type === 'progress' && m.step === 'reading');
    // A count, not a time: the host's clock is the test's, a third of the interval per look.
    expect(reading.length).toBeGreaterThan(2);
    expect(reading.length).toBeLessThan(12);
    expect(reading.at(-1)).toMatchObject({ bytes: file.size, total: file.size, events: 24_000 });
    expect(messages.at(-1)).toMatchObject({ type: 'imported', log: { events: 24_000, cases: 6000 } });
  });

  it('stops an import when asked and stores nothing of it', async () => {
    const { db, host, messages } = hostWithLog();
    const running = host.receive({ type: 'import', jobId: 7, file: generatedCsv(6000), name: 'big.csv', mapping });
    await host.receive({ type: 'cancel', jobId: 7 });
    await running;
    expect(messages.at(-1)).toEqual({ type: 'cancelled', jobId: 7 });
    expect(await listLogs(db)).toEqual([]);
  });

  it('answers files that are no log, a CSV without a mapping and unknown messages with coded errors', async () => {
    const { host, messages } = hostWithLog();
    await host.receive({ type: 'import', jobId: 1, file: new Blob(['x']), name: 'notes.docx' });
    expect(messages.at(-1)).toMatchObject({ type: 'error', code: 'FW_LOG_UNREADABLE' });
    await host.receive({ type: 'import', jobId: 2, file: new Blob(['a,b\n']), name: 'log.csv' });
    expect(messages.at(-1)).toMatchObject({ type: 'error', code: 'FW_LOG_MAPPING' });
    await host.receive({ type: 'import', jobId: 3, file: new Blob(['<log></log>']), name: 'empty.xes' });
    expect(messages.at(-1)).toMatchObject({ type: 'error', code: 'FW_LOG_EMPTY' });
    await host.receive({ type: 'shred', jobId: 4 });
    expect(messages.at(-1)).toMatchObject({ type: 'error', jobId: 4, code: 'FW_INTERNAL' });
    expect(logFormatOfFile('Receipt.XES.GZ')).toBe('xes');
  });
});

describe('log worker client', () => {
  /** A client whose "worker" runs the host in this thread, answering on a later task as a worker would. */
  function inThread(): StartLogWorker {
    const db = createWorkspaceDb(`log-client-${crypto.randomUUID()}`);
    return (onMessage) => {
      const host = createLogHost((message) => setTimeout(() => onMessage(structuredClone(message))), { db });
      return { post: (request) => void host.receive(request), terminate: () => undefined };
    };
  }

  it('imports with progress, and resolves a cancelled import to null', async () => {
    const client = createLogClient(inThread());
    const seen: number[] = [];
    const record = await client.importLog(runningExample(), 'running.xes', {
      onProgress: (progress) => seen.push(progress.bytes),
    });
    expect(record).toMatchObject({ name: 'running.xes', events: 42 });
    expect(seen.length).toBeGreaterThan(0);
    const cancelled = await client.importLog(generatedCsv(3000), 'big.csv', {
      mapping,
      started: (cancel) => cancel(),
    });
    expect(cancelled).toBeNull();
    await expect(client.importLog(new Blob(['x']), 'x.pdf')).rejects.toMatchObject({ code: 'FW_LOG_UNREADABLE' });
  });
});
