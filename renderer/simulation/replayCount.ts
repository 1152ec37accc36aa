import { cellAt, isBlank, type RawTable } from '../../shared/data';

/**
 * The records a replay can run: rows with something in the arrival-time column (a time that does not read as one
 * is counted too, and the run then says how many it can replay). Cheap enough to take as the Simulate panel opens,
 * without converting a single cell.
 */
export function rowsWithArrival(table: RawTable, column: string | undefined): number {
  const index = column === undefined ? -1 : table.columns.indexOf(column);
  if (index < 0) return 0;
  let count = 0;
  for (const row of table.rows) if (!isBlank(cellAt(row, index))) count++;
  return count;
}
