import { useState, type PointerEvent } from 'react';
import { EdgeLabelRenderer, useReactFlow } from '@xyflow/react';
import { setProperty } from '../../../shared/model';
import type { Point } from '../../../shared/model/geometry';
import { useEditor } from '../../store/editorStore';
import './bendHandles.css';

/** Where a bend point is being dragged: which one (or which segment's middle, to make a new one) and where to. */
export interface BendDrag {
  /** Index into the route's points of the bend being moved, or of the point a new bend goes before. */
  index: number;
  inserted: boolean;
  at: Point;
}

/** The route with a dragged bend point moved (or a new one put in). */
export function draggedRoute(route: Point[], drag: BendDrag | null): Point[] {
  if (!drag) return route;
  const points = [...route];
  if (drag.inserted) points.splice(drag.index, 0, drag.at);
  else points[drag.index] = drag.at;
  return points;
}

/** Stores a flow's bend points (the route's inner points) as one undoable edit; none means routed automatically. */
function saveBends(flowId: string, route: Point[], label: string): void {
  const inner = route.slice(1, -1).map((p) => ({ x: Math.round(p.x), y: Math.round(p.y) }));
  useEditor.getState().apply(
    (m) =>
      setProperty(m, {
        target: { kind: 'flow', id: flowId },
        path: 'waypoints',
        value: inner.length ? inner : undefined,
      }),
    {
      label,
      select: 'keep',
    },
  );
}

/**
 * Handles on a selected flow: one at each bend, to drag it (double-click removes it), and one at the middle of
 * each stretch, which drags out a new bend. The move is shown while dragging and stored when the pointer is let go.
 */
export function BendHandles({
  flowId,
  route,
  drag,
  onDrag,
}: {
  flowId: string;
  route: Point[];
  drag: BendDrag | null;
  onDrag: (drag: BendDrag | null) => void;
}) {
  const flow = useReactFlow();
  const [moved, setMoved] = useState(false);
  const start = (event: PointerEvent, index: number, inserted: boolean, at: Point) => {
    if (event.button !== 0) return;
    event.stopPropagation();
    (event.target as Element).setPointerCapture(event.pointerId);
    setMoved(false);
    onDrag({ index, inserted, at });
  };
  const move = (event: PointerEvent) => {
    if (!drag) return;
    event.stopPropagation();
    setMoved(true);
    onDrag({ ...drag, at: flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }) });
  };
  const end = (event: PointerEvent) => {
    if (!drag) return;
    event.stopPropagation();
    onDrag(null);
    if (moved) saveBends(flowId, draggedRoute(route, drag), drag.inserted ? 'Add bend point' : 'Move bend point');
  };
  const remove = (index: number) => {
    const points = route.filter((_, i) => i !== index);
    saveBends(flowId, points, 'Remove bend point');
  };
  const shown = draggedRoute(route, drag);
  const handles: { key: string; at: Point; index: number; inserted: boolean }[] = [];
  for (let i = 1; i < shown.length; i++) {
    const [p, q] = [shown[i - 1], shown[i]];
    // A stretch too short to grab in its middle gets no handle there.
    if (Math.hypot(q.x - p.x, q.y - p.y) >= 24)
      handles.push({ key: `m${i}`, at: { x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 }, index: i, inserted: true });
    if (i < shown.length - 1) handles.push({ key: `b${i}`, at: q, index: i, inserted: false });
  }
  return (
    <EdgeLabelRenderer>
      {handles.map((h) => (
        <div
          key={h.key}
          role="button"
          aria-label={h.inserted ? 'Add a bend point here' : 'Bend point'}
          title={h.inserted ? 'Drag to bend the flow here' : 'Drag to move the bend; double-click to remove it'}
          className={`fw-bend-handle nodrag nopan${h.inserted ? ' fw-bend-new' : ''}`}
          style={{ transform: `translate(-50%, -50%) translate(${h.at.x}px, ${h.at.y}px)` }}
          onPointerDown={(e) => start(e, h.index, h.inserted, h.at)}
          onPointerMove={move}
          onPointerUp={end}
          onDoubleClick={(e) => {
            e.stopPropagation();
            if (!h.inserted) remove(h.index);
          }}
        />
      ))}
    </EdgeLabelRenderer>
  );
}
