export {
  cellAt,
  isBlank,
  isEmptyRow,
  type ParseIssue,
  type ParseIssueCode,
  type RawRow,
  type RawTable,
  type RawValue,
  type SourceFormat,
  type TableSource,
} from './table';
export { decodeText, type DecodedText } from './decode';
export { csvDelimiters, detectDelimiter, parseCsv, type CsvDelimiter, type CsvOptions } from './csv';
export { parseJsonRecords } from './json';
export { parseXlsx, xlsxSheetNames, type XlsxOptions } from './xlsx';
export { parseRecords, recordsFileFormat, type RecordsFileOptions } from './recordsFile';
export { feelKeywords } from './feelKeywords';
export { parseNumber, type DecimalSeparator } from './numbers';
export { parseDate, isoToEpochSeconds, type DateOrder } from './dates';
export {
  convertCell,
  parseBoolean,
  defaultFormat,
  type ColumnFormat,
  type Conversion,
  type ConversionProblem,
} from './convert';
export { inferColumns, type ColumnProfile, type FieldType, type InferOptions } from './infer';
export { fieldNameFor, suggestFields, suggestKeyColumn, suggestMapping, type ColumnMapping } from './mapping';
export {
  mapColumns,
  prepareMapping,
  readRow,
  type CaseRecord,
  type CellProblem,
  type MappedRecords,
  type PreparedMapping,
} from './records';
export {
  findingKindLabels,
  qualityReport,
  type FindingKind,
  type QualityFinding,
  type QualityOptions,
  type QualityReport,
  type RuleEvaluator,
} from './quality';
export { spreadsheetSafeCell, toCsv, type CsvExportOptions } from './csvExport';
