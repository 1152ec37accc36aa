import type { NodeType, ProcessModel } from './schema';

const nodeIdPrefixes: Record<NodeType, string> = {
  startEvent: 'start',
  endEvent: 'end',
  intermediateEvent: 'event',
  boundaryEvent: 'boundary',
  task: 'task',
  subProcess: 'subprocess',
  exclusiveGateway: 'gateway',
  parallelGateway: 'gateway',
  inclusiveGateway: 'gateway',
  eventBasedGateway: 'gateway',
  annotation: 'annotation',
  dataObject: 'dataobject',
  dataStore: 'datastore',
};

/** The id prefix for new nodes of a type: `task` for tasks, `gateway` for every gateway, and so on. */
export function idPrefix(type: NodeType): string {
  return nodeIdPrefixes[type];
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Hands out ids `<prefix>_<n>` that collide with no node, flow or lane id of the model nor with each other.
 * n is one more than the highest n already used with that prefix, so ids are deterministic and a deleted
 * element's id is not handed out again while a later one exists.
 */
export function idAllocator(model: ProcessModel): (prefix: string) => string {
  const taken = new Set<string>();
  for (const list of [model.nodes, model.flows, model.lanes, model.participants ?? []])
    for (const element of list) taken.add(element.id);
  const next = new Map<string, number>();
  return (prefix) => {
    let n = next.get(prefix);
    if (n === undefined) {
      const pattern = new RegExp(`^${escapeRegExp(prefix)}_(\\d+)$`);
      n = 1;
      for (const id of taken) {
        const match = pattern.exec(id);
        // Longer suffixes would lose precision as numbers; such ids are still avoided through `taken`.
        if (match && match[1].length <= 15) n = Math.max(n, Number(match[1]) + 1);
      }
    }
    while (taken.has(`${prefix}_${n}`)) n++;
    const id = `${prefix}_${n}`;
    taken.add(id);
    next.set(prefix, n + 1);
    return id;
  };
}

/** A deterministic id `<prefix>_<n>` that no node, flow or lane of the model uses, e.g. `task_7`. */
export function freshId(model: ProcessModel, prefix: string): string {
  return idAllocator(model)(prefix);
}

/** Whether a node, flow or lane of the model already has this id. */
export function idInUse(model: ProcessModel, id: string): boolean {
  return [model.nodes, model.flows, model.lanes, model.participants ?? []].some((list) =>
    list.some((element) => element.id === id),
  );
}
