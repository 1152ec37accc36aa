import type { DataField } from '../model/schema';
import type { ConversionProblem } from './convert';
import { suggestMapping, type ColumnMapping } from './mapping';
import { prepareMapping, readRow, type CaseRecord } from './records';
import { isEmptyRow, type ParseIssueCode, type RawTable } from './table';

export type FindingKind =
  | ParseIssueCode
  | ConversionProblem
  | 'empty-row'
  | 'missing-required'
  | 'missing-arrival'
  | 'duplicate-key'
  | 'duplicate-row'
  | 'rule-failed'
  | 'rule-error'
  | 'unmapped-field';

/** Each kind of finding in words, for the counts of the report; the kinds themselves stay for files and tests. */
export const findingKindLabels: Record<FindingKind, string> = {
  'ragged-row': 'Too many or too few cells',
  'unterminated-quote': 'Quote never closed',
  'malformed-quote': 'Stray quote',
  'empty-column-name': 'Column without a name',
  'duplicate-column': 'Column name used twice',
  'nested-value': 'Nested value',
  'not-a-record': 'Not a record',
  'wrong-type': 'Wrong type',
  'unparseable-date': 'Date not understood',
  'not-in-enum': 'Not an allowed value',
  'empty-row': 'Empty row',
  'missing-required': 'Required value missing',
  'missing-arrival': 'Arrival time missing',
  'duplicate-key': 'Key used twice',
  'duplicate-row': 'Row repeated',
  'rule-failed': 'Fails a field rule',
  'rule-error': 'Rule could not be checked',
  'unmapped-field': 'Required field without a column',
};

/** One thing wrong with the data, where it is and what it is, in words. */
export interface QualityFinding {
  kind: FindingKind;
  /** Source row number; null for findings about the whole table (a required field with no column). */
  row: number | null;
  column: string | null;
  field: string | null;
  /** The offending value as read, when there is one. */
  value?: string;
  message: string;
}

export interface QualityReport {
  /** Rows read (empty ones included) and rows with at least one finding. */
  rows: number;
  rowsWithFindings: number;
  findings: QualityFinding[];
  counts: Partial<Record<FindingKind, number>>;
}

/** Evaluates a field's FEEL validation rule against a typed record: true when valid, an Error when it cannot be evaluated. */
export type RuleEvaluator = (expression: string, record: Readonly<Record<string, unknown>>) => boolean | Error;

const headerKinds: ReadonlySet<FindingKind> = new Set(['empty-column-name', 'duplicate-column']);

export interface QualityOptions {
  /** Checks `validation` rules of fields; without it, rules are not checked. */
  evaluateRule?: RuleEvaluator;
}

function ruleFindings(
  record: CaseRecord,
  fields: readonly DataField[],
  failed: ReadonlySet<string>,
  evaluate: RuleEvaluator,
  columnOf: (field: string) => string | null,
): QualityFinding[] {
  const findings: QualityFinding[] = [];
  for (const field of fields) {
    const value = record.values[field.name];
    if (!field.validation || value === null || failed.has(field.name)) continue;
    const result = evaluate(field.validation, record.values);
    if (result === true) continue;
    const shown = typeof value === 'number' ? String(value) : JSON.stringify(value);
    findings.push(
      result instanceof Error
        ? {
            kind: 'rule-error',
            row: record.row,
            column: columnOf(field.name),
            field: field.name,
            value: String(value),
            message: `${field.name} could not be checked against the rule ${field.validation}: ${result.message}`,
          }
        : {
            kind: 'rule-failed',
            row: record.row,
            column: columnOf(field.name),
            field: field.name,
            value: String(value),
            message: `${field.name} is ${shown}, which fails the rule ${field.validation}`,
          },
    );
  }
  return findings;
}

/**
 * Everything wrong with a table before it is used: parse issues, empty rows, missing required values, values of the
 * wrong type, unreadable dates, values outside an enum, broken validation rules and duplicates (by key column, or
 * whole rows without one). Each finding has its row number; nothing is dropped or changed.
 */
export function qualityReport(
  table: RawTable,
  fields: readonly DataField[],
  mapping: ColumnMapping = suggestMapping(table, fields),
  options: QualityOptions = {},
): QualityReport {
  const prepared = prepareMapping(table, fields, mapping);
  const columnOf = (field: string) => mapping.fields[field] ?? null;
  // The readers word their issues mid-sentence ("row 11 has 4 values"); listed on their own they start a sentence.
  const findings: QualityFinding[] = table.issues.map((issue) => ({
    kind: issue.code,
    row: issue.row,
    column: issue.column ?? null,
    field: null,
    message: issue.message.replace(/^row /, 'Row '),
  }));
  for (const field of prepared.unmapped)
    if (field.required)
      findings.push({
        kind: 'unmapped-field',
        row: null,
        column: null,
        field: field.name,
        message: `${field.name} is required but no column is mapped to it`,
      });

  const firstSeen = new Map<string, number>();
  for (const row of table.rows) {
    if (isEmptyRow(row)) {
      findings.push({
        kind: 'empty-row',
        row: row.row,
        column: null,
        field: null,
        message: `Row ${row.row} is empty, so it is not used as a record`,
      });
      continue;
    }
    const { record, problems } = readRow(prepared, row);
    for (const { problem, field, column, value, message } of problems)
      findings.push({ kind: problem, row: row.row, column, field, value, message });
    for (const { field } of prepared.bindings)
      if (field.required && record.values[field.name] === null)
        findings.push({
          kind: 'missing-required',
          row: row.row,
          column: columnOf(field.name),
          field: field.name,
          message: `${field.name} is empty, but it is required`,
        });
    if (options.evaluateRule) {
      const failed = new Set(problems.map((p) => p.field).filter((name): name is string => name !== null));
      findings.push(...ruleFindings(record, fields, failed, options.evaluateRule, columnOf));
    }
    const identity = prepared.keyIndex === -1 ? row.cells.map((cell) => String(cell ?? '')).join('\u001f') : record.key;
    if (identity === null) continue;
    const earlier = firstSeen.get(identity);
    if (earlier === undefined) firstSeen.set(identity, row.row);
    else if (prepared.keyIndex === -1)
      findings.push({
        kind: 'duplicate-row',
        row: row.row,
        column: null,
        field: null,
        message: `Row ${row.row} repeats row ${earlier} exactly`,
      });
    else
      findings.push({
        kind: 'duplicate-key',
        row: row.row,
        column: mapping.keyColumn ?? null,
        field: null,
        value: identity,
        message: `Row ${row.row} has the same key "${identity}" as row ${earlier}`,
      });
  }

  findings.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  const counts: Partial<Record<FindingKind, number>> = {};
  const flagged = new Set<number>();
  for (const finding of findings) {
    counts[finding.kind] = (counts[finding.kind] ?? 0) + 1;
    if (finding.row !== null && !headerKinds.has(finding.kind)) flagged.add(finding.row);
  }
  return { rows: table.rows.length, rowsWithFindings: flagged.size, findings, counts };
}
