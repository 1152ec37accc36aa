import { useState, type PointerEvent } from 'react';
import { EdgeLabelRenderer, useReactFlow } from '@xyflow/react';
import { setProperty } from '../../../shared/model';
import type { Box, Point } from '../../../shared/model/geometry';
import { useEditor } from '../../store/editorStore';
import './bendHandles.css';

/**
 * What is being dragged on a selected flow: a bend ('bend', at `index` of the route), a new bend put in before
 * `index` ('insert'), or the straight stretch ending at `index` moved sideways ('segment'), which keeps the route's
 * right angles; `ends` are the boxes of the flow's source and target, for a stretch that touches them.
 */
export interface BendDrag {
  kind: 'bend' | 'insert' | 'segment';
  index: number;
  at: Point;
  ends?: [Box, Box];
}

/** Whether a stretch runs straight across or straight up and down. */
const axisAligned = (p: Point, q: Point) => Math.abs(p.x - q.x) < 0.5 || Math.abs(p.y - q.y) < 0.5;

/**
 * The route with the straight stretch that ends at `index` moved sideways to `at` (as bpmn-js moves a segment): its
 * two ends move with it, so the stretches before and after keep their right angles. A stretch that starts or ends on
 * a shape stays within that side of the shape (its end slides along it); a flow that was one straight line gets a
 * bend in its middle, so that it keeps the new line.
 */
export function movedSegment(route: Point[], index: number, at: Point, [source, target]: [Box, Box]): Point[] {
  const [p, q] = [route[index - 1], route[index]];
  const axis = Math.abs(p.y - q.y) < 0.5 ? 'y' : 'x';
  let [low, high] = [-Infinity, Infinity];
  const keepTo = (box: Box) => {
    const [from, size] = axis === 'y' ? [box.y, box.height] : [box.x, box.width];
    [low, high] = [Math.max(low, from + 1), Math.min(high, from + size - 1)];
  };
  if (index - 1 === 0) keepTo(source);
  if (index === route.length - 1) keepTo(target);
  if (low > high) return route;
  const value = Math.min(high, Math.max(low, at[axis]));
  const points = route.map((point) => ({ ...point }));
  points[index - 1][axis] = value;
  points[index][axis] = value;
  if (points.length === 2)
    points.splice(1, 0, { x: (points[0].x + points[1].x) / 2, y: (points[0].y + points[1].y) / 2 });
  return points;
}

/** The route as it is shown while something on it is dragged. */
export function draggedRoute(route: Point[], drag: BendDrag | null): Point[] {
  if (!drag) return route;
  if (drag.kind === 'segment' && drag.ends) return movedSegment(route, drag.index, drag.at, drag.ends);
  const points = [...route];
  if (drag.kind === 'insert') points.splice(drag.index, 0, drag.at);
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

/** The box where React Flow draws a node, in map units. */
function boxOf(flow: ReturnType<typeof useReactFlow>, id: string): Box | undefined {
  const node = flow.getInternalNode(id);
  if (!node?.measured.width || !node.measured.height) return undefined;
  return { ...node.internals.positionAbsolute, width: node.measured.width, height: node.measured.height };
}

const labels = { bend: 'Move bend point', insert: 'Add bend point', segment: 'Move flow segment' } as const;

/**
 * Handles on a selected flow: one at each bend, to drag it (double-click removes it), and one at the middle of
 * each stretch: a straight stretch moves sideways, keeping the route's right angles (as in bpmn-js), and a slanted
 * one drags out a new bend. The move is shown while dragging and stored when the pointer is let go.
 */
export function BendHandles({
  flowId,
  ends,
  route,
  drag,
  onDrag,
}: {
  flowId: string;
  /** The ids of the flow's source and target. */
  ends: [string, string];
  route: Point[];
  drag: BendDrag | null;
  onDrag: (drag: BendDrag | null) => void;
}) {
  const flow = useReactFlow();
  const [moved, setMoved] = useState(false);
  const start = (event: PointerEvent, handle: Handle) => {
    if (event.button !== 0) return;
    event.stopPropagation();
    (event.target as Element).setPointerCapture(event.pointerId);
    setMoved(false);
    const boxes = [boxOf(flow, ends[0]), boxOf(flow, ends[1])];
    const segment = handle.kind === 'segment' && boxes[0] && boxes[1];
    onDrag(
      segment
        ? { kind: 'segment', index: handle.index, at: handle.at, ends: boxes as [Box, Box] }
        : { kind: handle.kind === 'segment' ? 'insert' : handle.kind, index: handle.index, at: handle.at },
    );
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
    if (moved) saveBends(flowId, draggedRoute(route, drag), labels[drag.kind]);
  };
  const remove = (index: number) => {
    const points = route.filter((_, i) => i !== index);
    saveBends(flowId, points, 'Remove bend point');
  };
  const shown = draggedRoute(route, drag);
  const handles: Handle[] = [];
  for (let i = 1; i < shown.length; i++) {
    const [p, q] = [shown[i - 1], shown[i]];
    // A stretch too short to grab in its middle gets no handle there.
    if (Math.hypot(q.x - p.x, q.y - p.y) >= 24) {
      const kind = axisAligned(p, q) ? 'segment' : 'insert';
      const across = Math.abs(p.y - q.y) < 0.5;
      handles.push({ key: `m${i}`, at: { x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 }, index: i, kind, across });
    }
    if (i < shown.length - 1) handles.push({ key: `b${i}`, at: q, index: i, kind: 'bend', across: false });
  }
  return (
    <EdgeLabelRenderer>
      {handles.map((h) => (
        <div
          key={h.key}
          role="button"
          aria-label={handleTexts[h.kind].label}
          title={handleTexts[h.kind].title}
          className={`fw-bend-handle nodrag nopan fw-bend-${h.kind}${h.kind === 'segment' ? (h.across ? ' fw-bend-across' : ' fw-bend-upright') : ''}`}
          style={{ transform: `translate(-50%, -50%) translate(${h.at.x}px, ${h.at.y}px)` }}
          onPointerDown={(e) => start(e, h)}
          onPointerMove={move}
          onPointerUp={end}
          onDoubleClick={(e) => {
            e.stopPropagation();
            if (h.kind === 'bend') remove(h.index);
          }}
        />
      ))}
    </EdgeLabelRenderer>
  );
}

interface Handle {
  key: string;
  at: Point;
  index: number;
  kind: BendDrag['kind'];
  /** For a straight stretch: whether it runs across (it moves up and down) rather than up and down. */
  across: boolean;
}

const handleTexts = {
  bend: { label: 'Bend point', title: 'Drag to move the bend; double-click to remove it' },
  insert: { label: 'Add a bend point here', title: 'Drag to bend the flow here' },
  segment: {
    label: 'Move this segment',
    title: 'Drag to move this segment sideways, keeping the right angles',
  },
} as const;
