import { z } from 'zod';

/** The schema version this build writes; restore() migrates older ones up to it. */
export const SCHEMA_VERSION = 1;

const id = z.string().min(1).max(200);
const finite = z.number().finite();
const nonNegative = finite.min(0);

/** Probability distributions for durations and inter-arrival times (seconds). */
export const distributionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('fixed'), value: nonNegative }),
  z.object({ type: z.literal('uniform'), min: nonNegative, max: nonNegative }),
  z.object({ type: z.literal('triangular'), min: nonNegative, mode: nonNegative, max: nonNegative }),
  z.object({ type: z.literal('normal'), mean: finite, sd: nonNegative }),
  z.object({ type: z.literal('lognormal'), mean: nonNegative, sd: nonNegative }),
  z.object({ type: z.literal('exponential'), mean: nonNegative }),
  z.object({ type: z.literal('gamma'), mean: nonNegative, sd: nonNegative }),
  z.object({ type: z.literal('empirical'), values: z.array(nonNegative).min(1) }),
]);
export type Distribution = z.infer<typeof distributionSchema>;
export type DistributionType = Distribution['type'];

export const laneKinds = ['internal', 'external', 'system'] as const;
export const laneSchema = z.object({
  id,
  name: z.string().default(''),
  kind: z.enum(laneKinds).default('internal'),
  /** Lane band position and height on the canvas (y of the top edge); laid out automatically when absent. */
  y: finite.optional(),
  height: finite.positive().optional(),
});
export type Lane = z.infer<typeof laneSchema>;

/**
 * Another party of the collaboration (a customer, a supplier), drawn as a collapsed pool (black box) above or below
 * the map's own process; message flows join it. Placed automatically when `y`/`height` are absent.
 */
export const participantSchema = z.object({
  id,
  name: z.string().default(''),
  y: finite.optional(),
  height: finite.positive().optional(),
});
export type Participant = z.infer<typeof participantSchema>;

export const nodeTypes = [
  'startEvent',
  'endEvent',
  'intermediateEvent',
  'boundaryEvent',
  'task',
  'subProcess',
  'exclusiveGateway',
  'parallelGateway',
  'inclusiveGateway',
  'eventBasedGateway',
  'annotation',
  'dataObject',
  'dataStore',
] as const;
export type NodeType = (typeof nodeTypes)[number];

export const taskTypes = ['user', 'service', 'script', 'manual', 'send', 'receive', 'businessRule'] as const;
export type TaskType = (typeof taskTypes)[number];

/** Event definitions by node type; `none` is the plain event. */
export const eventTypes = ['none', 'timer', 'message', 'error', 'escalation', 'terminate', 'signal'] as const;
export type EventType = (typeof eventTypes)[number];

export const nodeSimSchema = z.object({
  duration: distributionSchema.optional(),
  /** FEEL expression for the duration in seconds; `base` is the value drawn from `duration`. */
  durationExpression: z.string().optional(),
  resource: id.optional(),
  fixedCost: nonNegative.optional(),
  priority: finite.optional(),
  /** For error boundary events: the chance that the error fires on the task it is attached to. */
  probability: finite.min(0).max(1).optional(),
});
export type NodeSim = z.infer<typeof nodeSimSchema>;

export const nodeSchema = z.object({
  id,
  type: z.enum(nodeTypes),
  name: z.string().default(''),
  description: z.string().optional(),
  lane: id.optional(),
  /** Containing sub-process id. */
  parent: id.optional(),
  x: finite.default(0),
  y: finite.default(0),
  width: finite.positive().optional(),
  height: finite.positive().optional(),
  taskType: z.enum(taskTypes).optional(),
  eventType: z.enum(eventTypes).optional(),
  attachedTo: id.optional(),
  interrupting: z.boolean().optional(),
  /** Timer delay in seconds (timer events). */
  timer: nonNegative.optional(),
  /** FEEL condition that raises an error boundary event. */
  condition: z.string().optional(),
  requiredFields: z.array(z.string()).optional(),
  /** Data objects: true when the object is a list of items (BPMN isCollection). */
  collection: z.boolean().optional(),
  sim: nodeSimSchema.optional(),
  extensions: z.record(z.string(), z.unknown()).optional(),
});
export type FlowNode = z.infer<typeof nodeSchema>;

/**
 * Flows other than sequence flows: `data` joins an activity and a data object or store (a data association);
 * `message` joins two pools (a node or a participant at each end) and carries no case.
 */
export const flowKinds = ['data', 'message'] as const;
export type FlowKind = (typeof flowKinds)[number];

export const flowSchema = z.object({
  id,
  source: id,
  target: id,
  /** Absent for a sequence flow. */
  kind: z.enum(flowKinds).optional(),
  name: z.string().optional(),
  condition: z.string().optional(),
  default: z.boolean().optional(),
  probability: finite.min(0).max(1).optional(),
  /** Bend points between source and target, canvas coordinates. */
  waypoints: z.array(z.object({ x: finite, y: finite })).optional(),
  extensions: z.record(z.string(), z.unknown()).optional(),
});
export type Flow = z.infer<typeof flowSchema>;

export const fieldTypes = ['text', 'number', 'boolean', 'date', 'enum'] as const;
export const fieldSchema = z.object({
  name: z.string().min(1),
  type: z.enum(fieldTypes).default('text'),
  required: z.boolean().optional(),
  validation: z.string().optional(),
  values: z.array(z.string()).optional(),
  label: z.string().optional(),
});
export type DataField = z.infer<typeof fieldSchema>;

const hhmm = z.string().regex(/^([01]\d|2[0-4]):[0-5]\d$/, 'expected HH:MM');
export const weekdays = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'] as const;
export const calendarSchema = z.object({
  id,
  name: z.string().optional(),
  timezone: z.string().default('UTC'),
  weekly: z.array(z.object({ days: z.array(z.enum(weekdays)).min(1), from: hhmm, to: hhmm })).default([]),
  /** Closed dates (YYYY-MM-DD), e.g. public holidays. */
  holidays: z.array(z.string()).optional(),
});
export type Calendar = z.infer<typeof calendarSchema>;

/** How a pool orders its waiting work after task priority: first come, last come, or shortest work first. */
export const queuePolicies = ['fifo', 'lifo', 'shortest'] as const;
export type QueuePolicy = (typeof queuePolicies)[number];

export const resourceSchema = z.object({
  id,
  name: z.string().default(''),
  capacity: z.number().int().min(0).default(1),
  /** Cost of one hour of work done by the pool (charged while busy). */
  costPerHour: nonNegative.default(0),
  /** Cost of one hour of one unit of capacity on the pool's calendar, busy or idle (a salary). */
  costPerHourOfCapacity: nonNegative.optional(),
  calendar: id.optional(),
  /** The lane whose people the pool stands for (informational: tasks name their pool themselves). */
  lane: id.optional(),
  /** The order waiting work is served in, after task priority; absent means 'fifo'. */
  queuePolicy: z.enum(queuePolicies).optional(),
});
export type Resource = z.infer<typeof resourceSchema>;

export const simulationSchema = z.object({
  arrivals: z
    .object({
      interarrival: distributionSchema.default({ type: 'exponential', mean: 3600 }),
      calendar: id.optional(),
      /**
       * Present: a run with records replays them at their own arrival times, read from `column` (the app's loaded
       * records name their own column; the command line's --arrival overrides it); runs without such records use
       * `interarrival`.
       */
      fromRecords: z.object({ column: z.string().min(1).max(200).optional() }).optional(),
    })
    .default({ interarrival: { type: 'exponential', mean: 3600 } }),
  cases: z.number().int().min(1).default(1000),
  /** Optional time horizon in seconds: no arrivals after it. */
  horizon: nonNegative.optional(),
  startAt: z.string().default('2026-01-05T08:00:00Z'),
  /** The place whose clock the start is set in (IANA name, Europe/Paris); `startAt` keeps its offset on that date. */
  timezone: z.string().min(1).max(100).optional(),
  seed: z.number().int().default(1),
  replications: z.number().int().min(1).default(1),
  warmupCases: z.number().int().min(0).default(0),
  loopLimit: z.number().int().min(1).default(1000),
  resources: z.array(resourceSchema).default([]),
  calendars: z.array(calendarSchema).default([]),
});
export type SimulationSettings = z.infer<typeof simulationSchema>;

export const scenarioSchema = z.object({
  id,
  name: z.string().default(''),
  description: z.string().optional(),
  overrides: z.array(z.object({ path: z.string().startsWith('/'), value: z.unknown() })).default([]),
});
export type Scenario = z.infer<typeof scenarioSchema>;

export const processSchema = z.object({
  format: z.literal('flowwright.process'),
  schemaVersion: z.literal(SCHEMA_VERSION),
  id,
  name: z.string().default(''),
  description: z.string().optional(),
  currency: z.string().default('EUR'),
  lanes: z.array(laneSchema).default([]),
  /** Other parties (pools) message flows go to and come from; absent for a map of one process only. */
  participants: z.array(participantSchema).optional(),
  nodes: z.array(nodeSchema),
  flows: z.array(flowSchema),
  data: z.object({ fields: z.array(fieldSchema).default([]) }).default({ fields: [] }),
  simulation: simulationSchema.default(() => simulationSchema.parse({})),
  scenarios: z.array(scenarioSchema).default([]),
  extensions: z.record(z.string(), z.unknown()).optional(),
});

/** A process map as held in memory: every default filled in. */
export type ProcessModel = z.infer<typeof processSchema>;
/** A process map as written in a file: only the required keys need be present. */
export type ProcessModelInput = z.input<typeof processSchema>;
