import { describe, expect, it } from 'vitest';
import { mapColumns, parseCsv } from '../../shared/data';
import { simulate } from '../../shared/sim';
import { messyPurchaseTable, purchaseRequestsMap } from '../data/testData';
import { exceptionGroups, exceptionsWorkListCsv, recordsWithExceptions, workListFileName } from './exceptionGroups';

const model = purchaseRequestsMap();
const table = messyPurchaseTable();
const { records } = mapColumns(table, model.data.fields, {
  fields: { requestId: 'Request ID', costCenter: 'Cost Center', amount: 'Amount', tier: 'Tier' },
  keyColumn: 'Request ID',
});
const report = simulate(model, { records, recordOrder: 'file', exceptionRecords: true, seed: 1 });

describe('exception groups', () => {
  it('groups a run’s exceptions by node and kind with the records of each', () => {
    const groups = exceptionGroups(report);
    expect(groups.map((g) => [g.nodeId, g.kind, g.count])).toEqual([
      ['check', 'invalid-field', 2],
      ['check', 'missing-field', 1],
    ]);
    // Two reasons at one node and kind are one group with both messages.
    expect(groups[0].messages.toSorted()).toEqual(['amount fails amount > 0', 'amount is not a number']);
    expect(groups[0].records.map((r) => [r.row, r.key])).toEqual([
      [5, 'PR-004'],
      [6, 'PR-005'],
    ]);
    expect(groups[1].records).toMatchObject([{ row: 4, key: 'PR-003', message: 'costCenter is empty' }]);
  });

  it('writes the work list as CSV that reads back to the same rows', () => {
    const csv = exceptionsWorkListCsv(report, (id) => (id === 'check' ? 'Check request' : id));
    const back = parseCsv(csv);
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
    const expected = report.exceptionRecords!.map((e) => [
      String(e.row),
      e.key,
      'Check request',
      'check',
      e.kind,
      e.message,
    ]);
    expect(back.rows.map((r) => r.cells.slice(0, 6))).toEqual(expected);
    expect(expected.map((e) => e[0])).toEqual(['4', '5', '6']);
  });

  it('lists each record once over 3 replications, counted in records, and so does its CSV', () => {
    const three = simulate(model, { records, recordOrder: 'file', exceptionRecords: true, seed: 1, replications: 3 });
    expect(three.exceptionRecords).toHaveLength(9);
    const groups = exceptionGroups(three);
    expect(groups.map((g) => [g.kind, g.count, g.records.map((r) => [r.row, r.replications, r.of])])).toEqual([
      [
        'invalid-field',
        6,
        [
          [5, 3, 3],
          [6, 3, 3],
        ],
      ],
      ['missing-field', 3, [[4, 3, 3]]],
    ]);
    expect(recordsWithExceptions(three)).toBe(3);
    const rows = parseCsv(exceptionsWorkListCsv(three, (id) => id)).rows;
    expect(rows.map((r) => [r.cells[0], r.cells[7]])).toEqual([
      ['4', '3 of 3'],
      ['5', '3 of 3'],
      ['6', '3 of 3'],
    ]);
  });

  it('names the work list after the process, safe for any file system', () => {
    expect(workListFileName({ ...model, name: 'Purchase approval' })).toBe('Purchase approval - exceptions.csv');
    expect(workListFileName({ ...model, name: 'Q1/Q2: "big" orders?' })).toBe('Q1-Q2- -big- orders- - exceptions.csv');
  });

  it('writes a key or message that a spreadsheet would run as a formula as text', () => {
    const hostile = {
      ...report,
      exceptionRecords: [
        { ...report.exceptionRecords![0], key: '=HYPERLINK("http://x.example","open")', message: '@cmd' },
      ],
    };
    const csv = exceptionsWorkListCsv(hostile, (id) => (id === 'check' ? '+Check' : id));
    const cells = parseCsv(csv).rows[0].cells;
    expect(cells.slice(1, 6)).toEqual([
      '\'=HYPERLINK("http://x.example","open")',
      "'+Check",
      'check',
      expect.any(String),
      "'@cmd",
    ]);
  });
});
