import { z } from 'zod';
import type { ProcessModel } from '../../model';

/*
 * What a drawing reads from `extensions.bpmn`. Extensions are kept as they are on every round trip, so a file can
 * hold anything there; a drawing takes only the parts of the shape it expects and passes over the rest, so that a
 * hand-edited or damaged file still draws (and still exports, unchanged, what it keeps).
 */

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

/** A kept BPMN artifact (group, data object or store, association) as a drawing reads it. */
export type KeptArtifactShape = z.infer<typeof artifactSchema>;
/** A kept BPMN message flow as a drawing reads it. */
export type KeptMessageFlowShape = z.infer<typeof messageFlowSchema>;

const nodeFields = {
  element: z.string(),
  loop: z.object({ kind: z.enum(['standard', 'multiInstance']), sequential: z.boolean().optional() }),
  expanded: z.boolean(),
  annotates: z.array(z.object({ node: z.string() })),
};

/** What a BPMN import kept about a node that changes how it is drawn; each part present only when well formed. */
export interface KeptNodeDrawing {
  /** The BPMN element when it is not the plain one for the node's type, e.g. `CallActivity`. */
  element?: string;
  loop?: z.infer<typeof nodeFields.loop>;
  /** A sub-process drawn open, with its inside shown in place. */
  expanded?: boolean;
  /** The nodes a text annotation is linked to. */
  annotates?: { node: string }[];
}

/** The well-formed items of `value` when it is a list; anything else gives none. */
function itemsOf<T>(value: unknown, schema: z.ZodType<T>): T[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const parsed = schema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// Models are immutable: each extensions object is read once, however often it is drawn.
const modelCache = new WeakMap<object, { artifacts: KeptArtifactShape[]; messageFlows: KeptMessageFlowShape[] }>();
const nodeCache = new WeakMap<object, KeptNodeDrawing>();

/** The well-formed kept artifacts and message flows of a map's `extensions.bpmn`; none for maps drawn here. */
export function keptModelDrawing(model: Pick<ProcessModel, 'extensions'>): {
  artifacts: KeptArtifactShape[];
  messageFlows: KeptMessageFlowShape[];
} {
  const kept = model.extensions?.bpmn;
  if (!isRecord(kept)) return { artifacts: [], messageFlows: [] };
  let read = modelCache.get(kept);
  if (!read) {
    read = {
      artifacts: itemsOf(kept.artifacts, artifactSchema),
      messageFlows: itemsOf(kept.messageFlows, messageFlowSchema),
    };
    modelCache.set(kept, read);
  }
  return read;
}

/** The well-formed drawing-related parts of a node's `extensions.bpmn`; empty for nodes drawn here. */
export function keptNodeDrawing(kept: unknown): KeptNodeDrawing {
  if (!isRecord(kept)) return {};
  let read = nodeCache.get(kept);
  if (!read) {
    read = {};
    for (const key of Object.keys(nodeFields) as (keyof typeof nodeFields)[]) {
      const parsed = nodeFields[key].safeParse(kept[key]);
      if (parsed.success) Object.assign(read, { [key]: parsed.data });
    }
    nodeCache.set(kept, read);
  }
  return read;
}
