import { parseCsv, type CsvOptions } from '../../data/csv';
import type { RawTable } from '../../data/table';
import type { EventLog } from '../../log/eventLog';
import { CsvLogBuilder } from './csvLogBuilder';
import type { CsvLogMapping } from './csvLogMapping';

/** Reads the rows of a parsed CSV table as an event log under a column mapping; see importCsvLog. */
export function csvTableToLog(table: RawTable, mapping: CsvLogMapping): EventLog {
  const builder = new CsvLogBuilder(table.columns, mapping);
  builder.addIssues(table.issues);
  builder.addRows(table.rows);
  return builder.finish();
}

/**
 * Reads a CSV event log (bytes in any encoding the case-data reader knows, or text) under a column mapping. Rows
 * without a case id are left out and reported; values that do not parse are reported with their lines.
 */
export function importCsvLog(
  input: Uint8Array | string,
  mapping: CsvLogMapping,
  options: Pick<CsvOptions, 'delimiter' | 'onProgress'> = {},
): EventLog {
  return csvTableToLog(parseCsv(input, options), mapping);
}
