import { z } from 'zod';
import { errorReplySchema, jobIdSchema, parseWith } from '../workers/workerMessages';

import type { CsvLogMapping } from '../../shared/io/eventLog';
import type { LogRecord } from '../workspace/db';

/**
 * The messages between the Logs panel and its worker, which reads log files and stores them in the workspace off
 * the main thread. Both sides parse what they receive; files and stored records are checked for their outline only.
 */

const jobId = jobIdSchema;
const file = z.custom<Blob>((v) => typeof Blob !== 'undefined' && v instanceof Blob, 'expected a file');

const mappingSchema = z.custom<CsvLogMapping>(
  (v) => typeof v === 'object' && v !== null && typeof (v as CsvLogMapping).caseId === 'string',
);

export const logRequestSchema = z.discriminatedUnion('type', [
  /** The first rows of a CSV file, its columns and a guess of their mapping, for the mapping step. */
  z.object({ type: z.literal('preview'), jobId, file }),
  /** Reads the whole file (XES by its name, CSV under the mapping) and stores the log in the workspace. */
  z.object({
    type: z.literal('import'),
    jobId,
    file,
    name: z.string(),
    mapping: mappingSchema.optional(),
  }),
  /** Stops the import of that job; nothing of it is stored. */
  z.object({ type: z.literal('cancel'), jobId }),
]);
export type LogRequest = z.infer<typeof logRequestSchema>;

export const logMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('progress'),
    jobId,
    step: z.enum(['reading', 'saving']),
    /** Bytes of the file read so far (while reading), and its size. */
    bytes: z.number().min(0),
    total: z.number().min(0),
    events: z.number().int().min(0),
  }),
  z.object({
    type: z.literal('preview'),
    jobId,
    columns: z.array(z.string()),
    rows: z.array(z.array(z.string())),
    mapping: z.custom<Partial<CsvLogMapping>>((v) => typeof v === 'object' && v !== null),
  }),
  z.object({
    type: z.literal('imported'),
    jobId,
    log: z.custom<LogRecord>((v) => typeof v === 'object' && v !== null && 'summary' in v),
  }),
  z.object({ type: z.literal('cancelled'), jobId }),
  errorReplySchema,
]);
export type LogMessage = z.infer<typeof logMessageSchema>;

export const parseLogRequest = (data: unknown) => parseWith(logRequestSchema, data);
export const parseLogMessage = (data: unknown) => parseWith(logMessageSchema, data);
