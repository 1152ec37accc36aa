import type { FlowNode, ProcessModel } from '../../model';

/** How log activities and task names are compared: trimmed, without regard to case. */
export const activityKey = (name: string) => name.trim().toLowerCase();

/** The case's start and end, as steps a branch can lead to. */
export const caseStart = '\u0000start';
export const caseEnd = '\u0000end';

/**
 * The map seen as steps the log can show: its tasks whose names the log has. Walks pass through everything
 * else (gateways, events, tasks the log never shows) to the next or previous such task.
 */
export class MapSteps {
  private readonly byId: Map<string, FlowNode>;
  private readonly outgoing = new Map<string, string[]>();
  private readonly incoming = new Map<string, string[]>();

  constructor(
    readonly model: ProcessModel,
    private readonly logged: ReadonlySet<string>,
  ) {
    this.byId = new Map(model.nodes.map((n) => [n.id, n]));
    for (const flow of model.flows) {
      push(this.outgoing, flow.source, flow.target);
      push(this.incoming, flow.target, flow.source);
    }
  }

  /** The log's key of a task the log shows, or null. */
  stepKey(node: FlowNode): string | null {
    if (node.type !== 'task') return null;
    const key = activityKey(node.name);
    return this.logged.has(key) ? key : null;
  }

  /** The first logged tasks (or the case's end) met from `nodeId` onwards, `nodeId` included. */
  firstFrom(nodeId: string): Set<string> {
    const found = new Set<string>();
    const seen = new Set<string>();
    const walk = (id: string) => {
      if (seen.has(id)) return;
      seen.add(id);
      const node = this.byId.get(id);
      if (!node) return;
      const key = this.stepKey(node);
      if (key !== null) return void found.add(key);
      if (node.type === 'subProcess')
        for (const inner of this.model.nodes)
          if (inner.parent === node.id && inner.type === 'startEvent') walk(inner.id);
      const next = this.outgoing.get(id) ?? [];
      if (node.type === 'endEvent' && next.length === 0) {
        if (node.parent === undefined) found.add(caseEnd);
        else for (const after of this.outgoing.get(node.parent) ?? []) walk(after);
      }
      for (const after of next) walk(after);
    };
    walk(nodeId);
    return found;
  }

  /** The last logged tasks (or the case's start) met before `nodeId`, going back along the flows. */
  lastBefore(nodeId: string): Set<string> {
    const found = new Set<string>();
    const seen = new Set<string>([nodeId]);
    const walk = (id: string) => {
      if (seen.has(id)) return;
      seen.add(id);
      const node = this.byId.get(id);
      if (!node) return;
      const key = this.stepKey(node);
      if (key !== null) return void found.add(key);
      const before = this.incoming.get(id) ?? [];
      if (node.type === 'startEvent' && before.length === 0) {
        if (node.parent === undefined) found.add(caseStart);
        else for (const prior of this.incoming.get(node.parent) ?? []) walk(prior);
      }
      if (node.type === 'boundaryEvent' && node.attachedTo) walk(node.attachedTo);
      for (const prior of before) walk(prior);
    };
    for (const prior of this.incoming.get(nodeId) ?? []) walk(prior);
    return found;
  }
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
