import { isType, many, numeric, one, text, type ModdleElement } from './moddleElement';
import type { ImportReport } from './importReport';
import { boundingBox } from '../../model/geometry';

export interface Point {
  x: number;
  y: number;
}
export interface Box extends Point {
  width: number;
  height: number;
}

export interface ShapeInfo {
  bounds: Box;
  /** isExpanded of a sub-process shape, when the file says. */
  expanded?: boolean;
  /** True when the shape lies on a sub-process's own (drill-down) plane, in that plane's coordinates. */
  drillDown: boolean;
  /** The plane it is drawn on: `main` for the stacked main diagrams, else the sub-process owning the plane. */
  plane: string;
}

export interface EdgeInfo {
  points: Point[];
  plane: string;
}

/** Where the diagram interchange puts each element, in one coordinate space with every diagram's pools horizontal. */
export interface DiagramIndex {
  shapes: Map<string, ShapeInfo>;
  edges: Map<string, EdgeInfo>;
  /** Sub-processes that have a plane of their own in the file. */
  drillDownPlanes: Set<string>;
}

interface PlaneContent {
  name: string;
  drillDownOf?: string;
  shapes: { id: string; bounds: Box; expanded?: boolean; band: boolean }[];
  edges: { id: string; points: Point[] }[];
}

function boundsOf(shape: ModdleElement): Box | undefined {
  const b = one(shape, 'bounds');
  const [x, y, width, height] = ['x', 'y', 'width', 'height'].map((key) => numeric(b, key));
  if (x === undefined || y === undefined || width === undefined || height === undefined) return undefined;
  return { x, y, width, height };
}

function readPlane(diagram: ModdleElement): PlaneContent & { vertical: boolean } {
  const plane = one(diagram, 'plane');
  const owner = one(plane, 'bpmnElement');
  const content: PlaneContent & { vertical: boolean } = {
    name: text(diagram, 'name') ?? text(diagram, 'id') ?? 'diagram',
    drillDownOf: isType(owner, 'bpmn:SubProcess') ? owner?.id : undefined,
    shapes: [],
    edges: [],
    vertical: false,
  };
  for (const element of many(plane, 'planeElement')) {
    const target = one(element, 'bpmnElement');
    if (!target?.id) continue;
    if (isType(element, 'bpmndi:BPMNShape')) {
      const bounds = boundsOf(element);
      if (!bounds) continue;
      const band = isType(target, 'bpmn:Participant') || isType(target, 'bpmn:Lane');
      if (band && element.isHorizontal === false) content.vertical = true;
      const expanded = typeof element.isExpanded === 'boolean' ? element.isExpanded : undefined;
      content.shapes.push({ id: target.id, bounds, expanded, band });
    } else if (isType(element, 'bpmndi:BPMNEdge')) {
      const points = many(element, 'waypoint').map((p) => ({ x: numeric(p, 'x') ?? 0, y: numeric(p, 'y') ?? 0 }));
      content.edges.push({ id: target.id, points });
    }
  }
  return content;
}

/** Mirrors a vertical plane on its diagonal so that pools become horizontal and the flow runs left to right. */
function turnHorizontal(plane: PlaneContent): void {
  for (const shape of plane.shapes) {
    const { x, y, width, height } = shape.bounds;
    if (shape.band) shape.bounds = { x: y, y: x, width: height, height: width };
    else shape.bounds = { x: y + height / 2 - width / 2, y: x + width / 2 - height / 2, width, height };
  }
  for (const edge of plane.edges) edge.points = edge.points.map((p) => ({ x: p.y, y: p.x }));
}

function extent(plane: PlaneContent): Box | undefined {
  const boxes = [
    ...plane.shapes.map((s) => s.bounds),
    ...plane.edges.flatMap((e) => e.points.map((p) => ({ ...p, width: 0, height: 0 }))),
  ];
  return boundingBox(boxes);
}

function shift(plane: PlaneContent, dx: number, dy: number): void {
  for (const shape of plane.shapes) shape.bounds = { ...shape.bounds, x: shape.bounds.x + dx, y: shape.bounds.y + dy };
  for (const edge of plane.edges) edge.points = edge.points.map((p) => ({ x: p.x + dx, y: p.y + dy }));
}

/** Gap left between diagrams of one file when they are stacked onto one canvas. */
const diagramGap = 120;

/**
 * Indexes every BPMNDiagram of the definitions. Vertical diagrams are turned horizontal; a file's several main
 * diagrams are stacked top to bottom so they do not overlap; drill-down planes of sub-processes keep their own
 * coordinates. Where an element is drawn twice, the first drawing wins.
 */
export function indexDiagrams(definitions: ModdleElement, report: ImportReport): DiagramIndex {
  const index: DiagramIndex = { shapes: new Map(), edges: new Map(), drillDownPlanes: new Set() };
  let bottom: number | undefined;
  let left: number | undefined;
  for (const diagram of many(definitions, 'diagrams')) {
    const plane = readPlane(diagram);
    if (plane.vertical) {
      turnHorizontal(plane);
      report.add('FW_IMPORT_LAYOUT', `diagram "${plane.name}" has vertical pools; it was turned to run left to right`);
    }
    const box = extent(plane);
    if (plane.drillDownOf) index.drillDownPlanes.add(plane.drillDownOf);
    else if (box) {
      if (bottom !== undefined && left !== undefined) shift(plane, left - box.x, bottom + diagramGap - box.y);
      left ??= box.x;
      bottom = Math.max(bottom ?? -Infinity, extent(plane)!.y + box.height);
    }
    const planeName = plane.drillDownOf ?? 'main';
    for (const shape of plane.shapes)
      if (!index.shapes.has(shape.id))
        index.shapes.set(shape.id, {
          bounds: shape.bounds,
          expanded: shape.expanded,
          drillDown: plane.drillDownOf !== undefined,
          plane: planeName,
        });
    for (const edge of plane.edges)
      if (!index.edges.has(edge.id)) index.edges.set(edge.id, { points: edge.points, plane: planeName });
  }
  return index;
}
