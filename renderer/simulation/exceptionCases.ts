import type { ExceptionRecord, ExceptionReport } from '../../shared/sim';
import type { WorkListRow } from '../../shared/sim';
import type { CaseTarget } from './caseChoice';

const rowKey = (who: string, kind: string, nodeId: string, message: string) =>
  `${who}\u0000${kind}\u0000${nodeId}\u0000${message}`;

/**
 * The case to show for a row of the exception list: the first case (earliest run first) whose exception the row
 * stands for, as a record's row may stand for one case in each of several runs; `scenario` is the report's, so that
 * the case is traced in the run the report came from. Null when none was kept.
 */
export function caseOfRow(
  records: readonly ExceptionRecord[],
  scenario: string | null,
): (row: WorkListRow) => CaseTarget | null {
  const first = new Map<string, CaseTarget>();
  for (const e of records) {
    const key = rowKey(e.row === null ? `c${e.caseId}` : `r${e.row}`, e.kind, e.nodeId, e.message);
    if (!first.has(key)) first.set(key, { kind: 'case', replication: e.replication, caseId: e.caseId, scenario });
  }
  return (row) =>
    first.get(rowKey(row.row === null ? `c${row.caseId}` : `r${row.row}`, row.kind, row.nodeId, row.message)) ?? null;
}

/** The example cases the report names for an exception (as "r2:case-5" when there are several runs). */
export function exampleCases(
  exception: Pick<ExceptionReport, 'examples'>,
  scenario: string | null,
): Array<CaseTarget & { kind: 'case' }> {
  return exception.examples.map((caseId) => {
    const run = /^r(\d+):/.exec(caseId);
    return { kind: 'case', replication: run ? Number(run[1]) : 1, caseId, scenario };
  });
}
