import { memo } from 'react';
import { Handle, NodeResizeControl, Position, ResizeControlVariant, type NodeProps } from '@xyflow/react';
import type { HoldingLaneCanvasNode, OwnPoolCanvasNode, PoolCanvasNode } from '../canvasTypes';
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
    <div className={`fw-participant${selected ? ' fw-selected' : ''}`} style={{ width, height }} title={title}>
      <div className="fw-participant-header" aria-hidden="true" />
      <span className={`fw-participant-name${name ? '' : ' fw-participant-unnamed'}`}>{name || 'Pool (no name)'}</span>
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
  return <Frame {...data} unnamed="This process" />;
}

/**
 * A lane of an imported file that holds other lanes, drawn as bpmn-js draws it: a frame around them with its
 * name in a header strip left of theirs. A picture only; the map's lanes are the ones inside it.
 */
function HoldingLaneNodeView({ data }: NodeProps<HoldingLaneCanvasNode>) {
  return <Frame {...data} unnamed="Lane" />;
}

function Frame({ name, width, height, unnamed }: { name: string; width: number; height: number; unnamed: string }) {
  const shown = name.trim();
  return (
    <div className="fw-own-pool" style={{ width, height }} title={shown}>
      <div className="fw-lane-header fw-own-pool-header">
        <span className={`fw-lane-name${shown ? '' : ' fw-participant-unnamed'}`}>{shown || unnamed}</span>
      </div>
    </div>
  );
}

export const OwnPoolNode = memo(OwnPoolNodeView);
export const HoldingLaneNode = memo(HoldingLaneNodeView);
