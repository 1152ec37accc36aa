import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FlowwrightError } from '../model/errors';
import type { DataField } from '../model/schema';
import { parseCsv } from './csv';
import { inferColumns } from './infer';
import { fieldNameFor, suggestFields, suggestMapping } from './mapping';
import { mapColumns } from './records';
import { parseXlsx } from './xlsx';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../test/fixtures/data/${name}`, import.meta.url)));

describe('field names and suggestions', () => {
  it.each([
    ['Cost Center', 'costCenter'],
    ['case:concept:name', 'caseConceptName'],
    ['Request ID', 'requestID'],
    ['ID', 'id'],
    ['Beleg-Nr', 'belegNr'],
    ['Größe (cm)', 'größeCm'],
    ['2nd reviewer', 'field2ndReviewer'],
    ['if', 'ifField'],
    ['Satisfies', 'satisfiesField'],
    ['Not', 'notField'],
    ['---', 'field'],
  ])('%j becomes %j', (column, name) => {
    expect(fieldNameFor(column)).toBe(name);
  });

  it('suggests typed fields with unique names and the column as label', () => {
    const table = parseCsv('Cost Center,cost center,Tier\nA,1,gold\nB,2,gold\n');
    expect(suggestFields(inferColumns(table))).toEqual([
      { name: 'costCenter', type: 'text', label: 'Cost Center' },
      { name: 'costCenter2', type: 'number', label: 'cost center' },
      { name: 'tier', type: 'enum', values: ['gold'], label: 'Tier' },
    ]);
  });

  it('maps fields to columns by name or label, ignoring case and punctuation, and offers a key', () => {
    const table = parseCsv('Request ID,COST_CENTER,Betrag,other\nR1,CC1,"1,5",x\nR2,CC2,2,y\n', { delimiter: ',' });
    const fields: DataField[] = [
      { name: 'costCenter', type: 'text' },
      { name: 'amount', type: 'number', label: 'Betrag' },
      { name: 'tier', type: 'text' },
    ];
    const mapping = suggestMapping(table, fields);
    expect(mapping.fields).toEqual({ costCenter: 'COST_CENTER', amount: 'Betrag' });
    expect(mapping.keyColumn).toBe('Request ID');
    expect(mapping.formats?.Betrag).toEqual({ decimal: ',', dateOrder: 'dmy' });
  });
});

describe('mapColumns', () => {
  const fields: DataField[] = [
    { name: 'amount', type: 'number' },
    { name: 'submitted', type: 'date' },
    { name: 'urgent', type: 'boolean' },
    { name: 'tier', type: 'enum', values: ['gold', 'silver'] },
    { name: 'missing', type: 'text' },
  ];
  const mapping = {
    fields: { amount: 'Amount', submitted: 'Submitted', urgent: 'Urgent', tier: 'Tier' },
    keyColumn: 'Request ID',
    arrivalColumn: 'Submitted',
  };

  it('types the messy requests, keeping unconvertible values as their text and other columns as extras', () => {
    const mapped = mapColumns(parseCsv(fixture('purchase-requests.messy.csv')), fields, mapping);
    expect(mapped.emptyRows).toEqual([7]);
    expect(mapped.extraColumns).toEqual(['Request ID', 'Requester', 'Cost Center', 'Notes']);
    expect(mapped.records).toHaveLength(8);
    const [first, second, , fourth, fifth] = mapped.records;
    expect(first).toEqual({
      row: 2,
      key: 'PR-001',
      arrival: Date.UTC(2025, 2, 3) / 1000,
      values: { amount: 1250, submitted: '2025-03-03', urgent: false, tier: 'gold', missing: null },
      extra: { 'Request ID': 'PR-001', Requester: 'Ana Costa', 'Cost Center': 'CC-100', Notes: '' },
    });
    expect(second.values.amount).toBe(12400.5);
    expect(fourth.values).toMatchObject({ amount: 'abc', tier: 'bronze' });
    expect(fifth).toMatchObject({ row: 6, arrival: null, values: { amount: -5, submitted: '2025-02-30' } });
    expect(mapped.records.at(-1)).toMatchObject({
      row: 11,
      values: { amount: 45, submitted: null, urgent: null, tier: null },
      extra: { Notes: '' },
    });
  });

  it('maps by field name when no mapping is given', () => {
    const table = parseCsv('amount;when\n1,5;01.02.2025\n');
    const [record] = mapColumns(table, [
      { name: 'amount', type: 'number' },
      { name: 'when', type: 'date' },
    ]).records;
    expect(record.values).toEqual({ amount: 1.5, when: '2025-02-01' });
  });

  it('uses the format chosen for a column over the inferred one', () => {
    const table = parseCsv('d\n04/03/2025\n');
    const read = (dateOrder: 'dmy' | 'mdy') =>
      mapColumns(table, [{ name: 'd', type: 'date' }], { fields: { d: 'd' }, formats: { d: { dateOrder } } }).records[0]
        .values.d;
    expect(read('dmy')).toBe('2025-03-04');
    expect(read('mdy')).toBe('2025-04-03');
  });

  it('takes arrival times from numbers of seconds too', () => {
    const table = parseCsv('id,t\na,3600\nb,90.5\n');
    expect(mapColumns(table, [], { fields: {}, arrivalColumn: 't' }).records.map((r) => r.arrival)).toEqual([
      3600, 90.5,
    ]);
  });

  it('types workbook cells, stored numbers and numbers stored as text alike', () => {
    const mapped = mapColumns(
      parseXlsx(fixture('requests.xlsx')),
      [
        { name: 'amount', type: 'number' },
        { name: 'submitted', type: 'date' },
      ],
      { fields: { amount: 'Amount', submitted: 'Submitted' } },
    );
    expect(mapped.records.map((r) => r.values.amount)).toEqual([1250.5, 12400, 310, 'n/a']);
    expect(mapped.records.map((r) => r.values.submitted)).toEqual([
      '2025-03-03',
      '2025-03-04T14:30:00',
      '2025-03-05',
      'soon',
    ]);
    expect(mapped.emptyRows).toEqual([5]);
  });

  it('refuses a mapping to a column the table does not have', () => {
    const table = parseCsv('a\n1\n');
    expect(() => mapColumns(table, [{ name: 'x', type: 'text' }], { fields: { x: 'nope' } })).toThrow(FlowwrightError);
    expect(() => mapColumns(table, [], { fields: {}, keyColumn: 'nope' })).toThrow(/the key is mapped to "nope"/);
  });

  it('keeps a column or field called __proto__ as data, never as a prototype', () => {
    const table = parseCsv('__proto__,constructor,amount\nx,y,5\n');
    const fields = JSON.parse('{ "__proto__": "amount" }') as Record<string, string>;
    const { records } = mapColumns(table, [{ name: '__proto__', type: 'number' }], { fields });
    expect(Object.getPrototypeOf(records[0].values)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(records[0].values, '__proto__')?.value).toBe(5);
    expect(Object.getOwnPropertyDescriptor(records[0].extra, '__proto__')?.value).toBe('x');
    expect(records[0].extra.constructor).toBe('y');
    expect(Object.keys(records[0].extra)).toEqual(['__proto__', 'constructor']);
    const unmapped = mapColumns(table, [{ name: '__proto__', type: 'number' }], { fields: {} });
    expect(Object.getOwnPropertyDescriptor(unmapped.records[0].values, '__proto__')?.value).toBeNull();
  });
});
