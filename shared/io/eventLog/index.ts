export { CsvEventLog, csvLogHeader } from './csvEventLog';
export { XesEventLog } from './xesEventLog';
export type { EventLogWriter } from './eventLogWriter';
export { importXes, importXesStream, readXesText, type XesImportOptions } from './xesImport';
export { XesReader } from './xesReader';
export { importCsvLog, csvTableToLog } from './csvLogImport';
export { CsvLogBuilder } from './csvLogBuilder';
export { importCsvLogStream, type CsvLogStreamOptions } from './csvLogStream';
export { guessCsvLogMapping, type CsvLogMapping } from './csvLogMapping';
