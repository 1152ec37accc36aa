import type { OptionSpec, ParsedArgs } from '../args';
import { FlowwrightError } from '../../shared/model';
import type { EventLog } from '../../shared/log';
import { parseCsv } from '../../shared/data/csv';
import { csvTableToLog, guessCsvLogMapping, importXes, type CsvLogMapping } from '../../shared/io/eventLog';
import { usageError, type CliIO } from '../io';

/** The CSV column options, as `import` takes them for event logs. */
export const logColumnOptions: Record<string, OptionSpec> = {
  case: { value: true, description: 'CSV logs: the case id column (guessed from the names when absent)' },
  activity: { value: true, description: 'CSV logs: the activity column' },
  timestamp: { value: true, description: 'CSV logs: the time column (the end of the activity with --start)' },
  start: { value: true, description: 'CSV logs: the start time column, for one row per activity instance' },
  resource: { value: true, description: 'CSV logs: the resource column' },
};

const columnKeys = {
  case: 'caseId',
  activity: 'activity',
  timestamp: 'timestamp',
  start: 'start',
  resource: 'resource',
};

async function readBytes(io: CliIO, path: string): Promise<Uint8Array> {
  try {
    return await io.readBytes(path);
  } catch (error) {
    throw new FlowwrightError(
      'FW_FILE_UNREADABLE',
      `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
}

/**
 * Reads an event log file: XES (`.xes`, `.xes.gz`) or CSV, whose columns are guessed from their names and set by
 * the column options. Failures name the file.
 */
export async function readLogFile(io: CliIO, path: string, options: ParsedArgs['options']): Promise<EventLog> {
  const csv = /\.csv$/i.test(path);
  if (!csv && !/\.xes(\.gz)?$/i.test(path))
    throw new FlowwrightError('FW_IMPORT_FORMAT', `${path}: an event log is read from .xes, .xes.gz or .csv files`);
  const given = Object.keys(columnKeys).filter((name) => options[name] !== undefined);
  if (!csv && given.length > 0) throw usageError(`--${given[0]} is for CSV logs; ${path} is XES`);
  const bytes = await readBytes(io, path);
  try {
    if (!csv) return await importXes(bytes);
    const table = parseCsv(bytes);
    const mapping: Partial<CsvLogMapping> = guessCsvLogMapping(table);
    for (const [name, key] of Object.entries(columnKeys)) {
      const value = options[name];
      if (typeof value === 'string') (mapping as Record<string, string>)[key] = value;
    }
    return csvTableToLog(table, mapping as CsvLogMapping);
  } catch (error) {
    if (error instanceof FlowwrightError && error.code !== 'FW_FILE_UNREADABLE')
      throw new FlowwrightError(error.code, `${path}: ${error.message}`);
    throw error;
  }
}
