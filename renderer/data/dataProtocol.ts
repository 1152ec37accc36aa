import { z } from 'zod';
import { errorReplySchema, jobIdSchema, parseWith } from '../workers/workerMessages';
import { fieldSchema } from '../../shared/model';
import type { ColumnProfile, QualityReport, RawTable } from '../../shared/data';

/**
 * The messages between the Data panel and its worker, which reads files and checks their quality off the main
 * thread. Both sides parse what they receive; the bulky payloads (tables, reports) are checked only for their shape's
 * outline, since they come from the app's own code and may hold 100,000 rows.
 */

const jobId = jobIdSchema;

export const columnMappingSchema = z.object({
  fields: z.record(z.string(), z.string()),
  keyColumn: z.string().optional(),
  arrivalColumn: z.string().optional(),
  formats: z
    .record(
      z.string(),
      z.object({ decimal: z.enum(['.', ',']).optional(), dateOrder: z.enum(['dmy', 'mdy']).optional() }),
    )
    .optional(),
});

export const dataRequestSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('parse'),
    jobId,
    name: z.string(),
    bytes: z.custom<Uint8Array>((v) => v instanceof Uint8Array, 'expected the bytes of a file'),
    sheet: z.string().optional(),
  }),
  /**
   * Checks the last parsed table against the fields and the mapping; with `table`, that table instead (the records
   * saved with a map, whose quality report is reopened without reading the file again), kept for the next checks.
   */
  z.object({
    type: z.literal('check'),
    jobId,
    fields: z.array(fieldSchema),
    mapping: columnMappingSchema,
    table: z.lazy(() => tableSchema).optional(),
  }),
]);
export type DataRequest = z.infer<typeof dataRequestSchema>;

const tableSchema = z.custom<RawTable>(
  (v) =>
    typeof v === 'object' &&
    v !== null &&
    Array.isArray((v as RawTable).columns) &&
    Array.isArray((v as RawTable).rows),
);

export const dataMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('progress'),
    jobId,
    step: z.enum(['reading', 'inferring', 'checking']),
    fraction: z.number().min(0).max(1),
  }),
  z.object({
    type: z.literal('parsed'),
    jobId,
    table: tableSchema,
    profiles: z.array(z.custom<ColumnProfile>((v) => typeof v === 'object' && v !== null)),
  }),
  z.object({
    type: z.literal('checked'),
    jobId,
    report: z.custom<QualityReport>((v) => typeof v === 'object' && v !== null && 'findings' in v),
    records: z.number().int().min(0),
  }),
  errorReplySchema,
]);
export type DataMessage = z.infer<typeof dataMessageSchema>;

export const parseDataRequest = (data: unknown) => parseWith(dataRequestSchema, data);
export const parseDataMessage = (data: unknown) => parseWith(dataMessageSchema, data);
