import { FlowwrightError } from '../model/errors';
import { lineAndColumn } from '../model/jsonErrorOffset';
import { jsonNestingOffset } from '../model/nesting';
import { restoreLimits } from '../model/restore';
import { decodeText, stripBom } from './decode';
import type { ParseIssue, RawRow, RawTable, RawValue } from './table';

function recordsOf(document: unknown): unknown[] {
  if (Array.isArray(document)) return document;
  if (document !== null && typeof document === 'object' && Array.isArray((document as { records?: unknown }).records))
    return (document as { records: unknown[] }).records;
  const shape =
    document === null
      ? 'null'
      : Array.isArray(document)
        ? 'an array'
        : typeof document === 'object'
          ? 'an object without a "records" array'
          : typeof document;
  throw new FlowwrightError(
    'FW_DATA_NOT_RECORDS',
    `expected an array of objects or { "records": [...] }, found ${shape}`,
  );
}

const isRecord = (item: unknown): item is Record<string, unknown> =>
  item !== null && typeof item === 'object' && !Array.isArray(item);

/**
 * Parses JSON records: an array of objects, or an object whose "records" is one. Columns are the keys in order of
 * first appearance; nested objects and arrays are kept as JSON text and reported; items that are not objects are
 * reported. Row numbers are 1-based positions in the array.
 */
export function parseJsonRecords(input: string | Uint8Array): RawTable {
  const text = typeof input === 'string' ? stripBom(input) : decodeText(input).text;
  // Nested values are kept as JSON text, which a recursive JSON.stringify writes: refuse what would overflow it.
  const deepAt = jsonNestingOffset(text, restoreLimits.maxDepth);
  if (deepAt >= 0) {
    const { line, column } = lineAndColumn(text, deepAt);
    throw new FlowwrightError(
      'FW_DATA_UNREADABLE',
      `the JSON nests more than ${restoreLimits.maxDepth} levels deep at line ${line}, column ${column}; Flowwright reads at most ${restoreLimits.maxDepth}`,
    );
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new FlowwrightError('FW_DATA_UNREADABLE', `the file is not valid JSON: ${(error as Error).message}`);
  }
  const items = recordsOf(document);
  if (items.length === 0) throw new FlowwrightError('FW_DATA_EMPTY', 'the JSON array holds no records');

  const positions = new Map<string, number>();
  const issues: ParseIssue[] = [];
  const rows: RawRow[] = [];
  items.forEach((item, index) => {
    const row = index + 1;
    if (!isRecord(item)) {
      issues.push({
        code: 'not-a-record',
        row,
        message: `item ${row} is ${item === null ? 'null' : Array.isArray(item) ? 'an array' : `the ${typeof item} ${JSON.stringify(item)}`}, not an object; it is not a record`,
      });
      return;
    }
    const cells: RawValue[] = [];
    for (const [key, value] of Object.entries(item)) {
      let position = positions.get(key);
      if (position === undefined) positions.set(key, (position = positions.size));
      while (cells.length < position) cells.push(null);
      if (value !== null && typeof value === 'object') {
        cells[position] = JSON.stringify(value);
        issues.push({
          code: 'nested-value',
          row,
          column: key,
          message: `${key} on item ${row} holds ${Array.isArray(value) ? 'a list' : 'an object'}; it is kept as JSON text`,
        });
      } else cells[position] = value as RawValue;
    }
    rows.push({ row, cells });
  });
  return { columns: [...positions.keys()], rows, issues, source: { format: 'json' } };
}
