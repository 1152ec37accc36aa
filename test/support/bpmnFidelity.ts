import { BpmnModdle, type ModdleElement } from 'bpmn-moddle';

/** One element a reader draws: a flow element, a pool, a lane or a message flow. */
export interface DrawnElement {
  id: string;
  type: string;
  name?: string;
}

interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What a BPMN file holds that another tool must draw, and the diagram interchange that draws it. */
export interface BpmnContents {
  elements: DrawnElement[];
  /** Ids of elements with a shape or an edge in any diagram of the file. */
  drawn: Set<string>;
  /** Bounds of the shapes of flow nodes (not pools, lanes, sub-processes or boundary events), by element id. */
  nodeBounds: Map<string, Bounds & { diagram: number }>;
}

const list = (element: ModdleElement | undefined, key: string) =>
  (element?.get(key) as ModdleElement[] | undefined) ?? [];

function walkFlowElements(container: ModdleElement, into: DrawnElement[]): void {
  for (const element of list(container, 'flowElements')) {
    if (element.$instanceOf('bpmn:FlowNode') || element.$instanceOf('bpmn:SequenceFlow'))
      into.push({ id: element.id!, type: element.$type, name: element.name });
    if (element.$instanceOf('bpmn:SubProcess')) walkFlowElements(element, into);
  }
}

function walkLanes(laneSet: ModdleElement | undefined, into: DrawnElement[]): void {
  for (const lane of list(laneSet, 'lanes')) {
    into.push({ id: lane.id!, type: lane.$type, name: lane.name });
    walkLanes(lane.get('childLaneSet') as ModdleElement | undefined, into);
  }
}

function allFlowElements(container: ModdleElement): ModdleElement[] {
  return list(container, 'flowElements').flatMap((e) => [e, ...allFlowElements(e)]);
}

/**
 * The diagrams bpmn-js draws when it opens a file (its Importer's getDiagramsToImport): the first diagram, and the
 * drill-down diagrams of sub-processes in the processes it shows; and the elements it can draw there: those of the
 * process or collaboration the first diagram shows. Another diagram, or a process outside that collaboration, is
 * not drawn.
 */
function diagramsOnOpen(definitions: ModdleElement): { diagrams: ModdleElement[]; shown: Set<ModdleElement> } {
  const [first, ...others] = list(definitions, 'diagrams');
  const shown = (first?.get('plane') as ModdleElement | undefined)?.get('bpmnElement') as ModdleElement | undefined;
  if (!shown) return { diagrams: [], shown: new Set() };
  let root = shown;
  while (root.$parent && !root.$instanceOf('bpmn:Process') && !root.$instanceOf('bpmn:Collaboration'))
    root = root.$parent;
  const collaboration = root.$instanceOf('bpmn:Collaboration')
    ? root
    : list(definitions, 'rootElements').find(
        (r) => r.$instanceOf('bpmn:Collaboration') && list(r, 'participants').some((p) => p.get('processRef') === root),
      );
  const roots = collaboration
    ? [...list(collaboration, 'participants').map((p) => p.get('processRef') as ModdleElement), collaboration]
    : [root];
  const children = new Set(roots.filter(Boolean).flatMap((r) => [r, ...allFlowElements(r)]));
  for (const process of roots.filter((r) => r?.$instanceOf('bpmn:Process')))
    for (const laneSet of list(process, 'laneSets')) lanesOf(laneSet).forEach((lane) => children.add(lane));
  if (collaboration)
    for (const part of [...list(collaboration, 'participants'), ...list(collaboration, 'messageFlows')])
      children.add(part);
  const handled = new Set([shown]);
  const diagrams = [first];
  for (const diagram of others) {
    const element = (diagram.get('plane') as ModdleElement | undefined)?.get('bpmnElement') as ModdleElement;
    if (element && children.has(element) && !handled.has(element)) {
      diagrams.push(diagram);
      handled.add(element);
    }
  }
  return { diagrams, shown: children };
}

function lanesOf(laneSet: ModdleElement | undefined): ModdleElement[] {
  return list(laneSet, 'lanes').flatMap((lane) => [lane, ...lanesOf(lane.get('childLaneSet') as ModdleElement)]);
}

/** Reads a BPMN file the way a strict reader does (bpmn-moddle) and lists what it must draw. */
export async function bpmnContents(xml: string): Promise<BpmnContents> {
  const { rootElement } = await new BpmnModdle().fromXML(xml);
  const elements: DrawnElement[] = [];
  for (const root of list(rootElement, 'rootElements')) {
    if (root.$instanceOf('bpmn:Process')) {
      walkFlowElements(root, elements);
      for (const laneSet of list(root, 'laneSets')) walkLanes(laneSet, elements);
    }
    if (root.$instanceOf('bpmn:Collaboration')) {
      for (const p of list(root, 'participants')) elements.push({ id: p.id!, type: p.$type, name: p.name });
      for (const m of list(root, 'messageFlows')) elements.push({ id: m.id!, type: m.$type, name: m.name });
    }
  }
  const drawn = new Set<string>();
  const nodeBounds = new Map<string, Bounds & { diagram: number }>();
  const { diagrams, shown } = diagramsOnOpen(rootElement);
  for (const diagram of diagrams)
    for (const di of list(diagram.get('plane') as ModdleElement, 'planeElement')) {
      const element = di.get('bpmnElement') as ModdleElement | undefined;
      if (element?.id && shown.has(element)) drawn.add(element.id);
    }
  // Overlaps count on every diagram, drawn by bpmn-js or not, between shapes of one diagram.
  for (const [index, diagram] of list(rootElement, 'diagrams').entries())
    for (const di of list(diagram.get('plane') as ModdleElement, 'planeElement')) {
      const element = di.get('bpmnElement') as ModdleElement | undefined;
      const bounds = di.get('bounds') as Bounds | undefined;
      const container = ['bpmn:SubProcess', 'bpmn:Participant', 'bpmn:Lane', 'bpmn:BoundaryEvent'].some((t) =>
        element?.$instanceOf(t),
      );
      if (element?.id && bounds && element.$instanceOf('bpmn:FlowNode') && !container)
        nodeBounds.set(element.id, { ...bounds, diagram: index });
    }
  return { elements, drawn, nodeBounds };
}

const overlaps = (a: Bounds, b: Bounds) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Pairs of flow-node shapes (`a|b`) whose boxes overlap. */
export function overlappingPairs(contents: BpmnContents): Set<string> {
  const pairs = new Set<string>();
  const shapes = [...contents.nodeBounds].sort(([a], [b]) => a.localeCompare(b));
  for (let i = 0; i < shapes.length; i++)
    for (let j = i + 1; j < shapes.length; j++)
      if (shapes[i][1].diagram === shapes[j][1].diagram && overlaps(shapes[i][1], shapes[j][1]))
        pairs.add(`${shapes[i][0]}|${shapes[j][0]}`);
  return pairs;
}

/** What a round trip lost: elements of the original missing from the copy or not drawn there, and new overlaps. */
export interface FidelityLoss {
  missing: string[];
  undrawn: string[];
  newOverlaps: string[];
}

/**
 * Compares an original file with its imported-and-exported copy. `idOf` maps an original id to the id the copy
 * uses (an import renames ids that are not XML names).
 */
export async function fidelityLoss(
  original: string,
  copy: string,
  idOf: (id: string) => string = (id) => id,
): Promise<FidelityLoss> {
  const before = await bpmnContents(original);
  const after = await bpmnContents(copy);
  const present = new Set(after.elements.map((e) => e.id));
  const missing = before.elements.filter((e) => !present.has(idOf(e.id))).map((e) => `${e.type} ${e.id}`);
  // Only what the original let bpmn-js draw (or what is new) must be drawn in the copy.
  const drawnBefore = new Set([...before.drawn].map(idOf));
  const existed = new Set(before.elements.map((e) => idOf(e.id)));
  const undrawn = after.elements
    .filter((e) => !after.drawn.has(e.id) && (drawnBefore.has(e.id) || !existed.has(e.id)))
    .map((e) => `${e.type} ${e.id}`);
  const had = overlappingPairs(before);
  const mapped = new Set([...had].map((pair) => pair.split('|').map(idOf).sort().join('|')));
  const newOverlaps = [...overlappingPairs(after)].filter((pair) => !mapped.has(pair));
  return { missing, undrawn, newOverlaps };
}
