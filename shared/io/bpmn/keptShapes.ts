import { z } from 'zod';
import type { ProcessModel } from '../../model';
import type { KeptElement } from './keptExtensions';

/*
 * What the exports and drawings read from `extensions.bpmn` (of the map, its nodes and flows). Extensions are kept
 * as they are on every round trip, so a file can hold anything there; a reader takes only the parts of the shape it
 * expects and passes over the rest, so that a hand-edited or damaged file still draws and still exports. A part
 * whose shape is wrong is left out; a list keeps its well-formed items; an item of a list whose identifying fields
 * are wrong is left out whole.
 */

/** The well-formed items of `value` when it is a list; anything else gives none. */
function itemsOf<T>(value: unknown, schema: z.ZodType<T>): T[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const parsed = schema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

/** A list keeping its well-formed items; a value that is not a list is not one. */
const listOf = <T>(schema: z.ZodType<T>) => z.array(z.unknown()).transform((items) => itemsOf(items, schema));

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The entries of a record whose value is text and whose key `keep` accepts. */
const textEntries = (keep: (key: string) => boolean) =>
  z
    .record(z.string(), z.unknown())
    .transform(
      (record) =>
        Object.fromEntries(
          Object.entries(record).filter(([key, value]) => typeof value === 'string' && keep(key)),
        ) as Record<string, string>,
    );

const xmlName = /^[\p{L}_][\p{L}\p{N}_.-]*$/u;
const isQName = (name: string) => name.split(':').length <= 2 && name.split(':').every((part) => xmlName.test(part));
/** Vendor attributes (`camunda:asyncBefore`): a name written as an XML attribute must be prefixed and legal. */
const vendorAttrs = textEntries((key) => isQName(key) && key.includes(':') && !key.startsWith('xmlns:'));

const keptElementSchema: z.ZodType<KeptElement> = z.lazy(() =>
  z.object({
    name: z.string().refine(isQName),
    uri: z.string().optional(),
    attrs: textEntries(isQName).optional(),
    children: listOf(keptElementSchema).optional(),
    text: z.string().optional(),
  }),
);

const point = z.object({ x: z.number(), y: z.number() });
const box = z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() });

const artifactSchema = z.object({
  kind: z.string(),
  id: z.string(),
  name: z.string().optional(),
  container: z.string().optional(),
  source: z.string().optional(),
  target: z.string().optional(),
  dataObject: z.string().optional(),
  bounds: box.optional(),
  waypoints: z.array(point).optional(),
  plane: z.string().optional(),
});

const messageFlowSchema = z.object({
  id: z.string(),
  name: z.string().optional(),
  source: z.string(),
  target: z.string(),
  waypoints: z.array(point).optional(),
});

const modelFields = {
  definitions: textEntries((key) => ['id', 'targetNamespace', 'exporter', 'exporterVersion'].includes(key)),
  namespaces: textEntries((key) => xmlName.test(key)),
  collaboration: z.object({ id: z.string(), name: z.string().optional() }),
  pools: listOf(
    z.object({
      id: z.string(),
      name: z.string().optional(),
      processId: z.string().optional(),
      lanes: z.array(z.string()),
      parentLanes: listOf(
        z.object({ id: z.string(), name: z.string().optional(), children: z.array(z.string()) }),
      ).optional(),
    }),
  ),
  processes: listOf(
    z.object({
      id: z.string(),
      name: z.string().optional(),
      isExecutable: z.boolean().optional(),
      // A process's vendor parts are extras: wrong ones are passed over, the process (which pools name) stays.
      attrs: vendorAttrs.optional().catch(undefined),
      extensionElements: listOf(keptElementSchema).optional().catch(undefined),
    }),
  ),
  artifacts: listOf(artifactSchema),
  messageFlows: listOf(messageFlowSchema),
};

/** A message, error, signal or escalation an event refers to. */
const reference = textEntries((key) => ['id', 'name', 'code'].includes(key));

const nodeFields = {
  /** The BPMN element when it is not the plain one for the node's type, e.g. `CallActivity`. */
  element: z.string(),
  loop: z.object({ kind: z.enum(['standard', 'multiInstance']), sequential: z.boolean().optional() }),
  /** A sub-process drawn open, with its inside shown in place. */
  expanded: z.boolean(),
  /** The nodes a text annotation is linked to, each by the association that links them. */
  annotates: listOf(z.object({ association: z.string().optional(), node: z.string() })),
  message: reference,
  error: reference,
  signal: reference,
  escalation: reference,
  timer: z.object({ kind: z.enum(['duration', 'cycle', 'date']), value: z.string() }),
  eventDefinition: z.string(),
  link: z.string(),
  /** The condition of a conditional event. */
  condition: z.string(),
  calledElement: z.string(),
  script: z.object({ format: z.string().optional(), body: z.string() }),
  triggeredByEvent: z.boolean(),
  isForCompensation: z.boolean(),
  /** The process a top-level node was in, for files with several. */
  process: z.string(),
  /** The bpmn:dataObject a data object reference points to. */
  dataObject: z.string(),
  attrs: vendorAttrs,
  extensionElements: listOf(keptElementSchema),
};

const flowFields = {
  /** A condition as the file wrote it, when it is not one Flowwright reads. */
  condition: z.object({ language: z.string().optional(), body: z.string() }),
  attrs: vendorAttrs,
  extensionElements: listOf(keptElementSchema),
};

type Fields = Record<string, z.ZodType>;
type Read<F extends Fields> = { [K in keyof F]?: z.output<F[K]> };

/** The well-formed parts of a kept record; models are immutable, so each record is read once however often used. */
function reader<F extends Fields>(fields: F): (kept: unknown) => Read<F> {
  const cache = new WeakMap<object, Read<F>>();
  return (kept) => {
    if (!isRecord(kept)) return {};
    let read = cache.get(kept);
    if (!read) {
      read = {};
      for (const key of Object.keys(fields) as (keyof F & string)[]) {
        if (!Object.hasOwn(kept, key)) continue;
        const parsed = fields[key].safeParse(kept[key]);
        if (parsed.success) read[key] = parsed.data as Read<F>[typeof key];
      }
      cache.set(kept, read);
    }
    return read;
  };
}

const readModel = reader(modelFields);
const readNode = reader(nodeFields);
const readFlow = reader(flowFields);

/** A kept BPMN artifact (group, data object or store, association) with its place in the diagram. */
export type KeptArtifactShape = z.infer<typeof artifactSchema>;
/** A kept BPMN message flow. */
export type KeptMessageFlowShape = z.infer<typeof messageFlowSchema>;
/** The well-formed parts of a map's kept file structure (pools, processes, artifacts, message flows, …). */
export type KeptModel = Read<typeof modelFields>;
/** The well-formed parts of what a BPMN import kept about a node. */
export type KeptNode = Read<typeof nodeFields>;
/** The well-formed parts of what a BPMN import kept about a sequence flow. */
export type KeptFlow = Read<typeof flowFields>;
/** What a BPMN import kept about a node that changes how it is drawn; each part present only when well formed. */
export type KeptNodeDrawing = Pick<KeptNode, 'element' | 'loop' | 'expanded' | 'annotates'>;

/** The well-formed parts of a map's `extensions.bpmn`; empty for maps made in Flowwright. */
export const keptModel = (model: Pick<ProcessModel, 'extensions'>): KeptModel => readModel(model.extensions?.bpmn);

/** The well-formed parts of a node's `extensions.bpmn`; empty for nodes made in Flowwright. */
export const keptNode = (node: { extensions?: Record<string, unknown> }): KeptNode => readNode(node.extensions?.bpmn);

/** The well-formed parts of a flow's `extensions.bpmn`; empty for flows drawn in Flowwright. */
export const keptFlow = (flow: { extensions?: Record<string, unknown> }): KeptFlow => readFlow(flow.extensions?.bpmn);

/** The well-formed kept artifacts and message flows of a map's `extensions.bpmn`; none for maps drawn here. */
export function keptModelDrawing(model: Pick<ProcessModel, 'extensions'>): {
  artifacts: KeptArtifactShape[];
  messageFlows: KeptMessageFlowShape[];
} {
  const kept = keptModel(model);
  return { artifacts: kept.artifacts ?? [], messageFlows: kept.messageFlows ?? [] };
}

/** The well-formed drawing-related parts of a node's `extensions.bpmn` (given as it is); empty for nodes drawn here. */
export const keptNodeDrawing = (kept: unknown): KeptNodeDrawing => readNode(kept);
