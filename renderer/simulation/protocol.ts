import { z } from 'zod';
import { errorCodeSchema, parseWith, type Parsed } from '../workers/workerMessages';
import { processSchema } from '../../shared/model';
import type { SimProblem, SimulationReport, StatSummary } from '../../shared/sim';
import type { ExceptionRecord } from '../../shared/sim/types';
import type { Comparison } from '../../shared/sim/compare';
import type { CaseTraceTarget } from '../../shared/sim/caseTrace';
import { caseTraceOutcomeSchema } from './traceProtocol';
import type { RawTable } from '../../shared/data';
import { columnMappingSchema } from '../data/dataProtocol';

/**
 * The messages between the app and the simulation worker. Both sides parse what they receive with these schemas,
 * so that a mismatch (an old worker in the cache, a bug) shows as a clear error instead of a broken panel.
 */

/** What the user chose for a run; `scenario` null runs the map as drawn. */
export const runSettingsSchema = z.object({
  cases: z.number().int().min(1),
  seed: z.number().int(),
  replications: z.number().int().min(1),
  scenario: z.string().nullable(),
  /** How the map's sample records become cases; absent or null: cases carry no record. */
  recordOrder: z.enum(['auto', 'file', 'replay', 'bootstrap']).nullable().optional(),
});
export type RunSettings = z.infer<typeof runSettingsSchema>;

/** The map's sample records as stored: the table as read and how its columns map to the map's fields. */
export const runDataSchema = z.object({
  table: z.custom<RawTable>((v) => typeof v === 'object' && v !== null && Array.isArray((v as RawTable).rows)),
  mapping: columnMappingSchema,
});
export type RunData = z.infer<typeof runDataSchema>;

/** A what-if comparison: the map as drawn (settings.scenario is null) against each of these scenarios. */
export const compareSettingsSchema = runSettingsSchema.extend({
  scenario: z.null(),
  scenarios: z.array(z.string()).min(1),
});
export type CompareSettings = z.infer<typeof compareSettingsSchema>;

/** One of the two maps of an as-is against to-be comparison, with the label its column gets. */
const mapToCompareSchema = z.object({ model: processSchema, label: z.string() });
export type MapToCompare = z.infer<typeof mapToCompareSchema>;
/** An as-is against to-be comparison's settings: the same cases, seed, replications and records for both maps. */
export type CompareMapsSettings = RunSettings & { scenario: null };

/** A case to trace (caseChoice's CaseTarget): one case of one run, or the first along a path or in a range. */
export const caseTargetSchema: z.ZodType<CaseTraceTarget> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('case'), replication: z.number().int().min(1), caseId: z.string() }),
  z.object({ kind: z.literal('variant'), path: z.array(z.string()) }),
  z.object({ kind: z.literal('cycleTime'), from: z.number(), to: z.number() }),
]);

export const workerRequestSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('run'),
    runId: z.number().int(),
    model: processSchema,
    settings: runSettingsSchema,
    data: runDataSchema.optional(),
  }),
  z.object({
    type: z.literal('compare'),
    runId: z.number().int(),
    model: processSchema,
    settings: compareSettingsSchema,
    data: runDataSchema.optional(),
  }),
  z.object({
    type: z.literal('compareMaps'),
    runId: z.number().int(),
    current: mapToCompareSchema,
    future: mapToCompareSchema,
    settings: runSettingsSchema.extend({ scenario: z.null() }),
    data: runDataSchema.optional(),
  }),
  z.object({
    type: z.literal('trace'),
    runId: z.number().int(),
    model: processSchema,
    settings: runSettingsSchema,
    data: runDataSchema.optional(),
    target: caseTargetSchema,
  }),
  z.object({ type: z.literal('cancel'), runId: z.number().int() }),
]);
export type WorkerRequest = z.infer<typeof workerRequestSchema>;

const count = z.number().int().min(0);
const statSummarySchema: z.ZodType<StatSummary> = z.object({
  mean: z.number(),
  sd: z.number(),
  p50: z.number(),
  p90: z.number(),
  p95: z.number(),
  max: z.number(),
  ci95: z.tuple([z.number(), z.number()]).nullable(),
});
const problemSchema: z.ZodType<SimProblem> = z.object({
  code: errorCodeSchema,
  elementId: z.string(),
  message: z.string(),
});

const exceptionKindSchema = z.enum([
  'missing-field',
  'invalid-field',
  'no-route',
  'error-event',
  'sla-breach',
  'loop-limit',
  'unfinished',
]);
const exceptionRecordSchema: z.ZodType<ExceptionRecord> = z.object({
  replication: z.number().int(),
  caseId: z.string(),
  row: z.number().int().nullable(),
  key: z.string().nullable(),
  kind: exceptionKindSchema,
  nodeId: z.string(),
  message: z.string(),
  handled: z.boolean(),
  time: z.string(),
});
const recordReportSchema = z.object({ row: z.number().int(), key: z.string().nullable(), message: z.string() });

const reportSchema: z.ZodType<SimulationReport> = z.object({
  model: z.string(),
  scenario: z.string().nullable(),
  seed: z.number(),
  replications: z.number(),
  cases: z.object({ started: count, completed: count, inProgress: count, withExceptions: count }),
  cycleTime: statSummarySchema,
  cycleTimeHistogram: z.array(z.object({ from: z.number(), to: z.number(), count: z.number() })),
  waitingTime: statSummarySchema,
  processingTime: statSummarySchema,
  throughputPerHour: z.number(),
  measuredTime: z.number(),
  wip: z.object({ mean: z.number(), max: z.number() }),
  costPerCase: statSummarySchema,
  handoffsPerCase: statSummarySchema,
  activities: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      count,
      waiting: statSummarySchema,
      processing: statSummarySchema,
      queueLength: z.object({ mean: z.number(), max: z.number() }),
      cost: z.number(),
    }),
  ),
  resources: z.array(
    z.object({
      id: z.string(),
      utilization: z.number(),
      busyTime: z.number(),
      cost: z.number(),
      capacityCost: z.number(),
    }),
  ),
  flows: z.array(z.object({ id: z.string(), count })),
  bottlenecks: z.array(z.object({ id: z.string(), score: z.number(), reason: z.string() })),
  exceptions: z.array(
    z.object({
      kind: exceptionKindSchema,
      nodeId: z.string(),
      count,
      handled: count,
      examples: z.array(z.string()),
      message: z.string(),
    }),
  ),
  variants: z.array(z.object({ path: z.array(z.string()), count, meanCycleTime: z.number() })),
  otherVariantCases: count,
  timeSeries: z.object({
    step: z.number(),
    wip: z.array(z.number()),
    queues: z.array(z.object({ id: z.string(), values: z.array(z.number()) })),
  }),
  caseData: z
    .object({
      order: z.enum(['file', 'replay', 'bootstrap']),
      records: count,
      skipped: z.array(recordReportSchema),
    })
    .optional(),
  exceptionRecords: z.array(exceptionRecordSchema).optional(),
  exceptionRecordsOmitted: count.optional(),
});

const intervalSchema = z.tuple([z.number(), z.number()]);
/** A what-if comparison as compareScenarios makes it (no structural diff: one map and its scenarios). */
const comparisonSchema: z.ZodType<WhatIfComparison> = z.object({
  runs: z.array(z.object({ label: z.string(), scenario: z.string().nullable(), report: reportSchema })),
  kpis: z.array(
    z.object({
      kpi: z.string(),
      values: z.array(z.number()),
      delta: z.array(z.number().nullable()),
      deltaCi95: z.array(intervalSchema.nullable()),
      separated: z.array(z.boolean().nullable()),
    }),
  ),
});
export type WhatIfComparison = Omit<Comparison, 'diff'>;
const idsSchema = z.array(z.string());
/** An as-is against to-be comparison as compareMaps makes it: two runs and the structural diff between the maps. */
const mapComparisonSchema: z.ZodType<Comparison> = comparisonSchema.and(
  z.object({
    diff: z.object({
      added: idsSchema,
      removed: idsSchema,
      changed: z.array(z.object({ id: z.string(), fields: idsSchema })),
    }),
  }),
);

export const workerMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('progress'),
    runId: z.number().int(),
    fraction: z.number().min(0).max(1),
    casesDone: count,
    casesTotal: count,
  }),
  z.object({
    type: z.literal('result'),
    runId: z.number().int(),
    report: reportSchema,
    events: count,
    elapsedMs: z.number().min(0),
  }),
  z.object({
    type: z.literal('comparison'),
    runId: z.number().int(),
    comparison: comparisonSchema,
    events: count,
    elapsedMs: z.number().min(0),
  }),
  z.object({
    type: z.literal('mapComparison'),
    runId: z.number().int(),
    comparison: mapComparisonSchema,
    events: count,
    elapsedMs: z.number().min(0),
  }),
  z.object({
    type: z.literal('error'),
    runId: z.number().int(),
    code: errorCodeSchema,
    message: z.string(),
    problems: z.array(problemSchema),
  }),
  z.object({ type: z.literal('trace'), runId: z.number().int(), outcome: caseTraceOutcomeSchema, events: count }),
  z.object({ type: z.literal('cancelled'), runId: z.number().int(), casesDone: count }),
]);
export type WorkerMessage = z.infer<typeof workerMessageSchema>;

export const parseWorkerRequest = (data: unknown): Parsed<WorkerRequest> => parseWith(workerRequestSchema, data);
export const parseWorkerMessage = (data: unknown): Parsed<WorkerMessage> => parseWith(workerMessageSchema, data);
