import { memo } from 'react';
import { Position, type NodeProps } from '@xyflow/react';
import { nodeSize } from '../../../shared/model/geometry';
import type { ElementCanvasNode } from '../canvasTypes';
import { nodeTitle } from '../elementLabels';
import { EventIcon } from './markers';
import { NodeHandles, OuterLabel, ProblemBadge } from './NodeChrome';
import { ConformanceBadge } from '../../logs/conformance/ConformanceBadge';
import './EventNode.css';

/** Start (thin ring), end (thick ring), intermediate and boundary (double ring) events with their icon. */
function EventNodeView({ data, selected }: NodeProps<ElementCanvasNode>) {
  const { node, problem } = data;
  const { width } = nodeSize(node);
  const c = width / 2;
  const eventType = node.eventType ?? (node.type === 'boundaryEvent' ? 'timer' : 'none');
  const double = node.type === 'intermediateEvent' || node.type === 'boundaryEvent';
  const dashed = node.type === 'boundaryEvent' && node.interrupting === false;
  const ring = node.type === 'endEvent' ? 'fw-ring-thick' : 'fw-ring';
  return (
    <div className={`fw-shape fw-event${selected ? ' fw-selected' : ''}`} style={{ width, height: width }}>
      <svg width={width} height={width} aria-hidden="true">
        <circle className={`${ring}${dashed ? ' fw-dashed' : ''}`} cx={c} cy={c} r={c - 2.5} />
        {double && <circle className={`fw-ring${dashed ? ' fw-dashed' : ''}`} cx={c} cy={c} r={c - 6} />}
        <EventIcon eventType={eventType} cx={c} cy={c} filled={node.type === 'endEvent'} />
      </svg>
      <OuterLabel text={node.name} />
      <ProblemBadge level={problem} />
      <ConformanceBadge id={node.id} above />
      <NodeHandles
        title={nodeTitle(node)}
        incoming={node.type !== 'startEvent' && node.type !== 'boundaryEvent'}
        outgoing={node.type !== 'endEvent'}
        outgoingAt={node.type === 'boundaryEvent' ? Position.Bottom : Position.Right}
      />
    </div>
  );
}

export const EventNode = memo(EventNodeView);
