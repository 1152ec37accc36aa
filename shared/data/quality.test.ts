import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileExpression, type CompiledExpression } from '../expr';
import type { DataField } from '../model/schema';
import { parseCsv } from './csv';
import { parseJsonRecords } from './json';
import { findingKindLabels, qualityReport, type QualityReport, type RuleEvaluator } from './quality';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../test/fixtures/data/${name}`, import.meta.url)));
const brief = (report: QualityReport) => report.findings.map((f) => `${f.row ?? '-'} ${f.kind} ${f.column ?? '-'}`);

/** FEEL rules through shared/expr, compiled once per expression, as the app wires them. */
function feelRules(): RuleEvaluator {
  const compiled = new Map<string, CompiledExpression | Error>();
  return (expression, record) => {
    let rule = compiled.get(expression);
    if (rule === undefined) {
      const result = compileExpression(expression);
      rule = result.ok ? result.expression : new Error(result.error.message);
      compiled.set(expression, rule);
    }
    return rule instanceof Error ? rule : rule.isTrue(record);
  };
}

const requestFields: DataField[] = [
  { name: 'requestId', type: 'text', required: true, label: 'Request ID' },
  { name: 'costCenter', type: 'text', required: true },
  { name: 'amount', type: 'number', required: true, validation: 'amount > 0' },
  { name: 'submitted', type: 'date' },
  { name: 'urgent', type: 'boolean' },
  { name: 'tier', type: 'enum', values: ['gold', 'silver'] },
];

describe('qualityReport on the messy purchase requests', () => {
  const table = parseCsv(fixture('purchase-requests.messy.csv'));

  it('finds every problem with its row and column, keyed by request id', () => {
    const report = qualityReport(
      table,
      requestFields,
      {
        fields: {
          requestId: 'Request ID',
          costCenter: 'Cost Center',
          amount: 'Amount',
          submitted: 'Submitted',
          urgent: 'Urgent',
          tier: 'Tier',
        },
        keyColumn: 'Request ID',
      },
      { evaluateRule: feelRules() },
    );
    expect(brief(report)).toEqual([
      '4 missing-required Cost Center',
      '5 wrong-type Amount',
      '5 not-in-enum Tier',
      '6 unparseable-date Submitted',
      '6 rule-failed Amount',
      '7 empty-row -',
      '8 duplicate-key Request ID',
      '9 wrong-type Urgent',
      '11 ragged-row -',
    ]);
    const first = (kind: string) => report.findings.find((f) => f.kind === kind)!;
    expect(first('missing-required').message).toBe('costCenter is empty, but it is required');
    expect(first('wrong-type')).toMatchObject({
      field: 'amount',
      value: 'abc',
      message: 'amount is "abc", not a number',
    });
    expect(first('not-in-enum').message).toBe('tier is "bronze", not one of gold, silver');
    expect(first('rule-failed').message).toBe('amount is -5, which fails the rule amount > 0');
    expect(first('duplicate-key').message).toBe('Row 8 has the same key "PR-002" as row 3');
    expect(first('empty-row').message).toBe('Row 7 is empty, so it is not used as a record');
    expect(first('ragged-row').message).toMatch(/^Row 11 has /);
    expect(report).toMatchObject({ rows: 9, rowsWithFindings: 7 });
    expect(report.counts).toEqual({
      'missing-required': 1,
      'wrong-type': 2,
      'not-in-enum': 1,
      'unparseable-date': 1,
      'rule-failed': 1,
      'empty-row': 1,
      'duplicate-key': 1,
      'ragged-row': 1,
    });
  });

  it('finds whole-row duplicates without a key column', () => {
    const report = qualityReport(table, [], { fields: {} });
    expect(report.findings.filter((f) => f.kind === 'duplicate-row')).toEqual([
      { kind: 'duplicate-row', row: 8, column: null, field: null, message: 'Row 8 repeats row 3 exactly' },
    ]);
  });

  it('does not check rules without an evaluator, nor rules on values that did not convert', () => {
    expect(qualityReport(table, requestFields, undefined).counts['rule-failed']).toBeUndefined();
    const calls: unknown[] = [];
    qualityReport(table, requestFields, undefined, {
      evaluateRule: (_rule, record) => (calls.push(record.amount), true),
    });
    expect(calls).not.toContain('abc');
    expect(calls).not.toContain(null);
    expect(calls).toHaveLength(7);
  });
});

describe('qualityReport findings', () => {
  it('reports a rule that cannot be evaluated', () => {
    const table = parseCsv('amount\n5\n');
    const report = qualityReport(table, [{ name: 'amount', type: 'number', validation: 'amount >' }], undefined, {
      evaluateRule: feelRules(),
    });
    expect(report.findings).toEqual([
      expect.objectContaining({ kind: 'rule-error', row: 2, field: 'amount', column: 'amount' }),
    ]);
    expect(report.findings[0].message).toMatch(/^amount could not be checked against the rule amount >: /);
  });

  it('reports a required field that no column feeds once, for the whole table', () => {
    const report = qualityReport(parseCsv('a\n1\n2\n'), [{ name: 'costCenter', type: 'text', required: true }], {
      fields: {},
    });
    expect(report.findings).toEqual([
      {
        kind: 'unmapped-field',
        row: null,
        column: null,
        field: 'costCenter',
        message: 'costCenter is required but no column is mapped to it',
      },
    ]);
    expect(report.rowsWithFindings).toBe(0);
  });

  it('reports empty and unreadable arrival times', () => {
    const table = parseCsv('id,at\na,2025-03-04 10:00\nb,\nc,someday\n');
    const report = qualityReport(table, [], { fields: {}, arrivalColumn: 'at' });
    expect(brief(report)).toEqual(['3 missing-arrival at', '4 unparseable-date at']);
    expect(report.findings[1].message).toBe('the arrival time "someday" is not a date-time or a number of seconds');
  });

  it('carries the parser issues: header, quotes, nested JSON values, non-records', () => {
    const csv = qualityReport(parseCsv(',x,x\n1,"a"b,3\n'), []);
    expect(brief(csv)).toEqual(['1 empty-column-name column 1', '1 duplicate-column x (2)', '2 malformed-quote x']);
    expect(csv.rowsWithFindings).toBe(1);
    const json = qualityReport(parseJsonRecords('[{"a":{"b":1}}, 3]'), []);
    expect(brief(json)).toEqual(['1 nested-value a', '2 not-a-record -']);
  });

  it('checks the broken semicolon running example: clean once typed by inference', () => {
    const table = parseCsv(fixture('running_example_broken.semicolon.csv'));
    const fields: DataField[] = [
      { name: 'costs', type: 'number', required: true, validation: 'costs >= 50' },
      { name: 'timestamp', type: 'date', required: true },
    ];
    const report = qualityReport(
      table,
      fields,
      { fields: { costs: 'costs', timestamp: 'time:timestamp' } },
      { evaluateRule: feelRules() },
    );
    expect(report).toMatchObject({ rows: 34, rowsWithFindings: 0, findings: [] });
    const strict = qualityReport(
      table,
      [{ ...fields[0], validation: 'costs > 100' }],
      { fields: { costs: 'costs' } },
      { evaluateRule: feelRules() },
    );
    expect(strict.counts['rule-failed']).toBe(table.rows.filter((row) => Number(row.cells[0]) <= 100).length);
  });

  it('reports the impossible date of the Windows-1252 export under its German column name', () => {
    const table = parseCsv(fixture('expenses.windows-1252.csv'));
    const report = qualityReport(table, [
      { name: 'datum', type: 'date' },
      { name: 'kostenstelle', type: 'text', required: true },
    ]);
    expect(brief(report)).toEqual(['4 missing-required Kostenstelle', '5 unparseable-date Datum']);
    expect(report.findings[1].value).toBe('31.02.2025');
  });
});

describe('finding kinds in words', () => {
  it('names every kind in plain words, never by its code', () => {
    for (const [kind, label] of Object.entries(findingKindLabels)) {
      expect(label).not.toBe(kind);
      expect(label).toMatch(/^[A-Z][a-z]/);
      expect(label).not.toMatch(/-/);
    }
    expect(findingKindLabels['rule-failed']).toBe('Fails a field rule');
  });
});
