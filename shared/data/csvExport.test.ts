import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';
import { toCsv } from './csvExport';
import { mapColumns } from './records';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../test/fixtures/data/${name}`, import.meta.url)));

describe('toCsv', () => {
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
            records.map((record) => columns.map((column) => record[column])),
          );
          expect(table.issues).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
