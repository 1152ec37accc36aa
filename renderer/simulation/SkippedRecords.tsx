import type { SkippedRecord } from '../../shared/sim';
import { count } from './format';

/** Rows named in the sentence; the rest are counted. */
const rowsNamed = 20;

function rowName(record: SkippedRecord): string {
  return record.key ? `${record.row} (${record.key})` : String(record.row);
}

/** The records a run left out, by reason, naming their rows: "2 records skipped: rows 4 (PR-003), 9: ...". */
export function SkippedRecords({ skipped }: { skipped: readonly SkippedRecord[] }) {
  const byReason = new Map<string, SkippedRecord[]>();
  for (const record of skipped) byReason.set(record.message, [...(byReason.get(record.message) ?? []), record]);
  return (
    <ul className="sim-skipped" aria-label="Skipped records">
      {[...byReason].map(([reason, records]) => {
        const named = records.slice(0, rowsNamed).map(rowName).join(', ');
        const more = records.length > rowsNamed ? ` and ${count(records.length - rowsNamed)} more` : '';
        return (
          <li key={reason}>
            {count(records.length)} record{records.length === 1 ? '' : 's'} skipped, row
            {records.length === 1 ? '' : 's'} {named}
            {more}: {reason}.
          </li>
        );
      })}
    </ul>
  );
}
