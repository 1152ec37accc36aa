import type { EventLogRow } from '../../sim';

/** What a simulation feeds an event log as it runs (CsvEventLog, XesEventLog). */
export interface EventLogWriter {
  /** One activity of one case, as the engine finishes it. */
  add(row: EventLogRow): void;
  /** The case has ended: nothing more will be logged for it. */
  caseEnded(caseId: string): void;
  /** The run has ended. */
  end(): void;
}
