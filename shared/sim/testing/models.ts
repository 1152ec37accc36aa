import { processSchema, type ProcessModel, type ProcessModelInput } from '../../model';

type NodeInput = ProcessModelInput['nodes'][number];
type FlowInput = ProcessModelInput['flows'][number];
type SimulationInput = NonNullable<ProcessModelInput['simulation']>;

/** A map from terse parts, with every default filled in by the schema. */
export function buildModel(
  nodes: NodeInput[],
  flows: Array<FlowInput | [string, string]>,
  simulation: SimulationInput = {},
  extra: Partial<ProcessModelInput> = {},
): ProcessModel {
  return processSchema.parse({
    format: 'flowwright.process',
    schemaVersion: 1,
    id: 'test-map',
    ...extra,
    nodes,
    flows: flows.map((f, i) => (Array.isArray(f) ? { id: `f${i + 1}`, source: f[0], target: f[1] } : f)),
    simulation,
  });
}

/** A single queue: start → serve (one pool of `servers`) → end. */
export function singleQueue(
  interarrival: SimulationInput['arrivals'],
  service: NonNullable<NodeInput['sim']>['duration'],
  servers: number,
  cases: number,
  replications = 1,
): ProcessModel {
  return buildModel(
    [
      { id: 'start', type: 'startEvent' },
      { id: 'serve', type: 'task', name: 'Serve', sim: { duration: service, resource: 'servers' } },
      { id: 'end', type: 'endEvent' },
    ],
    [
      ['start', 'serve'],
      ['serve', 'end'],
    ],
    { arrivals: interarrival, cases, replications, resources: [{ id: 'servers', capacity: servers }] },
  );
}
