export { CsvEventLog, csvLogHeader } from './csvEventLog';
export { XesEventLog } from './xesEventLog';
