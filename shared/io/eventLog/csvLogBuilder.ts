import { cellAt, type ParseIssue, type RawRow } from '../../data/table';
import type { EventLog, LogAttributes, LogCase, LogEvent } from '../../log/eventLog';
import { reportUnpaired } from '../../log/activityInstances';
import { LogWarnings } from '../../log/logWarnings';
import { timestampReader } from '../../log/timestampFormat';
import { FlowwrightError } from '../../model/errors';
import { dayOffset } from '../../sim/timezone';
import type { CsvLogMapping } from './csvLogMapping';

type Column = number; // -1 when not mapped

function columnOf(columns: readonly string[], name: string | undefined, role: string): Column {
  if (name === undefined || name === '') return -1;
  const index = columns.indexOf(name);
  if (index < 0)
    throw new FlowwrightError(
      'FW_LOG_MAPPING',
      `the ${role} column "${name}" is not in the file (its columns: ${columns.join(', ')})`,
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

/**
 * Turns CSV rows into an event log under a column mapping, batch by batch, so that a file read in pieces never has
 * to be held as one table. Rows without a case id are left out and reported; values that do not parse are
 * reported with their lines.
 */
export class CsvLogBuilder {
  private readonly at: Record<
    'caseId' | 'activity' | 'timestamp' | 'start' | 'resource' | 'role' | 'lifecycle' | 'cost',
    Column
  >;
  private readonly caseColumns: Column[];
  private readonly eventColumns: Column[];
  private readonly warnings = new LogWarnings();
  private readonly readTime: ReturnType<typeof timeReader>;
  private readonly cases = new Map<string, LogCase>();
  /** Events read so far, for progress. */
  events = 0;

  constructor(
    private readonly columns: readonly string[],
    private readonly mapping: CsvLogMapping,
  ) {
    if (!mapping.caseId || !mapping.activity || !(mapping.timestamp || mapping.start))
      throw new FlowwrightError('FW_LOG_MAPPING', 'a CSV event log needs a case id, an activity and a time column');
    this.at = {
      caseId: columnOf(columns, mapping.caseId, 'case id'),
      activity: columnOf(columns, mapping.activity, 'activity'),
      timestamp: columnOf(columns, mapping.timestamp, 'time'),
      start: columnOf(columns, mapping.start, 'start time'),
      resource: columnOf(columns, mapping.resource, 'resource'),
      role: columnOf(columns, mapping.role, 'role'),
      lifecycle: columnOf(columns, mapping.lifecycle, 'lifecycle'),
      cost: columnOf(columns, mapping.cost, 'cost'),
    };
    const mapped = Object.values(this.at);
    const used = new Set<number>(mapped);
    this.caseColumns = (mapping.caseAttributes ?? columns.filter((c) => c.startsWith('case:')))
      .map((name) => columnOf(columns, name, 'case attribute'))
      .filter((index) => !used.has(index));
    this.caseColumns.forEach((index) => used.add(index));
    this.eventColumns = (mapping.attributes ?? columns.filter((_, i) => !used.has(i)))
      .map((name) => columnOf(columns, name, 'attribute'))
      .filter((index) => !mapped.includes(index));
    this.readTime = timeReader(mapping);
  }

  /** Reports what the CSV reader worked around, with its lines. */
  addIssues(issues: readonly ParseIssue[]): void {
    for (const issue of issues) this.warnings.add('FW_LOG_BAD_VALUE', issue.message, issue.row, { group: issue.code });
  }

  /** Adds the events of the next rows. */
  addRows(rows: readonly RawRow[]): void {
    for (const row of rows) this.addRow(row);
  }

  /** The log: each case's events in time order (ties as in the file), unpaired starts and completes reported. */
  finish(): EventLog {
    // rows need not come in time order (Simod's logs do not): order each case by time, ties as in the file
    for (const entry of this.cases.values())
      entry.events.sort((a, b) => eventTime(a) - eventTime(b) || a.line - b.line);
    reportUnpaired([...this.cases.values()], this.warnings);
    return { format: 'csv', attributes: {}, cases: [...this.cases.values()], warnings: this.warnings.list() };
  }

  private text(row: RawRow, index: Column): string {
    return index < 0 ? '' : String(cellAt(row, index) ?? '').trim();
  }

  private time(value: string, line: number, column: string): number | null {
    if (value === '') return null;
    const read = this.readTime(value);
    if (read === null) {
      const message = `"${column}" values do not read as ${this.mapping.timestampFormat ?? 'iso'} times (first "${value}"): those events have no time`;
      this.warnings.add('FW_LOG_BAD_TIMESTAMP', message, line, { group: column });
      return null;
    }
    if (!read.zoned && this.mapping.timezone === undefined)
      this.warnings.add('FW_LOG_NO_TIMEZONE', `"${column}" times name no time zone: they were read as UTC`, line, {
        severity: 'note',
        group: column,
      });
    return read.ms;
  }

  private addRow(row: RawRow): void {
    const { at, mapping, warnings, columns } = this;
    const line = row.row;
    const caseId = this.text(row, at.caseId);
    if (caseId === '') {
      warnings.add('FW_LOG_MISSING_VALUE', `rows without a case id ("${mapping.caseId}") were left out`, line);
      return;
    }
    const activity = this.text(row, at.activity);
    if (activity === '') warnings.add('FW_LOG_MISSING_VALUE', `rows have no activity ("${mapping.activity}")`, line);
    const attributes: LogAttributes = {};
    for (const index of this.eventColumns) {
      const value = cellAt(row, index);
      if (value !== '' && value !== null) attributes[columns[index]] = value;
    }
    const event: LogEvent = { activity, timestamp: null, attributes, line };
    const end = at.timestamp >= 0 ? this.time(this.text(row, at.timestamp), line, mapping.timestamp!) : null;
    const start = at.start >= 0 ? this.time(this.text(row, at.start), line, mapping.start!) : null;
    event.timestamp = at.timestamp >= 0 ? end : start;
    if (at.timestamp >= 0 && start !== null) event.start = start;
    if (at.timestamp >= 0 && at.start >= 0 && this.text(row, at.timestamp) === '' && start !== null)
      event.lifecycle = 'start'; // an instance that started and has not ended yet
    const resource = this.text(row, at.resource);
    if (resource) event.resource = resource;
    const role = this.text(row, at.role);
    if (role) event.role = role;
    const lifecycle = this.text(row, at.lifecycle);
    if (lifecycle) event.lifecycle = lifecycle.toLowerCase();
    const cost = this.text(row, at.cost);
    if (cost !== '') {
      const value = Number(cost);
      if (Number.isFinite(value)) event.cost = value;
      else {
        attributes[mapping.cost!] = cost;
        const message = `"${mapping.cost}" values are not numbers (first "${cost}"): they were kept as text`;
        warnings.add('FW_LOG_BAD_VALUE', message, line, { group: 'cost' });
      }
    }
    let entry = this.cases.get(caseId);
    if (!entry) this.cases.set(caseId, (entry = { id: caseId, attributes: {}, events: [], line }));
    for (const index of this.caseColumns) {
      const name = columns[index].replace(/^case:/, '');
      const value = cellAt(row, index);
      if (value !== '' && value !== null && !(name in entry.attributes)) entry.attributes[name] = value;
    }
    entry.events.push(event);
    this.events++;
  }
}
