import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv } from './csv';
import { codeOf } from './testSupport';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../test/fixtures/data/${name}`, import.meta.url)));
const cells = (text: string) => parseCsv(text).rows.map((row) => row.cells);

describe('parseCsv quoting', () => {
  it('keeps delimiters, doubled quotes and line breaks inside quoted fields', () => {
    const table = parseCsv('id,note\n1,"a, b"\n2,"say ""hi"""\n3,"two\nlines"\n4,""\n');
    expect(table.rows.map((row) => row.cells)).toEqual([
      ['1', 'a, b'],
      ['2', 'say "hi"'],
      ['3', 'two\nlines'],
      ['4', ''],
    ]);
    expect(table.issues).toEqual([]);
  });

  it('numbers rows by the line they start on, across quoted line breaks of any style and mixed CRLF and LF', () => {
    const table = parseCsv('id,note\r\n1,"x\r\ny\nz"\r\n2,plain\n3,"a\rb"\r\n4,end');
    expect(table.rows).toEqual([
      { row: 2, cells: ['1', 'x\r\ny\nz'] },
      { row: 5, cells: ['2', 'plain'] },
      { row: 6, cells: ['3', 'a\rb'] },
      { row: 8, cells: ['4', 'end'] },
    ]);
    expect(table.issues).toEqual([]);
  });

  it('reads any well-quoted records back exactly, whichever of CRLF and LF ends each, with their line numbers', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', ' ', ',', '"', '\n', '\r', '\t', 'é'), maxLength: 6 });
    const quoted = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
    const record = fc.record({
      cells: fc.array(cell, { minLength: 2, maxLength: 2 }),
      end: fc.constantFrom('\r\n', '\n'),
    });
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 10 }), (records) => {
        let text = 'p,q\n';
        const expected = records.map(({ cells, end }) => {
          const row = text.split(/\r\n|\r|\n/).length;
          text += cells.map(quoted).join(',') + end;
          return { row, cells };
        });
        const table = parseCsv(text, { delimiter: ',' });
        expect(table.rows).toEqual(expected);
        expect(table.issues).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('reads a file whose lines end with CR alone', () => {
    const table = parseCsv('id;note\r1;"x\ny"\r2;z\r');
    expect(table.columns).toEqual(['id', 'note']);
    expect(table.rows).toEqual([
      { row: 2, cells: ['1', 'x\ny'] },
      { row: 4, cells: ['2', 'z'] },
    ]);
  });

  it('keeps a CR that is data when LF ends the records: inside quotes, or alone in an unquoted value', () => {
    const table = parseCsv('a,b\n1,"x\r"\r\n2,27"\r\n3,p\rq\n4,z\n');
    expect(table.rows).toEqual([
      { row: 2, cells: ['1', 'x\r'] },
      { row: 4, cells: ['2', '27"'] },
      { row: 5, cells: ['3', 'p\rq'] },
      { row: 7, cells: ['4', 'z'] },
    ]);
  });

  it('reads a quote inside an unquoted value as a plain character', () => {
    expect(cells('size,name\n27,5" screen\n')).toEqual([['27', '5" screen']]);
  });

  it('reports text after a closing quote and reads that value as written, the rest of the line normally', () => {
    const table = parseCsv('a,b,c\n"x"y,"2",3\n4,"z",6\n');
    expect(table.rows.map((row) => row.cells)).toEqual([
      ['"x"y', '2', '3'],
      ['4', 'z', '6'],
    ]);
    expect(table.issues).toEqual([expect.objectContaining({ code: 'malformed-quote', row: 2, column: 'a' })]);
    expect(table.issues[0].message).toBe('on row 2 text follows a closing quote; the value is read as written: "x"y');
  });

  it('reports a quote that never closes and reads the rest of the file normally', () => {
    const table = parseCsv('a,b\n1,"open\n2,x\n');
    expect(table.rows.map((row) => row.cells)).toEqual([
      ['1', '"open'],
      ['2', 'x'],
    ]);
    expect(table.issues).toEqual([expect.objectContaining({ code: 'unterminated-quote', row: 2, column: 'b' })]);
  });

  it('keeps a stray quote from swallowing the lines up to the next quoted value', () => {
    const table = parseCsv('a,b\n1,"open\n2,x\n3,"ok, fine"\n4,y\n');
    expect(table.rows).toEqual([
      { row: 2, cells: ['1', '"open'] },
      { row: 3, cells: ['2', 'x'] },
      { row: 4, cells: ['3', 'ok, fine'] },
      { row: 5, cells: ['4', 'y'] },
    ]);
    expect(table.issues.map((issue) => [issue.code, issue.row, issue.column])).toEqual([
      ['unterminated-quote', 2, 'b'],
    ]);
  });

  it('reports a quoted value whose last quote is doubled, so never closes, and reads it as written', () => {
    const table = parseCsv('a,b\n1,"x""\n');
    expect(table.rows.map((row) => row.cells)).toEqual([['1', '"x""']]);
    expect(table.issues).toEqual([expect.objectContaining({ code: 'unterminated-quote', row: 2, column: 'b' })]);
  });

  it('ignores blanks between a closing quote and the delimiter or line end', () => {
    const table = parseCsv('a,b\r\n"x"  ,"y" \r\n');
    expect(table.rows.map((row) => row.cells)).toEqual([['x', 'y']]);
    expect(table.issues).toEqual([]);
  });

  it('keeps an empty last value after a trailing delimiter', () => {
    expect(cells('a,b\n1,')).toEqual([['1', '']]);
  });
});

describe('parseCsv delimiters, header and rows', () => {
  it.each([
    [',', 'a,b,c\n1,2,3\n'],
    [';', 'a;b;c\n1,5;2,5;3\n'],
    ['\t', 'a\tb\tc\n1\t2\t3\n'],
    ['|', 'a|b|c\n1|2|3\n'],
  ])('detects %j', (delimiter, text) => {
    expect(detectDelimiter(text)).toBe(delimiter);
    expect(parseCsv(text).columns).toEqual(['a', 'b', 'c']);
  });

  it('ignores delimiters inside quotes when detecting', () => {
    expect(detectDelimiter('name;note\n"Smith, J";"a, b, c"\n"Lee, K";x\n')).toBe(';');
  });

  it('uses a given delimiter', () => {
    expect(parseCsv('a;b,c\n1;2,3\n', { delimiter: ',' }).columns).toEqual(['a;b', 'c']);
  });

  it('reads a single column as comma-separated', () => {
    expect(parseCsv('name\nAda\nGrace\n').columns).toEqual(['name']);
  });

  it('reports short and long rows, keeping extra values in new columns', () => {
    const table = parseCsv('a,b,c\n1,2\n1,2,3,4\n');
    expect(table.columns).toEqual(['a', 'b', 'c', 'column 4']);
    expect(table.rows.map((row) => row.cells)).toEqual([
      ['1', '2'],
      ['1', '2', '3', '4'],
    ]);
    expect(table.issues.map((issue) => [issue.code, issue.row])).toEqual([
      ['ragged-row', 2],
      ['ragged-row', 3],
    ]);
  });

  it('keeps blank lines as empty rows and skips blank lines before the header', () => {
    const table = parseCsv('\n\na,b\n1,2\n\n3,4\n');
    expect(table.columns).toEqual(['a', 'b']);
    expect(table.rows.map((row) => row.row)).toEqual([4, 5, 6]);
    expect(table.issues).toEqual([]);
  });

  it('names empty and repeated header cells and reports them', () => {
    const table = parseCsv(',x,x\n1,2,3\n');
    expect(table.columns).toEqual(['column 1', 'x', 'x (2)']);
    expect(table.issues.map((issue) => issue.code)).toEqual(['empty-column-name', 'duplicate-column']);
  });

  it('reads without a header row when told', () => {
    const table = parseCsv('1,2\n3,4,5\n', { header: false });
    expect(table.columns).toEqual(['column 1', 'column 2', 'column 3']);
    expect(table.rows.map((row) => row.row)).toEqual([1, 2]);
  });

  it('reports progress up to the whole text', () => {
    const seen: number[] = [];
    parseCsv(`a\n${'1\n'.repeat(20000)}`, { onProgress: (fraction) => seen.push(fraction) });
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)).toBe(1);
    expect(seen).toEqual([...seen].sort((x, y) => x - y));
  });

  it('refuses an empty file and a binary one with codes', () => {
    expect(codeOf(() => parseCsv(' \n'))).toBe('FW_DATA_EMPTY');
    expect(codeOf(() => parseCsv(',,\n , \n'))).toBe('FW_DATA_EMPTY');
    expect(codeOf(() => parseCsv(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0, 0])))).toBe('FW_DATA_UNREADABLE');
  });
});

describe('parseCsv encodings', () => {
  it('strips a byte-order mark from bytes and from text', () => {
    expect(parseCsv(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x0a, 0x31])).columns).toEqual(['a']);
    expect(parseCsv('\uFEFFa\n1').columns).toEqual(['a']);
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const text = 'näme;x\nä;1\n';
    const le = new Uint8Array([
      0xff,
      0xfe,
      ...[...text].flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8]),
    ]);
    const table = parseCsv(le);
    expect(table.source.encoding).toBe('utf-16le');
    expect(table.rows[0].cells).toEqual(['ä', '1']);
  });

  it('reads bytes that are not UTF-8 as Windows-1252', () => {
    const table = parseCsv(new Uint8Array([0x6e, 0x0a, 0x80, 0x20, 0xe4, 0x0a]));
    expect(table.source.encoding).toBe('windows-1252');
    expect(table.rows[0].cells).toEqual(['€ ä']);
  });
});

describe('parseCsv on real and messy files', () => {
  it('reads the broken semicolon running example (pm4py)', () => {
    const table = parseCsv(fixture('running_example_broken.semicolon.csv'));
    expect(table.source).toEqual({ format: 'csv', delimiter: ';', encoding: 'utf-8' });
    expect(table.columns).toEqual([
      'costs',
      'Resource',
      'case:concept:name',
      'concept:name',
      'org:resource',
      'time:timestamp',
    ]);
    expect(table.rows).toHaveLength(34);
    expect(table.rows[0]).toEqual({
      row: 2,
      cells: ['50', 'Pete', '3', 'register request', 'Pete', '2010-12-30 14:32:00+01:00'],
    });
    expect(new Set(table.rows.map((row) => row.cells[2]))).toEqual(new Set(['1', '2', '3', '4', '5', '6']));
    expect(table.issues).toEqual([]);
  });

  it('reads the running example with its unnamed index column', () => {
    const table = parseCsv(fixture('running-example.csv'));
    expect(table.columns[0]).toBe('column 1');
    expect(table.rows).toHaveLength(42);
    expect(table.issues).toEqual([expect.objectContaining({ code: 'empty-column-name', row: 1 })]);
  });

  it('reads the Windows-1252 expense export with its accents and euro sign', () => {
    const table = parseCsv(fixture('expenses.windows-1252.csv'));
    expect(table.source).toEqual({ format: 'csv', delimiter: ';', encoding: 'windows-1252' });
    expect(table.rows.map((row) => row.cells[1])).toEqual([
      'Jürgen Müller',
      'Zoë Lefèvre',
      'François Weiß',
      'Åsa Øberg — Gebühr 5 €',
      'Björn Þórsson',
    ]);
    expect(table.rows[0].cells[3]).toBe('1.234,50');
  });

  it('reads the messy purchase requests: BOM, CRLF, quotes, an empty row and a short row', () => {
    const table = parseCsv(fixture('purchase-requests.messy.csv'));
    expect(table.columns[0]).toBe('Request ID');
    expect(table.rows.map((row) => row.row)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 11]);
    expect(table.rows[1].cells[7]).toBe('Laptop, dock and "4K" monitor');
    expect(table.rows[7].cells[7]).toBe('two-line\r\nnote');
    expect(table.issues).toEqual([expect.objectContaining({ code: 'ragged-row', row: 11 })]);
  });
});
