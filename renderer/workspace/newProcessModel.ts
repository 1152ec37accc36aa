import { processSchema, SCHEMA_VERSION, type ProcessModel } from '../../shared/model/schema';

/** A model id in the style BPMN tools use (`Process_1a2b3c4`): it must also be a valid XML id on export. */
export function newModelId(): string {
  return `Process_${crypto.randomUUID().replaceAll('-', '').slice(0, 7)}`;
}

/**
 * The map a new process starts with: one start event, as in Camunda Modeler, so that there is something to
 * connect the first task to and the map is never an empty canvas.
 */
export function newProcessModel(name: string): ProcessModel {
  return processSchema.parse({
    format: 'flowwright.process',
    schemaVersion: SCHEMA_VERSION,
    id: newModelId(),
    name,
    nodes: [{ id: 'StartEvent_1', type: 'startEvent', name: '', x: 160, y: 200 }],
    flows: [],
  });
}

/** "Untitled process", or the first "Untitled process N" not yet taken. */
export function untitledName(taken: readonly string[]): string {
  const base = 'Untitled process';
  if (!taken.includes(base)) return base;
  for (let n = 2; ; n++) if (!taken.includes(`${base} ${n}`)) return `${base} ${n}`;
}
