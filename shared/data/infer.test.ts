import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';
import { inferColumns, type ColumnProfile } from './infer';
import type { RawTable, RawValue } from './table';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../test/fixtures/data/${name}`, import.meta.url)));

/** A one-column table of the given values. */
function column(values: RawValue[], delimiter = ','): ColumnProfile {
  const table: RawTable = {
    columns: ['c'],
    rows: values.map((value, i) => ({ row: i + 2, cells: [value] })),
    issues: [],
    source: { format: 'csv', delimiter },
  };
  return inferColumns(table)[0];
}

describe('inferColumns', () => {
  it('finds numbers, with the decimal mark the values prove', () => {
    expect(column(['1', '2.5', '-3'])).toMatchObject({ type: 'number', format: { decimal: '.' }, mismatches: 0 });
    expect(column(['1.234,5', '12', '7,25'])).toMatchObject({ type: 'number', format: { decimal: ',' } });
    expect(column(['1,234.5', '12'])).toMatchObject({ type: 'number', format: { decimal: '.' } });
    expect(column([3, 4.5, null])).toMatchObject({ type: 'number', filled: 2 });
  });

  it('reads "1,234" by the file: thousands in a comma file, decimal in a semicolon file', () => {
    expect(column(['1,234', '5,678'], ',').format.decimal).toBe('.');
    expect(column(['1,234', '5,678'], ';').format.decimal).toBe(',');
  });

  it('keeps codes with leading zeros as text', () => {
    const profile = column(['0012', '0345', '1200', '0007', '0008', '0009']);
    expect(profile.type).toBe('text');
    expect(profile.notes.join(' ')).toContain('leading zeros');
  });

  it('finds booleans but reads 0/1 alone as numbers', () => {
    expect(column(['yes', 'No', 'YES']).type).toBe('boolean');
    expect(column([true, false, 'true']).type).toBe('boolean');
    expect(column(['1', '0', '1', '1']).type).toBe('number');
  });

  it('finds dates and decides day/month order by evidence', () => {
    expect(column(['2025-03-04', '2025-03-05T10:00:00Z'])).toMatchObject({
      type: 'date',
      ambiguousDateOrder: false,
      notes: [],
    });
    expect(column(['04/03/2025', '25/03/2025'])).toMatchObject({
      type: 'date',
      format: { dateOrder: 'dmy' },
      ambiguousDateOrder: false,
    });
    expect(column(['04/03/2025', '03/25/2025'])).toMatchObject({
      type: 'date',
      format: { dateOrder: 'mdy' },
      ambiguousDateOrder: false,
    });
  });

  it('says so when every date reads both ways', () => {
    const profile = column(['04/03/2025', '05/06/2025', '01/02/2025']);
    expect(profile).toMatchObject({ type: 'date', format: { dateOrder: 'dmy' }, ambiguousDateOrder: true });
    expect(profile.notes[0]).toContain('day/month and as month/day');
  });

  it('goes with the majority when the dates contradict each other, counting the rest as mismatches', () => {
    const profile = column(['13/01/2025', '14/01/2025', '15/01/2025', '16/01/2025', '01/17/2025']);
    expect(profile).toMatchObject({ type: 'date', format: { dateOrder: 'dmy' }, mismatches: 1 });
    expect(profile.notes.join(' ')).toContain('mixed');
  });

  it('tolerates a few bad values and counts them', () => {
    const profile = column(['1', '2', '3', '4', 'n/a']);
    expect(profile).toMatchObject({ type: 'number', mismatches: 1 });
    expect(profile.notes).toContain('1 of 5 values are not numbers');
    expect(column(['1', '2', 'x', 'y', 'z']).type).toBe('text');
  });

  it('offers an enum for few repeated values, sorted', () => {
    expect(column(['silver', 'gold', 'gold', 'silver'])).toMatchObject({
      type: 'enum',
      values: ['gold', 'silver'],
      distinct: 2,
    });
    expect(column(['a', 'b', 'c']).type).toBe('text');
  });

  it('calls an empty column text and says it is empty', () => {
    expect(column(['', null, '  '])).toMatchObject({ type: 'text', filled: 0, notes: ['the column is empty'] });
  });

  it('profiles the broken semicolon running example', () => {
    const profiles = inferColumns(parseCsv(fixture('running_example_broken.semicolon.csv')));
    expect(profiles.map((p) => [p.column, p.type])).toEqual([
      ['costs', 'number'],
      ['Resource', 'enum'],
      ['case:concept:name', 'number'],
      ['concept:name', 'enum'],
      ['org:resource', 'enum'],
      ['time:timestamp', 'date'],
    ]);
    expect(profiles[1].values).toEqual(['Ellen', 'Mike', 'Pete', 'Sara', 'Sean', 'Sue']);
  });

  it('profiles the Windows-1252 export: decimal commas, dd.mm.yyyy, ja/nein', () => {
    const profiles = inferColumns(parseCsv(fixture('expenses.windows-1252.csv')));
    const byColumn = Object.fromEntries(profiles.map((p) => [p.column, p]));
    expect(byColumn.Betrag).toMatchObject({ type: 'number', format: { decimal: ',' }, mismatches: 0 });
    expect(byColumn.Datum).toMatchObject({
      type: 'date',
      format: { dateOrder: 'dmy' },
      mismatches: 1,
      ambiguousDateOrder: false,
    });
    expect(byColumn.Genehmigt.type).toBe('boolean');
    expect(byColumn.Kostenstelle).toMatchObject({ type: 'enum', values: ['KST-0815', 'KST-4711'], filled: 4 });
  });
});
