import type { ExceptionKind, SimulationReport } from '../../shared/sim';
import { exceptionWorkList, workListCsv, type WorkListRow } from '../../shared/sim';
import type { ProcessModel } from '../../shared/model';
import { flowFileName } from '../workspace/flowFile';

/** The exceptions of one node and kind: the records they concern, each once, and the report's counts. */
export interface ExceptionGroup {
  nodeId: string;
  kind: ExceptionKind;
  /** Exceptions over all replications, from the report (so those beyond the listing limit still count). */
  count: number;
  handled: number;
  /** The report's messages for the group, one per distinct reason. */
  messages: string[];
  /** One row per record and message, with the replications it occurred in. */
  records: WorkListRow[];
}

/** Groups by node and kind, most records first; each record is listed once however many replications it failed in. */
export function exceptionGroups(report: SimulationReport): ExceptionGroup[] {
  const groups = new Map<string, ExceptionGroup>();
  const keyOf = (nodeId: string, kind: string) => `${nodeId}\u0000${kind}`;
  // The report may split a node's kind by message ("amount is not a number", "amount fails amount > 0").
  for (const e of report.exceptions) {
    const group = groups.get(keyOf(e.nodeId, e.kind));
    if (group) {
      group.count += e.count;
      group.handled += e.handled;
      group.messages.push(e.message);
    } else
      groups.set(keyOf(e.nodeId, e.kind), {
        nodeId: e.nodeId,
        kind: e.kind,
        count: e.count,
        handled: e.handled,
        messages: [e.message],
        records: [],
      });
  }
  for (const row of exceptionWorkList(report.exceptionRecords ?? [], report.replications))
    groups.get(keyOf(row.nodeId, row.kind))?.records.push(row);
  return [...groups.values()].sort((a, b) => b.records.length - a.records.length || b.count - a.count);
}

/** Records with at least one exception, each counted once over all replications. */
export function recordsWithExceptions(report: SimulationReport): number {
  const rows = exceptionWorkList(report.exceptionRecords ?? [], report.replications);
  return new Set(rows.map((r) => (r.row === null ? `c${r.caseId}` : `r${r.row}`))).size;
}

/** The exceptions as a CSV work list for the people who fix the records: one line per record and exception. */
export function exceptionsWorkListCsv(report: SimulationReport, nodeName: (id: string) => string): string {
  return workListCsv(exceptionWorkList(report.exceptionRecords ?? [], report.replications), nodeName, { bom: true });
}

/** The work list's file name: the process's name, file-system safe, e.g. "Purchase approval - exceptions.csv". */
export function workListFileName(model: ProcessModel): string {
  return flowFileName(model).replace(/\.flow\.json$/, ' - exceptions.csv');
}
