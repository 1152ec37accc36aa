import { z } from 'zod';
import type { CaseTraceOutcome } from '../../shared/sim/caseTrace';

/** The worker's answer to a case trace, checked on arrival like every message from the worker. */
const kindSchema = z.enum([
  'missing-field',
  'invalid-field',
  'no-route',
  'error-event',
  'sla-breach',
  'loop-limit',
  'unfinished',
]);

const stepSchema = z.object({
  activityId: z.string(),
  name: z.string(),
  resource: z.string().nullable(),
  enabled: z.number(),
  start: z.number().nullable(),
  end: z.number(),
  wait: z.number(),
  work: z.number(),
  lifecycle: z.enum(['complete', 'ate_abort', 'withdraw']),
  subProcess: z.boolean(),
});

const traceSchema = z.object({
  caseId: z.string(),
  replication: z.number().int(),
  row: z.number().int().nullable(),
  key: z.string().nullable(),
  start: z.number(),
  end: z.number().nullable(),
  cycleTime: z.number().nullable(),
  measured: z.boolean(),
  waiting: z.number(),
  processing: z.number(),
  cost: z.number(),
  steps: z.array(stepSchema),
  path: z.array(z.string()),
  exceptions: z.array(
    z.object({ kind: kindSchema, nodeId: z.string(), message: z.string(), handled: z.boolean(), time: z.number() }),
  ),
});

export const caseTraceOutcomeSchema: z.ZodType<CaseTraceOutcome> = z.discriminatedUnion('found', [
  z.object({ found: z.literal(true), trace: traceSchema, note: z.string().nullable() }),
  z.object({ found: z.literal(false), message: z.string() }),
]);
