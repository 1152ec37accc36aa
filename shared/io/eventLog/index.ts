export { CsvEventLog, csvLogHeader } from './csvEventLog';
export { XesEventLog } from './xesEventLog';
export type { EventLogWriter } from './eventLogWriter';
