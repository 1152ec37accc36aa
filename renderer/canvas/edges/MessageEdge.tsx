import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, type EdgeProps } from '@xyflow/react';
import { midpoint } from '../../../shared/io/svg/levelSvg';
import type { MessageCanvasEdge } from '../canvasTypes';

/**
 * A message flow: a dashed line from an open circle at the sender to an open arrowhead at the receiver (BPMN),
 * along the straight route the projection worked out between the two pools, with its name at its middle.
 */
function MessageEdgeView({ id, data, selected, markerEnd }: EdgeProps<MessageCanvasEdge>) {
  const points = data?.points ?? [];
  if (points.length < 2) return null;
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' ');
  const middle = midpoint(points);
  const problem = data?.problem;
  const name = data?.flow.name?.trim();
  const className = `fw-flow fw-message-flow${selected ? ' fw-selected' : ''}${problem ? ` fw-flow-${problem}` : ''}`;
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} className={className} interactionWidth={14} />
      <circle className="fw-message-start" cx={points[0].x} cy={points[0].y} r={4.5} />
      {name && (
        <EdgeLabelRenderer>
          <div
            className={`fw-flow-label${selected ? ' fw-selected' : ''}`}
            style={{ transform: `translate(4px, -50%) translate(${middle.x}px, ${middle.y}px)` }}
          >
            <span className="fw-flow-name">{name}</span>
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const MessageEdge = memo(MessageEdgeView);
