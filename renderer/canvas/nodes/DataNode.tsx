import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { nodeSize } from '../../../shared/model/geometry';
import type { ElementCanvasNode } from '../canvasTypes';
import { nodeTitle } from '../elementLabels';
import { NodeHandles, OuterLabel, ProblemBadge } from './NodeChrome';
import './DataNode.css';

/** The page with a folded top-right corner of a data object, with the three bars of a collection. */
export function DataObjectShape({ width, height, collection }: { width: number; height: number; collection: boolean }) {
  const fold = Math.min(12, width / 3);
  const bar = height - 10;
  return (
    <g className="fw-data-shape">
      <path d={`M1 1 H${width - fold} L${width - 1} ${fold} V${height - 1} H1 Z`} />
      <path className="fw-data-fold" d={`M${width - fold} 1 V${fold} H${width - 1}`} />
      {collection &&
        [-4, 0, 4].map((dx) => <path key={dx} className="fw-data-bar" d={`M${width / 2 + dx} ${bar} V${bar + 7}`} />)}
    </g>
  );
}

/** The cylinder of a data store: an ellipse on top and the two rings under it that bpmn-js draws. */
export function DataStoreShape({ width, height }: { width: number; height: number }) {
  const rx = width / 2 - 1;
  const ry = Math.min(7, height / 6);
  const cx = width / 2;
  const top = ry + 1;
  const bottom = height - ry - 1;
  const arc = (y: number) => `M1 ${y} A${rx} ${ry} 0 0 0 ${width - 1} ${y}`;
  return (
    <g className="fw-data-shape">
      <path d={`M1 ${top} V${bottom} A${rx} ${ry} 0 0 0 ${width - 1} ${bottom} V${top}`} />
      <ellipse cx={cx} cy={top} rx={rx} ry={ry} />
      <path className="fw-data-ring" d={arc(top + 5)} />
      <path className="fw-data-ring" d={arc(top + 10)} />
    </g>
  );
}

/** A data object or data store, its name written under it; flows to and from it are data associations. */
function DataNodeView({ data, selected }: NodeProps<ElementCanvasNode>) {
  const { node, problem } = data;
  const { width, height } = nodeSize(node);
  return (
    <div className={`fw-shape fw-data${selected ? ' fw-selected' : ''}`} style={{ width, height }}>
      <svg width={width} height={height} aria-hidden="true">
        {node.type === 'dataStore' ? (
          <DataStoreShape width={width} height={height} />
        ) : (
          <DataObjectShape width={width} height={height} collection={node.collection === true} />
        )}
      </svg>
      <OuterLabel text={node.name} />
      <ProblemBadge level={problem} />
      <NodeHandles title={nodeTitle(node)} incoming outgoing />
    </div>
  );
}

export const DataNode = memo(DataNodeView);
