import { memo } from 'react';
import { NodeResizeControl, ResizeControlVariant, type NodeProps } from '@xyflow/react';
import type { LaneCanvasNode } from '../canvasTypes';
import { ProblemBadge } from './NodeChrome';

/**
 * A swimlane: a horizontal band with its name written upwards in a header strip. Only the header takes the
 * pointer (it is the drag handle) with the bottom edge (which resizes the lane), so the band's inside stays free
 * for panning, box selection and dropping.
 */
function LaneNodeView({ data, selected }: NodeProps<LaneCanvasNode>) {
  const { lane, width, height, problem } = data;
  return (
    <div className={`fw-lane fw-lane-${lane.kind}${selected ? ' fw-selected' : ''}`} style={{ width, height }}>
      <div className="fw-lane-header" title={lane.name}>
        <span className="fw-lane-name">{lane.name || 'Lane'}</span>
      </div>
      <ProblemBadge level={problem} />
      <NodeResizeControl
        className="fw-lane-resize"
        position="bottom"
        variant={ResizeControlVariant.Line}
        resizeDirection="vertical"
        minHeight={80}
      />
    </div>
  );
}

export const LaneNode = memo(LaneNodeView);
