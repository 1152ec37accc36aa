import { Position, type NodeHandle } from '@xyflow/react';
import type { FlowNode } from '../../shared/model';
import type { Size } from '../../shared/model/geometry';

/** A connection handle as drawn: 10 px (editor-canvas.css, `.fw-handle`). */
const handleSize = 10;

/**
 * The handle of one side of a box, centred on the side as React Flow's stylesheet places it (within a pixel: a
 * shape's border moves it inwards by its width). Once a shape is drawn, React Flow measures its handles itself.
 */
function handleAt(type: 'source' | 'target', position: Position, { width, height }: Size): NodeHandle {
  const half = handleSize / 2;
  const [x, y] =
    position === Position.Left
      ? [-half, height / 2 - half]
      : position === Position.Right
        ? [width - half, height / 2 - half]
        : position === Position.Top
          ? [width / 2 - half, -half]
          : [width / 2 - half, height - half];
  return { id: null, type, position, x, y, width: handleSize, height: handleSize };
}

/**
 * Where a shape's connection handles are (as NodeHandles and PoolNode draw them). Given to React Flow up front, so
 * that on a large map it draws only the shapes in view instead of drawing every shape once to find its handles.
 */
export function handlesOf(node: Pick<FlowNode, 'type'>, size: Size): NodeHandle[] {
  if (node.type === 'annotation') return [];
  const events = node.type.endsWith('Event');
  const incoming = !events || (node.type !== 'startEvent' && node.type !== 'boundaryEvent');
  const outgoing = node.type !== 'endEvent';
  return [
    ...(incoming ? [handleAt('target', Position.Left, size)] : []),
    ...(outgoing ? [handleAt('source', node.type === 'boundaryEvent' ? Position.Bottom : Position.Right, size)] : []),
  ];
}

/** A pool's handles: messages arrive at its top and leave from its bottom. */
export function poolHandles(size: Size): NodeHandle[] {
  return [handleAt('target', Position.Top, size), handleAt('source', Position.Bottom, size)];
}
