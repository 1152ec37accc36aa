import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { nodeSize } from '../../../shared/model/geometry';
import type { ElementCanvasNode } from '../canvasTypes';
import { nodeTitle } from '../elementLabels';
import { GatewayMarker } from './markers';
import { NodeHandles, OuterLabel, ProblemBadge } from './NodeChrome';
import { ConformanceBadge } from '../../logs/conformance/ConformanceBadge';

/** A gateway diamond with its marker: X exclusive, + parallel, O inclusive, pentagon event-based. */
function GatewayNodeView({ data, selected }: NodeProps<ElementCanvasNode>) {
  const { node, problem } = data;
  const { width } = nodeSize(node);
  const c = width / 2;
  return (
    <div className={`fw-shape fw-gateway${selected ? ' fw-selected' : ''}`} style={{ width, height: width }}>
      <svg width={width} height={width} aria-hidden="true">
        <polygon className="fw-diamond" points={`${c},1.5 ${width - 1.5},${c} ${c},${width - 1.5} 1.5,${c}`} />
        <GatewayMarker type={node.type} size={width} />
      </svg>
      <OuterLabel text={node.name} />
      <ProblemBadge level={problem} />
      <ConformanceBadge id={node.id} above />
      <NodeHandles title={nodeTitle(node)} incoming outgoing />
    </div>
  );
}

export const GatewayNode = memo(GatewayNodeView);
