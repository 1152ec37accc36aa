import { describe, expect, it } from 'vitest';
import { mapColumns, parseCsv } from '../../shared/data';
import { simulate } from '../../shared/sim';
import { messyPurchaseTable, purchaseRequestsMap } from '../data/testData';
import { exceptionGroups, workListCsv } from './exceptionGroups';

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
    const csv = workListCsv(report, (id) => (id === 'check' ? 'Check request' : id));
    const back = parseCsv(csv);
    expect(back.columns).toEqual(['row', 'key', 'node', 'kind', 'message', 'handled', 'replication', 'case']);
    const expected = report.exceptionRecords!.map((e) => [String(e.row), e.key, 'Check request', e.kind, e.message]);
    expect(back.rows.map((r) => r.cells.slice(0, 5))).toEqual(expected);
    expect(expected.map((e) => e[0])).toEqual(['4', '5', '6']);
  });

  it('writes a key or message that a spreadsheet would run as a formula as text', () => {
    const hostile = {
      ...report,
      exceptionRecords: [
        { ...report.exceptionRecords![0], key: '=HYPERLINK("http://x.example","open")', message: '@cmd' },
      ],
    };
    const csv = workListCsv(hostile, (id) => (id === 'check' ? '+Check' : id));
    const cells = parseCsv(csv).rows[0].cells;
    expect(cells.slice(1, 5)).toEqual([
      '\'=HYPERLINK("http://x.example","open")',
      "'+Check",
      expect.any(String),
      "'@cmd",
    ]);
  });
});
