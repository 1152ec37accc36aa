import { describe, expect, it } from 'vitest';
import { createDataClient, type StartDataWorker } from './dataClient';
import { createDataHost, formatOfFile } from './dataHost';
import type { DataMessage } from './dataProtocol';
import { twoSheetWorkbook } from './testData';

const encode = (text: string) => new TextEncoder().encode(text);
const csv = 'id,amount,tier\r\nA-1,10,gold\r\nA-2,-5,silver\r\n,,\r\nA-2,abc,gold\r\n';
const fields = [
  { name: 'id', type: 'text' as const },
  { name: 'amount', type: 'number' as const, required: true, validation: 'amount > 0' },
];

/** A host posting into an array, fed synchronously. */
function hostWithLog() {
  const messages: DataMessage[] = [];
  const host = createDataHost((message) => messages.push(message));
  return { host, messages };
}

/** A client whose "worker" runs the host in this thread, answering on a later microtask as a worker would. */
const inThread: StartDataWorker = (onMessage) => {
  const host = createDataHost((message) => queueMicrotask(() => onMessage(structuredClone(message))));
  return { post: (request) => host.receive(structuredClone(request)), terminate: () => undefined };
};

describe('data worker host', () => {
  it('reads a file by its name, reports progress, and returns the table with suggested types', () => {
    const { host, messages } = hostWithLog();
    host.receive({ type: 'parse', jobId: 1, name: 'requests.csv', bytes: encode(csv) });
    const parsed = messages.find((m) => m.type === 'parsed');
    expect(messages[0]).toEqual({ type: 'progress', jobId: 1, step: 'reading', fraction: 0 });
    expect(messages.some((m) => m.type === 'progress' && m.step === 'inferring')).toBe(true);
    expect(parsed).toMatchObject({ jobId: 1, table: { columns: ['id', 'amount', 'tier'], source: { format: 'csv' } } });
    expect(parsed?.type === 'parsed' && parsed.table.rows.map((r) => r.row)).toEqual([2, 3, 4, 5]);
    // Two of three amounts are numbers: below the 80% a type needs, so the column stays text.
    expect(parsed?.type === 'parsed' && parsed.profiles.map((p) => p.type)).toEqual(['text', 'text', 'text']);
    host.receive({ type: 'parse', jobId: 2, name: 'flags.csv', bytes: encode('n,flag\n1,yes\n2,no\n3,yes\n4,no\n') });
    const typed = messages.at(-1);
    expect(typed?.type === 'parsed' && typed.profiles.map((p) => p.type)).toEqual(['number', 'boolean']);
  });

  it('checks the last table against fields and a mapping, FEEL rules included', () => {
    const { host, messages } = hostWithLog();
    host.receive({ type: 'parse', jobId: 1, name: 'requests.csv', bytes: encode(csv) });
    host.receive({
      type: 'check',
      jobId: 2,
      fields,
      mapping: { fields: { id: 'id', amount: 'amount' }, keyColumn: 'id' },
    });
    const checked = messages.at(-1);
    expect(checked?.type).toBe('checked');
    if (checked?.type !== 'checked') return;
    expect(checked.records).toBe(3);
    expect(checked.report.counts).toEqual({ 'rule-failed': 1, 'empty-row': 1, 'wrong-type': 1, 'duplicate-key': 1 });
    expect(checked.report.findings.find((f) => f.kind === 'rule-failed')).toMatchObject({ row: 3, column: 'amount' });
  });

  it('answers a file it cannot read, and a message it does not understand, with coded errors', () => {
    const { host, messages } = hostWithLog();
    host.receive({ type: 'parse', jobId: 3, name: 'records.json', bytes: encode('{"no": "records"}') });
    expect(messages.at(-1)).toMatchObject({ type: 'error', jobId: 3, code: 'FW_DATA_NOT_RECORDS' });
    host.receive({ type: 'check', jobId: 4, fields: [], mapping: {} });
    expect(messages.at(-1)).toMatchObject({ type: 'error', jobId: 4, code: 'FW_INTERNAL' });
    expect(messages.at(-1)?.type === 'error' && messages.at(-1)).toMatchObject({ message: /does not understand/ });
  });

  it('checks a table it is given (saved records) without reading a file, and keeps it for the next check', () => {
    const reader = hostWithLog();
    reader.host.receive({ type: 'parse', jobId: 1, name: 'requests.csv', bytes: encode(csv) });
    const parsed = reader.messages.find((m) => m.type === 'parsed');
    if (parsed?.type !== 'parsed') throw new Error('not parsed');
    const { host, messages } = hostWithLog();
    const mapping = { fields: { id: 'id', amount: 'amount' }, keyColumn: 'id' };
    host.receive({ type: 'check', jobId: 2, fields, mapping, table: parsed.table });
    expect(messages.at(-1)).toMatchObject({ type: 'checked', records: 3, report: { counts: { 'rule-failed': 1 } } });
    host.receive({ type: 'check', jobId: 3, fields: [fields[0]], mapping: { fields: { id: 'id' }, keyColumn: 'id' } });
    expect(messages.at(-1)).toMatchObject({ type: 'checked', records: 3, report: { counts: { 'duplicate-key': 1 } } });
  });

  it('refuses to check before anything was read', () => {
    const { host, messages } = hostWithLog();
    host.receive({ type: 'check', jobId: 5, fields, mapping: { fields: {} } });
    expect(messages).toEqual([
      { type: 'error', jobId: 5, code: 'FW_INTERNAL', message: 'no records have been read yet' },
    ]);
  });

  it('reads the first sheet of a workbook unless a sheet is named, and checks the sheet read last', () => {
    const { host, messages } = hostWithLog();
    const bytes = twoSheetWorkbook();
    host.receive({ type: 'parse', jobId: 1, name: 'two-sheets.xlsx', bytes });
    expect(messages.at(-1)).toMatchObject({
      type: 'parsed',
      table: {
        columns: ['Report', 'Period', 'Prepared by'],
        source: { sheet: 'Summary', sheetNames: ['Summary', 'Requests'] },
      },
    });
    host.receive({ type: 'parse', jobId: 2, name: 'two-sheets.xlsx', bytes, sheet: 'Requests' });
    const parsed = messages.at(-1);
    expect(parsed).toMatchObject({
      type: 'parsed',
      jobId: 2,
      table: {
        columns: ['Request ID', 'Cost Center', 'Amount', 'Tier', 'Approver'],
        source: { format: 'xlsx', sheet: 'Requests' },
      },
    });
    expect(parsed?.type === 'parsed' && parsed.profiles.find((p) => p.column === 'Amount')?.type).toBe('number');
    const mapping = { fields: { id: 'Request ID', amount: 'Amount' }, keyColumn: 'Request ID' };
    host.receive({ type: 'check', jobId: 3, fields, mapping });
    expect(messages.at(-1)).toMatchObject({ type: 'checked', records: 3, report: { counts: { 'rule-failed': 1 } } });
  });

  it('answers a sheet the workbook does not have with a coded error, and keeps the table it had', () => {
    const { host, messages } = hostWithLog();
    const bytes = twoSheetWorkbook();
    host.receive({ type: 'parse', jobId: 1, name: 'two-sheets.xlsx', bytes, sheet: 'Requests' });
    host.receive({ type: 'parse', jobId: 2, name: 'two-sheets.xlsx', bytes, sheet: 'Approvals' });
    expect(messages.at(-1)).toMatchObject({
      type: 'error',
      jobId: 2,
      code: 'FW_DATA_NO_SHEET',
      message: /"Summary", "Requests"/,
    });
    host.receive({ type: 'check', jobId: 3, fields, mapping: { fields: { amount: 'Amount' } } });
    expect(messages.at(-1)).toMatchObject({ type: 'checked', records: 3 });
  });

  it('picks the reader from the file name', () => {
    expect([formatOfFile('a.JSON'), formatOfFile('b.xlsx'), formatOfFile('c.tsv'), formatOfFile('d')]).toEqual([
      'json',
      'xlsx',
      'csv',
      'csv',
    ]);
  });
});

describe('data client', () => {
  it('resolves parse and check through the worker protocol, passing progress on', async () => {
    const client = createDataClient(inThread);
    const steps: string[] = [];
    const { table } = await client.parse('requests.csv', encode(csv), { onProgress: (step) => steps.push(step) });
    expect(table.rows).toHaveLength(4);
    expect(steps).toContain('reading');
    const { report, records } = await client.check(fields, { fields: { id: 'id', amount: 'amount' } });
    expect(records).toBe(3);
    expect(report.counts['duplicate-row']).toBeUndefined();
  });

  it('reads the sheet it is asked for', async () => {
    const client = createDataClient(inThread);
    const bytes = twoSheetWorkbook();
    expect((await client.parse('two-sheets.xlsx', bytes)).table.source.sheet).toBe('Summary');
    const { table, profiles } = await client.parse('two-sheets.xlsx', bytes, { sheet: 'Requests' });
    expect(table.source.sheet).toBe('Requests');
    expect(table.rows.map((r) => r.cells[0])).toEqual(['PR-101', 'PR-102', 'PR-103']);
    expect(profiles.map((p) => p.column)).toEqual(table.columns);
  });

  it('rejects with the worker’s error code', async () => {
    const client = createDataClient(inThread);
    await expect(client.parse('empty.csv', encode(''))).rejects.toMatchObject({ code: 'FW_DATA_EMPTY' });
  });

  it('rejects what is pending when the worker fails or is disposed', async () => {
    let fail: (message: string) => void = () => undefined;
    const client = createDataClient((_onMessage, onFailure) => {
      fail = onFailure;
      return { post: () => undefined, terminate: () => undefined };
    });
    const pending = client.parse('a.csv', encode(csv));
    fail('the worker could not be started');
    await expect(pending).rejects.toThrow('the worker could not be started');
    const next = client.check(fields, { fields: {} });
    client.dispose();
    await expect(next).rejects.toThrow('the data worker was stopped');
  });
});
