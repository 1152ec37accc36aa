import { parseCsv, type CsvOptions } from '../../data/csv';
import { cellAt, type RawTable } from '../../data/table';
import type { EventLog, LogAttributes, LogCase, LogEvent } from '../../log/eventLog';
import { reportUnpaired } from '../../log/activityInstances';
import { LogWarnings } from '../../log/logWarnings';
import { timestampReader } from '../../log/timestampFormat';
import { FlowwrightError } from '../../model/errors';
import { dayOffset } from '../../sim/timezone';
import type { CsvLogMapping } from './csvLogMapping';

type Column = number; // -1 when not mapped

function columnOf(table: RawTable, name: string | undefined, role: string): Column {
  if (name === undefined || name === '') return -1;
  const index = table.columns.indexOf(name);
  if (index < 0)
    throw new FlowwrightError(
      'FW_LOG_MAPPING',
      `the ${role} column "${name}" is not in the file (its columns: ${table.columns.join(', ')})`,
    );
  return index;
}

function timeReader(mapping: CsvLogMapping) {
  const offset = dayOffset(mapping.timezone ?? 'UTC');
  if (typeof offset === 'string') throw new FlowwrightError('FW_LOG_MAPPING', offset);
  try {
    return timestampReader(mapping.timestampFormat ?? 'iso', (day) => offset(day));
  } catch (error) {
    throw new FlowwrightError('FW_LOG_MAPPING', (error as Error).message);
  }
}

const eventTime = (event: LogEvent) => event.start ?? event.timestamp ?? Infinity;

/** Reads the rows of a parsed CSV table as an event log under a column mapping; see importCsvLog. */
export function csvTableToLog(table: RawTable, mapping: CsvLogMapping): EventLog {
  if (!mapping.caseId || !mapping.activity || !(mapping.timestamp || mapping.start))
    throw new FlowwrightError('FW_LOG_MAPPING', 'a CSV event log needs a case id, an activity and a time column');
  const at = {
    caseId: columnOf(table, mapping.caseId, 'case id'),
    activity: columnOf(table, mapping.activity, 'activity'),
    timestamp: columnOf(table, mapping.timestamp, 'time'),
    start: columnOf(table, mapping.start, 'start time'),
    resource: columnOf(table, mapping.resource, 'resource'),
    role: columnOf(table, mapping.role, 'role'),
    lifecycle: columnOf(table, mapping.lifecycle, 'lifecycle'),
    cost: columnOf(table, mapping.cost, 'cost'),
  };
  const used = new Set<number>(Object.values(at));
  const caseColumns = (mapping.caseAttributes ?? table.columns.filter((c) => c.startsWith('case:')))
    .map((name) => columnOf(table, name, 'case attribute'))
    .filter((index) => !used.has(index));
  caseColumns.forEach((index) => used.add(index));
  const eventColumns = (mapping.attributes ?? table.columns.filter((_, i) => !used.has(i)))
    .map((name) => columnOf(table, name, 'attribute'))
    .filter((index) => !Object.values(at).includes(index));
  const warnings = new LogWarnings();
  for (const issue of table.issues) warnings.add('FW_LOG_BAD_VALUE', issue.message, issue.row, { group: issue.code });
  const readTime = timeReader(mapping);
  const text = (row: (typeof table.rows)[number], index: Column) =>
    index < 0 ? '' : String(cellAt(row, index) ?? '').trim();
  const time = (value: string, line: number, column: string): number | null => {
    if (value === '') return null;
    const read = readTime(value);
    if (read === null) {
      const message = `"${column}" values do not read as ${mapping.timestampFormat ?? 'iso'} times (first "${value}"): those events have no time`;
      warnings.add('FW_LOG_BAD_TIMESTAMP', message, line, { group: column });
      return null;
    }
    if (!read.zoned && mapping.timezone === undefined)
      warnings.add('FW_LOG_NO_TIMEZONE', `"${column}" times name no time zone: they were read as UTC`, line, {
        severity: 'note',
        group: column,
      });
    return read.ms;
  };

  const cases = new Map<string, LogCase>();
  for (const row of table.rows) {
    const line = row.row;
    const caseId = text(row, at.caseId);
    if (caseId === '') {
      warnings.add('FW_LOG_MISSING_VALUE', `rows without a case id ("${mapping.caseId}") were left out`, line);
      continue;
    }
    const activity = text(row, at.activity);
    if (activity === '') warnings.add('FW_LOG_MISSING_VALUE', `rows have no activity ("${mapping.activity}")`, line);
    const attributes: LogAttributes = {};
    for (const index of eventColumns) {
      const value = cellAt(row, index);
      if (value !== '' && value !== null) attributes[table.columns[index]] = value;
    }
    const event: LogEvent = { activity, timestamp: null, attributes, line };
    const end = at.timestamp >= 0 ? time(text(row, at.timestamp), line, mapping.timestamp!) : null;
    const start = at.start >= 0 ? time(text(row, at.start), line, mapping.start!) : null;
    event.timestamp = at.timestamp >= 0 ? end : start;
    if (at.timestamp >= 0 && start !== null) event.start = start;
    if (at.timestamp >= 0 && at.start >= 0 && text(row, at.timestamp) === '' && start !== null)
      event.lifecycle = 'start'; // an instance that started and has not ended yet
    const resource = text(row, at.resource);
    if (resource) event.resource = resource;
    const role = text(row, at.role);
    if (role) event.role = role;
    const lifecycle = text(row, at.lifecycle);
    if (lifecycle) event.lifecycle = lifecycle.toLowerCase();
    const cost = text(row, at.cost);
    if (cost !== '') {
      const value = Number(cost);
      if (Number.isFinite(value)) event.cost = value;
      else {
        attributes[mapping.cost!] = cost;
        const message = `"${mapping.cost}" values are not numbers (first "${cost}"): they were kept as text`;
        warnings.add('FW_LOG_BAD_VALUE', message, line, { group: 'cost' });
      }
    }
    let entry = cases.get(caseId);
    if (!entry) cases.set(caseId, (entry = { id: caseId, attributes: {}, events: [], line }));
    for (const index of caseColumns) {
      const name = table.columns[index].replace(/^case:/, '');
      const value = cellAt(row, index);
      if (value !== '' && value !== null && !(name in entry.attributes)) entry.attributes[name] = value;
    }
    entry.events.push(event);
  }
  // rows need not come in time order (Simod's logs do not): order each case by time, ties as in the file
  for (const entry of cases.values()) entry.events.sort((a, b) => eventTime(a) - eventTime(b) || a.line - b.line);
  reportUnpaired([...cases.values()], warnings);
  return { format: 'csv', attributes: {}, cases: [...cases.values()], warnings: warnings.list() };
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
