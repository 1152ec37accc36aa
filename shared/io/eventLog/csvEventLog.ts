import { spreadsheetSafeCell } from '../../data';
import type { EventLogRow } from '../../sim';
import { isoTime as iso } from './isoTime';

/** The column header of a CSV event log. */
export const csvLogHeader = 'case_id,activity,resource,enabled,start,end,lifecycle';

/**
 * A CSV field (RFC 4180), quoted when it holds a comma, a quote or a line break; names from the map are made
 * spreadsheet-safe first, since a task called "=HYPERLINK(…)" must not run as a formula when the log is opened.
 */
function field(value: string): string {
  const safe = spreadsheetSafeCell(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Writes a CSV event log, one line per activity of a case: case_id, activity, resource, enabled, start, end
 * (ISO 8601 UTC; start is empty for work withdrawn before it began) and lifecycle. Each line goes to `sink` as it
 * comes, so a long run keeps nothing; without a sink the text is kept for text().
 */
export class CsvEventLog {
  private readonly kept: string[] = [];
  private readonly write: (text: string) => void;
  /** Activity and pool names as fields: a few names repeat on every row. */
  private readonly names = new Map<string, string>();

  constructor(sink?: (text: string) => void) {
    this.write = sink ?? ((text) => void this.kept.push(text));
    this.write(`${csvLogHeader}\r\n`);
  }

  add(row: EventLogRow): void {
    this.write(
      `${field(row.caseId)},${this.name(row.activity)},${this.name(row.resource ?? '')},${iso(row.enabled)},` +
        `${row.start === null ? '' : iso(row.start)},${iso(row.end)},${row.lifecycle}\r\n`,
    );
  }

  private name(value: string): string {
    let written = this.names.get(value);
    if (written === undefined) this.names.set(value, (written = field(value)));
    return written;
  }

  /** Rows of a CSV log need no grouping: nothing is held per case. */
  caseEnded(_caseId: string): void {}

  end(): void {}

  /** The whole log, when it was built without a sink. */
  text(): string {
    return this.kept.join('');
  }
}
