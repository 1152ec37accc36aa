import { z } from 'zod';
import { errorCatalogue, FlowwrightError, type ErrorCode } from '../../shared/model';

/** A job's number, which a worker's replies name. */
export const jobIdSchema = z.number().int();

/** One of the app's error codes, as a worker sends it with a failure. */
export const errorCodeSchema = z.enum(Object.keys(errorCatalogue) as [ErrorCode, ...ErrorCode[]]);

/** A job's failure, as the data and log workers send it. */
export const errorReplySchema = z.object({
  type: z.literal('error'),
  jobId: jobIdSchema,
  code: errorCodeSchema,
  message: z.string(),
});

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** A message checked against its schema; when it does not fit, the first issue as one readable line. */
export function parseWith<T>(schema: z.ZodType<T>, data: unknown): Parsed<T> {
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  return { ok: false, error: issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message };
}

/** The error reply of a failed job: the error's own code, or FW_INTERNAL for an error of no known kind. */
export function errorReply(jobId: number, error: unknown): z.infer<typeof errorReplySchema> {
  if (error instanceof FlowwrightError) return { type: 'error', jobId, code: error.code, message: error.message };
  return { type: 'error', jobId, code: 'FW_INTERNAL', message: error instanceof Error ? error.message : String(error) };
}
