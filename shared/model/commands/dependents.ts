import type { ProcessModel } from '../schema';

/**
 * Node ids that belong to each host: boundary events attached to it and, for a sub-process, the nodes whose
 * `parent` it is. They go where their host goes (deleted, moved, copied, put in a lane).
 */
function dependentsByHost(model: ProcessModel): Map<string, string[]> {
  const byHost = new Map<string, string[]>();
  const add = (host: string, id: string) => {
    const list = byHost.get(host);
    if (list) list.push(id);
    else byHost.set(host, [id]);
  };
  for (const node of model.nodes) {
    if (node.attachedTo !== undefined) add(node.attachedTo, node.id);
    if (node.parent !== undefined) add(node.parent, node.id);
  }
  return byHost;
}

/**
 * Each of the given node ids and every node that depends on it (transitively), mapped to the given id it
 * follows. Ids are visited in order, so a node under two given hosts follows the first. Unknown ids are skipped.
 */
export function followersOf(model: ProcessModel, nodeIds: Iterable<string>): Map<string, string> {
  const known = new Set(model.nodes.map((node) => node.id));
  const byHost = dependentsByHost(model);
  const leader = new Map<string, string>();
  const given = [...nodeIds].filter((id) => known.has(id));
  for (const id of given) leader.set(id, id);
  for (const id of given) {
    const queue = [id];
    while (queue.length > 0) {
      for (const dependent of byHost.get(queue.pop() as string) ?? []) {
        if (leader.has(dependent)) continue;
        leader.set(dependent, id);
        queue.push(dependent);
      }
    }
  }
  return leader;
}

/** The given node ids together with every node that depends on them. */
export function withDependents(model: ProcessModel, nodeIds: Iterable<string>): Set<string> {
  return new Set(followersOf(model, nodeIds).keys());
}
