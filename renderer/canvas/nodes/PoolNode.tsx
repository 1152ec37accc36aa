import { memo } from 'react';
import { Handle, NodeResizeControl, Position, ResizeControlVariant, type NodeProps } from '@xyflow/react';
import type { OwnPoolCanvasNode, PoolCanvasNode } from '../canvasTypes';
import { ProblemBadge } from './NodeChrome';
import './PoolNode.css';

/**
 * Another party's pool, collapsed (a black box: its own process is not drawn): a band with a header strip and its
 * name beside it. The whole band is the drag handle (it moves up and down only); its bottom edge resizes
 * it. Message flows are dropped anywhere on it, or drawn out of the handle under it.
 */
function PoolNodeView({ data, selected }: NodeProps<PoolCanvasNode>) {
  const { participant, width, height, problem } = data;
  const name = participant.name.trim();
  const title = name || 'Pool';
  return (
    <div className={`fw-pool${selected ? ' fw-selected' : ''}`} style={{ width, height }} title={title}>
      <div className="fw-pool-header" aria-hidden="true" />
      <span className={`fw-pool-name${name ? '' : ' fw-pool-unnamed'}`}>{name || 'Pool (no name)'}</span>
      <ProblemBadge level={problem} />
      <Handle type="target" position={Position.Top} className="fw-handle" aria-label={`Send a message to ${title}`} />
      <Handle
        type="source"
        position={Position.Bottom}
        className="fw-handle"
        aria-label={`Send a message from ${title}`}
      />
      <NodeResizeControl
        className="fw-lane-resize"
        position="bottom"
        variant={ResizeControlVariant.Line}
        resizeDirection="vertical"
        minHeight={40}
      />
    </div>
  );
}

export const PoolNode = memo(PoolNodeView);

/**
 * The map's own process drawn as a pool around its lanes and shapes once other parties stand beside it: a
 * frame with the map's name written upwards in a header strip left of the lanes'. It takes no pointer.
 */
function OwnPoolNodeView({ data }: NodeProps<OwnPoolCanvasNode>) {
  const name = data.name.trim();
  return (
    <div className="fw-own-pool" style={{ width: data.width, height: data.height }} title={name}>
      <div className="fw-lane-header fw-own-pool-header">
        <span className={`fw-lane-name${name ? '' : ' fw-pool-unnamed'}`}>{name || 'This process'}</span>
      </div>
    </div>
  );
}

export const OwnPoolNode = memo(OwnPoolNodeView);
