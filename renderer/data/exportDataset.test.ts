import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../shared/data';
import { datasetCsv } from './exportDataset';

describe('dataset export', () => {
  it('writes formula-like cells as text and keeps numbers as numbers', () => {
    const table = parseCsv('Note,Amount,Code\n=1+1,-5,@SUM(A1)\n-2+3,+3.2,ok\n');
    const csv = datasetCsv(
      { processId: 'p', name: 'requests.csv', table, mapping: { fields: { amount: 'Amount' } }, createdAt: 0 },
      [{ name: 'amount', type: 'number' }],
    );
    expect(csv).toBe("\uFEFFamount,Note,Code\r\n-5,'=1+1,'@SUM(A1)\r\n3.2,'-2+3,ok\r\n");
  });
});
