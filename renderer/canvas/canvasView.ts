import type { ReactFlowInstance } from '@xyflow/react';
import type { Point } from '../../shared/io/autoLayout';
import type { CanvasEdge, CanvasNode } from './canvasTypes';

/** What actions may ask of the visible canvas: the viewport, and where things are on screen. */
export interface CanvasView {
  fitView(): void;
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

/** Wraps a React Flow instance; the canvas attaches one while it is mounted. */
export function createCanvasView(
  flow: ReactFlowInstance<CanvasNode, CanvasEdge>,
  element: () => HTMLElement | null,
): CanvasView {
  return {
    fitView: () => void flow.fitView({ ...animate, padding: 0.15, maxZoom: 1.2 }),
    zoomIn: () => void flow.zoomIn(animate),
    zoomOut: () => void flow.zoomOut(animate),
    centreOn(ids) {
      const nodeIds = new Set<string>();
      for (const id of ids) {
        const edge = flow.getEdge(id);
        if (edge) [edge.source, edge.target].forEach((end) => nodeIds.add(end));
        else if (flow.getNode(id)) nodeIds.add(id);
      }
      if (nodeIds.size === 0) return false;
      const bounds = flow.getNodesBounds([...nodeIds]);
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
