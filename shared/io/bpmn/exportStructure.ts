import { isDataFlow, isDataNode, isMessageFlow, type Flow } from '../../model';
import { createMessageFlows, createParticipants } from './collaboration';
import { createDataAssociation, createDataNodeElements } from './dataElements';
import {
  flowwrightProperties,
  otherExtensions,
  restoreKept,
  setExtensionElements,
  type ExportContext,
} from './exportContext';
import { createNodeElement } from './exportNodes';
import type { ExportPlan, PoolPlan } from './exportPlan';
import { keptFlow, keptModel, keptNode } from './keptShapes';
import { laneNesting } from './laneNesting';
import type { ModdleElement } from './moddleElement';

/** The elements written, for the diagram to draw. */
export interface Structure {
  processes: Map<string, ModdleElement>;
  participants: Map<string, ModdleElement>;
  lanes: Map<string, ModdleElement>;
  flows: Map<string, ModdleElement>;
  /** Kept artifacts, associations of annotations and message flows, by id. */
  extras: Map<string, ModdleElement>;
  collaboration?: ModdleElement;
}

const push = (element: ModdleElement, property: string, value: ModdleElement) => {
  const list = element[property] as ModdleElement[] | undefined;
  if (list) list.push(value);
  else element[property] = [value];
};

/** The participant id of a pool: its own id, unless a lane of it carries that id too. */
export function participantId(context: ExportContext, pool: PoolPlan): string {
  const own = context.id(pool.id);
  return pool.lanes.includes(pool.id) && pool.lanes.length > 1 ? `${own}_pool` : own;
}

/** Whether a pool is drawn as its single lane rather than holding a lane set. */
export const poolIsLane = (pool: PoolPlan): boolean => pool.lanes.length === 1 && pool.lanes[0] === pool.id;

function createFlow(context: ExportContext, flow: Flow): ModdleElement {
  const { moddle } = context;
  const attrs: Record<string, unknown> = {
    id: context.id(flow.id),
    sourceRef: context.elements.get(flow.source),
    targetRef: context.elements.get(flow.target),
  };
  if (flow.name) attrs.name = flow.name;
  const kept = keptFlow(flow);
  const original = kept.condition;
  if (flow.condition !== undefined) {
    const body = context.flavour === 'zeebe' ? `=${flow.condition}` : flow.condition;
    attrs.conditionExpression = moddle.create('bpmn:FormalExpression', { body });
  } else if (original?.body !== undefined && context.flavour === 'bpmn')
    attrs.conditionExpression = moddle.create('bpmn:FormalExpression', {
      body: original.body,
      ...(original.language ? { language: original.language } : {}),
    });
  const element = moddle.create('bpmn:SequenceFlow', attrs);
  const restored = restoreKept(context, element, kept);
  setExtensionElements(context, element, [
    ...restored,
    flowwrightProperties(context, {
      probability: flow.probability,
      extensions: otherExtensions(flow),
      // The diagram draws the route Flowwright worked out; marked, so that an import keeps it automatic.
      route: flow.waypoints?.length ? undefined : 'auto',
    }),
  ]);
  push(attrs.sourceRef as ModdleElement, 'outgoing', element);
  push(attrs.targetRef as ModdleElement, 'incoming', element);
  if (flow.default) (attrs.sourceRef as ModdleElement).default = element;
  return element;
}

/** Lane names lose the `Pool / ` prefix an import of a several-pool file gave them. */
function laneName(name: string, pool: PoolPlan): string {
  const prefix = pool.name ? `${pool.name} / ` : '';
  return prefix && name.startsWith(prefix) ? name.slice(prefix.length) : name;
}

function createKeptArtifacts(
  context: ExportContext,
  containerOf: (id: string | undefined) => ModdleElement,
  structure: Structure,
): void {
  const artifacts = keptModel(context.model).artifacts ?? [];
  const find = (id: string | undefined) =>
    id === undefined ? undefined : (context.elements.get(id) ?? structure.extras.get(id));
  for (const kind of ['dataObject', 'dataObjectReference', 'dataStoreReference', 'group', 'association']) {
    for (const artifact of artifacts.filter((a) => a.kind === kind)) {
      const attrs: Record<string, unknown> = { id: artifact.id };
      if (artifact.name && kind !== 'group') attrs.name = artifact.name;
      if (kind === 'dataObjectReference' && find(artifact.dataObject)) attrs.dataObjectRef = find(artifact.dataObject);
      if (kind === 'association') {
        if (!find(artifact.source) || !find(artifact.target)) continue;
        Object.assign(attrs, { sourceRef: find(artifact.source), targetRef: find(artifact.target) });
      }
      const element = context.moddle.create(`bpmn:${kind[0].toUpperCase()}${kind.slice(1)}`, attrs);
      push(
        containerOf(artifact.container),
        kind === 'group' || kind === 'association' ? 'artifacts' : 'flowElements',
        element,
      );
      structure.extras.set(artifact.id, element);
    }
  }
}

/** Creates processes, lanes, nodes, flows, kept artifacts and (with pools) the collaboration with message flows. */
export function buildStructure(context: ExportContext, plan: ExportPlan): Structure {
  const { moddle, model } = context;
  const structure: Structure = {
    processes: new Map(),
    participants: new Map(),
    lanes: new Map(),
    flows: new Map(),
    extras: new Map(),
  };
  for (const process of plan.processes) {
    const element = moddle.create('bpmn:Process', {
      id: context.id(process.id),
      isExecutable: context.flavour === 'zeebe' || process.isExecutable === true,
    });
    if (process.name) element.name = process.name;
    setExtensionElements(context, element, restoreKept(context, element, process));
    structure.processes.set(process.id, element);
  }
  const containerOf = (id: string | undefined) =>
    (id !== undefined ? (context.elements.get(id) ?? structure.processes.get(id)) : undefined) ??
    structure.processes.get(plan.processes[0].id)!;
  const dataDefinitions = new Map<string, ModdleElement[]>();
  for (const node of model.nodes)
    if (isDataNode(node)) dataDefinitions.set(node.id, createDataNodeElements(context, node).slice(0, -1));
    else createNodeElement(context, node);
  for (const node of model.nodes)
    if (node.type === 'boundaryEvent' && node.attachedTo !== undefined && context.elements.has(node.attachedTo))
      context.elements.get(node.id)!.attachedToRef = context.elements.get(node.attachedTo);
  for (const node of model.nodes) {
    const container = node.parent !== undefined ? containerOf(node.parent) : containerOf(plan.processOf.get(node.id));
    for (const definition of dataDefinitions.get(node.id) ?? []) push(container, 'flowElements', definition);
    push(container, node.type === 'annotation' ? 'artifacts' : 'flowElements', context.elements.get(node.id)!);
  }
  const dataIds = new Set(dataDefinitions.keys());
  const nodeById = new Map(model.nodes.map((n) => [n.id, n]));
  for (const flow of model.flows) {
    // Message flows belong to the collaboration (buildPools).
    if (isMessageFlow(flow)) continue;
    if (isDataFlow(flow)) {
      // A data association lives on the activity it belongs to; one that no end can hold is left out.
      const association = createDataAssociation(context, flow, dataIds);
      if (association) structure.flows.set(flow.id, association);
      continue;
    }
    const source = nodeById.get(flow.source);
    const element = createFlow(context, flow);
    push(
      source?.parent !== undefined ? containerOf(source.parent) : containerOf(plan.processOf.get(flow.source)),
      'flowElements',
      element,
    );
    structure.flows.set(flow.id, element);
  }
  for (const note of model.nodes.filter((n) => n.type === 'annotation')) {
    for (const link of keptNode(note).annotates ?? []) {
      const target = context.elements.get(link.node);
      if (!target || link.association === undefined) continue;
      const association = moddle.create('bpmn:Association', {
        id: link.association,
        sourceRef: target,
        targetRef: context.elements.get(note.id),
      });
      push(
        note.parent !== undefined ? containerOf(note.parent) : containerOf(plan.processOf.get(note.id)),
        'artifacts',
        association,
      );
      structure.extras.set(link.association, association);
    }
  }
  createKeptArtifacts(context, containerOf, structure);
  buildPools(context, plan, structure);
  return structure;
}

function buildPools(context: ExportContext, plan: ExportPlan, structure: Structure): void {
  const { moddle, model } = context;
  if (plan.pools.length === 0) return;
  for (const pool of plan.pools) {
    const process = pool.processId === undefined ? undefined : structure.processes.get(pool.processId);
    const participant = moddle.create('bpmn:Participant', {
      id: participantId(context, pool),
      ...(pool.name ? { name: pool.name } : {}),
    });
    if (process) participant.processRef = process;
    structure.participants.set(pool.id, participant);
    if (!process || poolIsLane(pool) || pool.lanes.length === 0) continue;
    const nesting = laneNesting(pool);
    const laneElement = (laneId: string): ModdleElement => {
      const inner = nesting.children.get(laneId)?.map(laneElement);
      const lane = model.lanes.find((l) => l.id === laneId);
      const name = inner ? nesting.names.get(laneId) : lane && laneName(lane.name, pool);
      const refs = inner
        ? inner.flatMap((child) => (child.flowNodeRef as ModdleElement[] | undefined) ?? [])
        : model.nodes
            .filter((n) => n.lane === laneId && n.parent === undefined && n.type !== 'annotation' && !isDataNode(n))
            .map((n) => context.elements.get(n.id)!);
      const element = moddle.create('bpmn:Lane', {
        id: context.id(laneId),
        ...(name ? { name } : {}),
        flowNodeRef: refs,
        ...(inner
          ? { childLaneSet: moddle.create('bpmn:LaneSet', { id: `LaneSet_${context.id(laneId)}`, lanes: inner }) }
          : {}),
      });
      structure.lanes.set(laneId, element);
      return element;
    };
    const lanes = nesting.top.map(laneElement);
    push(process, 'laneSets', moddle.create('bpmn:LaneSet', { id: `LaneSet_${participantId(context, pool)}`, lanes }));
  }
  createParticipants(context, structure.participants);
  const drawnMessages = createMessageFlows(context, structure.participants);
  for (const [id, element] of drawnMessages) structure.extras.set(id, element);
  const kept = keptModel(model);
  const keptMessages = (kept.messageFlows ?? []).flatMap((flow) => {
    const end = (id: string) => context.elements.get(id) ?? structure.participants.get(id);
    if (!end(flow.source) || !end(flow.target)) return [];
    const element = moddle.create('bpmn:MessageFlow', {
      id: flow.id,
      sourceRef: end(flow.source),
      targetRef: end(flow.target),
      ...(flow.name ? { name: flow.name } : {}),
    });
    structure.extras.set(flow.id, element);
    return [element];
  });
  structure.collaboration = moddle.create('bpmn:Collaboration', {
    id: kept.collaboration?.id ?? `Collaboration_${context.id(model.id)}`,
    ...(kept.collaboration?.name ? { name: kept.collaboration.name } : {}),
    participants: [...structure.participants.values()],
    ...(keptMessages.length || drawnMessages.size
      ? { messageFlows: [...keptMessages, ...drawnMessages.values()] }
      : {}),
  });
}
