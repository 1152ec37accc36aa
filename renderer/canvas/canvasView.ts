import type { ReactFlowInstance } from '@xyflow/react';
import type { Point } from '../../shared/model/geometry';
import { isBand, type CanvasEdge, type CanvasNode } from './canvasTypes';
import { fitPaddings, zoomWithin, type Box, type Size } from './fitRoom';

/** What actions may ask of the visible canvas: the viewport, and where things are on screen. */
export interface CanvasView {
  /**
   * Shows the whole map, keeping clear of the overview map and the other corner overlays; returns the zoom reached,
   * or null when there is nothing to fit yet.
   */
  fitView(options?: { animate?: boolean }): number | null;
  /** Whether every shape of the map is inside a canvas of this size at the current viewport. */
  showsWholeMap(size: Size): boolean;
  /** Zooms to a readable size around the given nodes or flows, or around the map's start when none is given. */
  zoomReadable(ids: readonly string[]): void;
  zoomIn(): void;
  zoomOut(): void;
  /**
   * Pans (and zooms in if far out) so that the given nodes, or the ends of the given flows, are in the middle;
   * false when none of them is on the canvas (yet).
   */
  centreOn(ids: readonly string[]): boolean;
  /** Pans just enough to bring a node fully into view; false when the node is not on the canvas (yet). */
  reveal(id: string): boolean;
  /** The model coordinates of the middle of the visible canvas. */
  visibleCentre(): Point;
  screenToFlow(point: Point): Point;
}

const animate = { duration: 200 };
const fitMaxZoom = 1.2;
/** As far out as the canvas lets people zoom (its `minZoom`). */
const minZoom = 0.1;
/** What sits over the canvas in its corners and must not cover the map at fit. */
const overlaySelector =
  '.react-flow__minimap, .react-flow__controls, .fw-results-legend, .fw-scope-bar, .fw-reading-bar';

/** The overlays over the canvas, relative to its top left corner. */
function overlaysOver(canvas: HTMLElement): Box[] {
  const origin = canvas.getBoundingClientRect();
  const area = canvas.closest('.fw-editor-centre') ?? canvas;
  return [...area.querySelectorAll(overlaySelector)].map((overlay) => {
    const r = overlay.getBoundingClientRect();
    return { x: r.left - origin.left, y: r.top - origin.top, width: r.width, height: r.height };
  });
}

/** The nodes among `ids`, and the ends of the flows among them, that are on the canvas. */
function endsOf(flow: ReactFlowInstance<CanvasNode, CanvasEdge>, ids: readonly string[]): string[] {
  const nodeIds = new Set<string>();
  for (const id of ids) {
    const edge = flow.getEdge(id);
    if (edge) [edge.source, edge.target].forEach((end) => nodeIds.add(end));
    else if (flow.getNode(id)) nodeIds.add(id);
  }
  return [...nodeIds];
}

/** Wraps a React Flow instance; the canvas attaches one while it is mounted. */
export function createCanvasView(
  flow: ReactFlowInstance<CanvasNode, CanvasEdge>,
  element: () => HTMLElement | null,
): CanvasView {
  return {
    fitView(options) {
      const canvas = element();
      const nodes = flow.getNodes();
      if (!canvas || nodes.length === 0) return null;
      const bounds = flow.getNodesBounds(nodes);
      const size = { width: canvas.clientWidth, height: canvas.clientHeight };
      const p = fitPaddings(bounds, size, overlaysOver(canvas));
      const padding = {
        top: `${p.top}px`,
        right: `${p.right}px`,
        bottom: `${p.bottom}px`,
        left: `${p.left}px`,
      } as const;
      void flow.fitView({ padding, maxZoom: fitMaxZoom, minZoom, ...(options?.animate === false ? {} : animate) });
      return Math.min(fitMaxZoom, Math.max(minZoom, zoomWithin(p, bounds, size)));
    },
    showsWholeMap(size) {
      // The shapes, not the bands around them: a lane is at least 900 wide, wider than a narrowed canvas at 100 %.
      const nodes = flow.getNodes().filter((n) => !isBand(n.type));
      if (nodes.length === 0) return true;
      const b = flow.getNodesBounds(nodes);
      const { x, y, zoom } = flow.getViewport();
      const [left, top] = [b.x * zoom + x, b.y * zoom + y];
      // A pixel of slack for rounding.
      return (
        left >= -1 && top >= -1 && left + b.width * zoom <= size.width + 1 && top + b.height * zoom <= size.height + 1
      );
    },
    zoomReadable(ids) {
      const nodeIds = endsOf(flow, ids);
      // Full size, the labels as they are drawn; a closer look already taken is kept.
      const zoom = Math.max(flow.getZoom(), 1);
      if (nodeIds.length > 0) {
        const b = flow.getNodesBounds(nodeIds);
        void flow.setCenter(b.x + b.width / 2, b.y + b.height / 2, { zoom, ...animate });
        return;
      }
      // The start drawn furthest left: the map is read from there, left to right.
      const starts = flow.getNodes().filter((n) => n.type === 'event' && n.data.node.type === 'startEvent');
      const first = starts.map((n) => flow.getNodesBounds([n])).sort((a, b) => a.x - b.x)[0];
      const canvas = element();
      if (!first || !canvas) return;
      // Clear of the zoom buttons at the left edge; half way down, where no corner overlay sits.
      const left = 80;
      const y = canvas.clientHeight / 2 - (first.y + first.height / 2) * zoom;
      void flow.setViewport({ x: left - first.x * zoom, y, zoom }, animate);
    },
    zoomIn: () => void flow.zoomIn(animate),
    zoomOut: () => void flow.zoomOut(animate),
    centreOn(ids) {
      const nodeIds = endsOf(flow, ids);
      if (nodeIds.length === 0) return false;
      const bounds = flow.getNodesBounds(nodeIds);
      const zoom = Math.max(flow.getZoom(), 0.8);
      void flow.setCenter(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2, { zoom, ...animate });
      return true;
    },
    reveal(id) {
      const rect = element()?.getBoundingClientRect();
      if (!rect || !flow.getInternalNode(id)?.measured.width) return false;
      const node = flow.getNodesBounds([id]);
      const topLeft = flow.screenToFlowPosition({ x: rect.left, y: rect.top });
      const bottomRight = flow.screenToFlowPosition({ x: rect.right, y: rect.bottom });
      const margin = 40 / flow.getZoom();
      // Something larger than the view (a lane) cannot be brought fully into it.
      if (node.width + 2 * margin > bottomRight.x - topLeft.x || node.height + 2 * margin > bottomRight.y - topLeft.y)
        return true;
      const dx = Math.min(0, node.x - margin - topLeft.x) || Math.max(0, node.x + node.width + margin - bottomRight.x);
      const dy = Math.min(0, node.y - margin - topLeft.y) || Math.max(0, node.y + node.height + margin - bottomRight.y);
      const { x, y, zoom } = flow.getViewport();
      if (dx !== 0 || dy !== 0) void flow.setViewport({ x: x - dx * zoom, y: y - dy * zoom, zoom }, animate);
      return true;
    },
    visibleCentre() {
      const rect = element()?.getBoundingClientRect();
      if (!rect) return { x: 0, y: 0 };
      return flow.screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
    },
    screenToFlow: (point) => flow.screenToFlowPosition(point),
  };
}

let attached: CanvasView | null = null;

/** The canvas currently on screen, if any (one editor per window). */
export const canvasView = {
  get current(): CanvasView | null {
    return attached;
  },
  attach(view: CanvasView): void {
    attached = view;
  },
  detach(view: CanvasView): void {
    if (attached === view) attached = null;
  },
};
