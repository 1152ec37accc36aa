import { toCsv } from '../../shared/data';
import type { ExceptionKind, SimulationReport } from '../../shared/sim';
import type { ExceptionRecord } from '../../shared/sim/types';

/** The exceptions of one node and kind: the report's counts and the records kept for them. */
export interface ExceptionGroup {
  nodeId: string;
  kind: ExceptionKind;
  count: number;
  handled: number;
  /** The report's messages for the group, one per distinct reason. */
  messages: string[];
  records: ExceptionRecord[];
}

/** Groups by node and kind, most frequent first; counts come from the report, so records beyond the limit still count. */
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
  for (const record of report.exceptionRecords ?? [])
    groups.get(keyOf(record.nodeId, record.kind))?.records.push(record);
  return [...groups.values()].sort((a, b) => b.count - a.count);
}

export const workListColumns = ['row', 'key', 'node', 'kind', 'message', 'handled', 'replication', 'case'] as const;

/** The exceptions as a CSV work list: one line per exception with its record's row and key, the node and the reason. */
export function workListCsv(report: SimulationReport, nodeName: (id: string) => string): string {
  const rows = (report.exceptionRecords ?? []).map((e) => ({
    row: e.row,
    key: e.key,
    node: nodeName(e.nodeId),
    kind: e.kind,
    message: e.message,
    handled: e.handled,
    replication: e.replication,
    case: e.caseId,
  }));
  return toCsv(rows, workListColumns, { bom: true });
}
