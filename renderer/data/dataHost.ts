import {
  inferColumns,
  mapColumns,
  parseRecords,
  qualityReport,
  recordsFileFormat,
  type RawTable,
  type RuleEvaluator,
  type SourceFormat,
} from '../../shared/data';
import type { DataField } from '../../shared/model';
import { compileExpression } from '../../shared/expr';
import type { ColumnMapping } from '../../shared/data';
import { parseDataRequest, type DataMessage } from './dataProtocol';
import { errorReply } from '../workers/workerMessages';

/** The reader a file's name asks for: .json and .xlsx by their extension, anything else as delimited text. */
export function formatOfFile(name: string): SourceFormat {
  return recordsFileFormat(name) ?? 'csv';
}

/** Checks validation rules with the FEEL compiler; a rule that does not parse is an Error for every record. */
export function ruleEvaluator(fields: readonly DataField[]): RuleEvaluator {
  const names = fields.map((field) => field.name);
  return (source, record) => {
    const compiled = compileExpression(source, names);
    if (!compiled.ok) return new Error(compiled.error.message);
    return compiled.expression.isTrue(record as Record<string, unknown>);
  };
}

/**
 * The worker side of the Data panel: reads a file into a table (with progress), suggests column types, and checks
 * the table against fields and a mapping. It keeps the last table, so that a changed mapping is checked without
 * sending 100,000 rows back and forth.
 */
export function createDataHost(post: (message: DataMessage) => void) {
  let table: RawTable | null = null;

  const fail = (jobId: number, error: unknown): void => post(errorReply(jobId, error));

  function check(jobId: number, fields: DataField[], mapping: ColumnMapping): void {
    if (!table) return fail(jobId, new Error('no records have been read yet'));
    post({ type: 'progress', jobId, step: 'checking', fraction: 0 });
    const report = qualityReport(table, fields, mapping, { evaluateRule: ruleEvaluator(fields) });
    const { records } = mapColumns(table, fields, mapping);
    post({ type: 'checked', jobId, report, records: records.length });
  }

  return {
    receive(data: unknown): void {
      const parsed = parseDataRequest(data);
      if (!parsed.ok) {
        const jobId = (data as { jobId?: unknown } | null)?.jobId;
        const message = `the data worker received a message it does not understand (${parsed.error})`;
        return post({
          type: 'error',
          jobId: Number.isInteger(jobId) ? (jobId as number) : -1,
          code: 'FW_INTERNAL',
          message,
        });
      }
      const request = parsed.value;
      try {
        if (request.type === 'check') {
          if (request.table) table = request.table;
          return check(request.jobId, request.fields, request.mapping);
        }
        const { jobId, name, bytes, sheet } = request;
        post({ type: 'progress', jobId, step: 'reading', fraction: 0 });
        table = parseRecords(formatOfFile(name), bytes, {
          sheet,
          onProgress: (fraction) => post({ type: 'progress', jobId, step: 'reading', fraction }),
        });
        post({ type: 'progress', jobId, step: 'inferring', fraction: 0 });
        post({ type: 'parsed', jobId, table, profiles: inferColumns(table) });
      } catch (error) {
        fail(request.jobId, error);
      }
    },
  };
}
