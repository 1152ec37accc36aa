import type { EventLogRow } from '../../sim';

/** The column header of a CSV event log. */
export const csvLogHeader = 'case_id,activity,resource,enabled,start,end,lifecycle';

const iso = (ms: number) => new Date(ms).toISOString();

/** A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. */
function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Builds a CSV event log, one line per activity of a case: case_id, activity, resource, enabled, start, end
 * (ISO 8601 UTC; start is empty for work withdrawn before it began) and lifecycle. Rows are turned into text as
 * they come, so only the text is kept.
 */
export class CsvEventLog {
  private readonly lines: string[] = [csvLogHeader];

  add(row: EventLogRow): void {
    this.lines.push(
      [
        field(row.caseId),
        field(row.activity),
        field(row.resource ?? ''),
        iso(row.enabled),
        row.start === null ? '' : iso(row.start),
        iso(row.end),
        row.lifecycle,
      ].join(','),
    );
  }

  text(): string {
    return `${this.lines.join('\r\n')}\r\n`;
  }
}
