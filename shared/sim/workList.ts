import { toCsv } from '../data';
import type { ExceptionKind, ExceptionRecord } from './types';

/** One record's exception (kind, element and message) once, however many replications it occurred in. */
export interface WorkListRow {
  /** The record's source row and key; null for cases without a record. */
  row: number | null;
  key: string | null;
  /** For a case without a record, its case id (the only name it has); null when the row names the record. */
  caseId: string | null;
  kind: ExceptionKind;
  nodeId: string;
  message: string;
  handled: boolean;
  /** In how many replications it occurred, of `of`. */
  replications: number;
  of: number;
  /** How often it occurred over all replications (more than `replications` when a bootstrap drew the record twice). */
  occurrences: number;
}

/**
 * The per-record exceptions, one row per record and exception (kind, node, message) with the number of
 * replications it occurred in; sorted by row (cases without a record last), then in the order they first happened.
 */
export function exceptionWorkList(records: readonly ExceptionRecord[], replications: number): WorkListRow[] {
  const rows = new Map<string, WorkListRow & { seen: Set<number> }>();
  for (const e of records) {
    // A record is its source row; a case without one is known only by its case id.
    const who = e.row === null ? `c${e.caseId}` : `r${e.row}`;
    const id = `${who}\u0000${e.kind}\u0000${e.nodeId}\u0000${e.message}`;
    let row = rows.get(id);
    if (!row) {
      row = {
        row: e.row,
        key: e.key,
        caseId: e.row === null ? e.caseId : null,
        kind: e.kind,
        nodeId: e.nodeId,
        message: e.message,
        // Whether an exception is handled follows from its kind and element, so it is the same every time.
        handled: e.handled,
        replications: 0,
        of: replications,
        occurrences: 0,
        seen: new Set(),
      };
      rows.set(id, row);
    }
    row.occurrences++;
    if (!row.seen.has(e.replication)) {
      row.seen.add(e.replication);
      row.replications++;
    }
  }
  const order = [...rows.values()].map(({ seen: _seen, ...row }) => row);
  // Array.prototype.sort is stable, so rows of one record keep the order they first happened in.
  return order.sort((a, b) => (a.row ?? Infinity) - (b.row ?? Infinity));
}

/** How often a row occurred, in words: "every run" when in all replications (and there are several), else "in 3 of 5". */
export function replicationsText(row: Pick<WorkListRow, 'replications' | 'of'>): string {
  if (row.of > 1 && row.replications === row.of) return 'every run';
  return `in ${row.replications} of ${row.of}`;
}

/** The columns of the exceptions work list CSV, in order. */
export const workListColumns = ['row', 'key', 'node', 'node id', 'kind', 'message', 'handled', 'replications', 'case'];

/**
 * The exceptions work list as CSV (through toCsv, so formula-like cells are written as text): one line per record
 * and exception; `replications` reads "3 of 5"; `case` names cases that have no record.
 */
export function workListCsv(
  rows: readonly WorkListRow[],
  nodeName: (id: string) => string,
  options: { bom?: boolean } = {},
): string {
  const cells = rows.map((r) => ({
    row: r.row,
    key: r.key,
    node: nodeName(r.nodeId),
    'node id': r.nodeId,
    kind: r.kind,
    message: r.message,
    handled: r.handled,
    replications: `${r.replications} of ${r.of}`,
    case: r.caseId,
  }));
  return toCsv(cells, workListColumns, options);
}
