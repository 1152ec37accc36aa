import type { ParseIssue, RawRow, RawValue } from './table';

/** The name given to a column whose header cell is empty, or that only some rows reach. */
export function positionalName(index: number): string {
  return `column ${index + 1}`;
}

function uniqueName(wanted: string, taken: Set<string>): string {
  if (!taken.has(wanted)) return wanted;
  let copy = 2;
  while (taken.has(`${wanted} (${copy})`)) copy++;
  return `${wanted} (${copy})`;
}

/** Column names from a header row: empty names get their position, repeated names a counter; both are reported. */
export function columnNames(
  header: readonly RawValue[],
  headerRow: number,
): { columns: string[]; issues: ParseIssue[] } {
  const columns: string[] = [];
  const issues: ParseIssue[] = [];
  const taken = new Set<string>();
  header.forEach((cell, index) => {
    const text = cell === null ? '' : String(cell).trim();
    let name = text;
    if (!text) {
      name = uniqueName(positionalName(index), taken);
      issues.push({
        code: 'empty-column-name',
        row: headerRow,
        column: name,
        message: `column ${index + 1} has no name in the header; it is called "${name}"`,
      });
    } else if (taken.has(text)) {
      name = uniqueName(text, taken);
      issues.push({
        code: 'duplicate-column',
        row: headerRow,
        column: name,
        message: `the header names "${text}" twice; the second is called "${name}"`,
      });
    }
    taken.add(name);
    columns.push(name);
  });
  return { columns, issues };
}

/**
 * Reports rows whose number of values differs from the header's. Values beyond the header are kept in new columns
 * named by position, so nothing is lost; short rows read as empty in the columns they lack.
 */
export function reportRaggedRows(
  columns: string[],
  rows: readonly RawRow[],
  headerWidth: number,
  issues: ParseIssue[],
): void {
  for (const row of rows) {
    const width = row.cells.length;
    if (width === headerWidth) continue;
    // A blank line is an empty row (reported by the quality report), not a short one.
    if (width === 1 && (row.cells[0] === '' || row.cells[0] === null)) continue;
    if (width > headerWidth) {
      while (columns.length < width) columns.push(uniqueName(positionalName(columns.length), new Set(columns)));
      const added = columns
        .slice(headerWidth, width)
        .map((name) => `"${name}"`)
        .join(', ');
      issues.push({
        code: 'ragged-row',
        row: row.row,
        message: `row ${row.row} has ${width} values, the header ${headerWidth}; the extra values are kept in ${added}`,
      });
    } else {
      issues.push({
        code: 'ragged-row',
        row: row.row,
        message: `row ${row.row} has ${width} values, the header ${headerWidth}; the missing ones are empty`,
      });
    }
  }
}
