import { describe, expect, it } from 'vitest';
import { mapColumns, parseCsv } from '../data';
import { buildModel } from './testing/models';
import { simulate } from './simulate';
import type { ExceptionRecord } from './types';
import { exceptionWorkList, replicationsText, workListCsv } from './workList';

const model = buildModel(
  [
    { id: 's', type: 'startEvent' },
    { id: 'check', type: 'task', name: 'Check request', requiredFields: ['amount', 'costCenter'] },
    { id: 'e', type: 'endEvent' },
  ],
  [
    ['s', 'check'],
    ['check', 'e'],
  ],
);
const csv = 'id,amount,costCenter\nPR-1,120,CC-1\nPR-2,,CC-1\nPR-3,-5,CC-2\nPR-4,300,\nPR-5,80,CC-3\n';
model.data.fields = [
  { name: 'amount', type: 'number', validation: 'amount > 0' },
  { name: 'costCenter', type: 'text' },
];
const records = mapColumns(parseCsv(csv), model.data.fields, {
  fields: { amount: 'amount', costCenter: 'costCenter' },
  keyColumn: 'id',
}).records;

function exception(replication: number, row: number | null, message: string, caseId = `row ${row}`): ExceptionRecord {
  return {
    replication,
    caseId,
    row,
    key: row === null ? null : `K${row}`,
    kind: 'invalid-field',
    nodeId: 'check',
    message,
    handled: false,
    time: '2026-01-05T08:00:00.000Z',
  };
}

describe('exception work list', () => {
  it('lists each bad record once over 5 replications, with the replications it failed in', () => {
    const report = simulate(model, { records, recordOrder: 'file', exceptionRecords: true, seed: 1, replications: 5 });
    expect(report.exceptionRecords).toHaveLength(15); // 3 bad records × 5 replications
    const rows = exceptionWorkList(report.exceptionRecords!, report.replications);
    expect(rows.map((r) => [r.row, r.key, r.kind, r.replications, r.of, replicationsText(r)])).toEqual([
      [3, 'PR-2', 'missing-field', 5, 5, 'every run'],
      [4, 'PR-3', 'invalid-field', 5, 5, 'every run'],
      [5, 'PR-4', 'missing-field', 5, 5, 'every run'],
    ]);
  });

  it('counts the replications a record drawn at random failed in, once per record and message', () => {
    const options = { records, cases: 4, recordOrder: 'bootstrap', exceptionRecords: true, seed: 7 } as const;
    const report = simulate(model, { ...options, replications: 5 });
    const rows = exceptionWorkList(report.exceptionRecords!, 5);
    const ids = rows.map((r) => `${r.row} ${r.message}`);
    expect(new Set(ids).size).toBe(ids.length);
    expect(rows.some((r) => r.replications < 5)).toBe(true); // a draw that varies, so "in k of 5" is tested
    expect(rows.reduce((sum, r) => sum + r.occurrences, 0)).toBe(report.exceptionRecords!.length);
    for (const r of rows) {
      const runs = new Set(report.exceptionRecords!.filter((e) => e.row === r.row).map((e) => e.replication));
      expect(r.replications).toBe(runs.size);
    }
  });

  it('counts replications, not occurrences, keeps messages apart and sorts by row', () => {
    const rows = exceptionWorkList(
      [
        exception(1, 9, 'amount fails amount > 0'),
        exception(1, 3, 'amount is empty'),
        exception(2, 9, 'amount fails amount > 0'),
        exception(2, 9, 'amount fails amount > 0'), // a bootstrap drew row 9 twice in run 2
        exception(2, 9, 'tier is "Gold", not one of gold, silver'),
        exception(3, null, 'no condition matched', 'case-4'),
        exception(4, null, 'no condition matched', 'case-4'),
      ],
      5,
    );
    expect(rows.map((r) => [r.row, r.caseId, r.message, r.replications, r.occurrences, replicationsText(r)])).toEqual([
      [3, null, 'amount is empty', 1, 1, 'in 1 of 5'],
      [9, null, 'amount fails amount > 0', 2, 3, 'in 2 of 5'],
      [9, null, 'tier is "Gold", not one of gold, silver', 1, 1, 'in 1 of 5'],
      [null, 'case-4', 'no condition matched', 2, 2, 'in 2 of 5'],
    ]);
    expect(replicationsText({ replications: 1, of: 1 })).toBe('in 1 of 1');
  });

  it('writes one CSV line per row, with names, the replications and formula-like cells as text', () => {
    const rows = exceptionWorkList([exception(1, 2, '=cmd'), exception(2, 2, '=cmd')], 3);
    const back = parseCsv(workListCsv(rows, () => 'Check request'));
    expect(back.columns).toEqual([
      'row',
      'key',
      'node',
      'node id',
      'kind',
      'message',
      'handled',
      'replications',
      'case',
    ]);
    expect(back.rows.map((r) => r.cells)).toEqual([
      ['2', 'K2', 'Check request', 'check', 'invalid-field', "'=cmd", 'false', '2 of 3', ''],
    ]);
  });
});
