import { cellAt, isBlank, type RawTable } from '../../data/table';
import { guessTimestampFormat, type TimestampFormat } from '../../log/timestampFormat';

/** Which CSV column gives what in an event log; only the case, the activity and a time are required. */
export interface CsvLogMapping {
  caseId: string;
  activity: string;
  /** The time of each event; with `start` also given, the end of the activity instance the row stands for. */
  timestamp?: string;
  /** The start of the activity instance (logs with one row per instance, start and end columns). */
  start?: string;
  resource?: string;
  role?: string;
  /** lifecycle:transition values (start, complete, ...), for logs with one row per start and per complete. */
  lifecycle?: string;
  cost?: string;
  /** Columns kept as event attributes; every column not mapped above (nor a case attribute) when absent. */
  attributes?: string[];
  /** Columns kept as case attributes (a case's first filled value); by default the columns named "case:...". */
  caseAttributes?: string[];
  /** How the time columns write times (see TimestampFormat); ISO 8601 when absent. */
  timestampFormat?: TimestampFormat;
  /** The zone of times written without an offset: UTC (default), an offset such as +01:00, or a name such as Europe/Paris. */
  timezone?: string;
}

const normal = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '');

// Names in order of preference, compared without case, spaces and punctuation: the XES keys pm4py writes first.
const candidates: Record<
  Exclude<keyof CsvLogMapping, 'attributes' | 'caseAttributes' | 'timestampFormat' | 'timezone'>,
  string[]
> = {
  caseId: [
    'case:concept:name',
    'case id',
    'case',
    'case key',
    'case number',
    'trace id',
    'process instance',
    'instance id',
    'ticket id',
    'order id',
  ],
  activity: ['concept:name', 'activity', 'activity name', 'task', 'task name', 'event', 'event name', 'action', 'step'],
  timestamp: [
    'time:timestamp',
    'timestamp',
    'end time',
    'end timestamp',
    'complete time',
    'completion time',
    'end',
    'time',
    'date time',
    'date',
  ],
  start: ['start time', 'start timestamp', 'start date', 'start'],
  resource: ['org:resource', 'resource', 'user', 'performer', 'agent', 'employee', 'executor', 'owner'],
  role: ['org:role', 'role'],
  lifecycle: ['lifecycle:transition', 'lifecycle', 'transition', 'event type'],
  cost: ['cost:total', 'cost', 'costs'],
};

/**
 * A first guess of the mapping from the column names (the XES keys of pm4py exports, and common names such as
 * "Case ID", "Activity", "Start Time"), and of the time format from the first values. The user confirms it.
 */
export function guessCsvLogMapping(table: Pick<RawTable, 'columns' | 'rows'>): Partial<CsvLogMapping> {
  const byNormal = new Map<string, string>();
  for (const column of table.columns) if (!byNormal.has(normal(column))) byNormal.set(normal(column), column);
  const taken = new Set<string>();
  const mapping: Partial<CsvLogMapping> = {};
  for (const [role, names] of Object.entries(candidates) as [keyof typeof candidates, string[]][]) {
    const column = names.map((name) => byNormal.get(normal(name))).find((found) => found && !taken.has(found));
    if (column) {
      mapping[role] = column;
      taken.add(column);
    }
  }
  const samples: string[] = [];
  for (const column of [mapping.timestamp, mapping.start]) {
    const index = column === undefined ? -1 : table.columns.indexOf(column);
    if (index < 0) continue;
    for (const row of table.rows.slice(0, 200)) {
      const value = cellAt(row, index);
      if (!isBlank(value)) samples.push(String(value));
    }
  }
  if (samples.length) mapping.timestampFormat = guessTimestampFormat(samples);
  return mapping;
}
