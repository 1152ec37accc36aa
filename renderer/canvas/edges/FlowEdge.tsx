import { memo } from 'react';
import {
  BaseEdge,
  EdgeLabelRenderer,
  getSmoothStepPath,
  Position,
  useInternalNode,
  type EdgeProps,
  type InternalNode,
} from '@xyflow/react';
import { dock, outlineOf } from '../../../shared/io/bpmn/diagramGeometry';
import { count } from '../../simulation/format';
import { useFlowCount } from '../../simulation/useMapOverlay';
import type { CanvasEdge, CanvasNode } from '../canvasTypes';

interface Point {
  x: number;
  y: number;
}

/** A path through the flow's bend points, with the label at the middle one. */
function polylinePath(points: Point[]): [string, number, number] {
  const mid = points[Math.floor(points.length / 2)];
  return [points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' '), mid.x, mid.y];
}

/**
 * Where a bent flow meets a node: on its outline towards the nearest bend point, as BPMN tools draw it (a flow
 * whose bend is straight above a gateway leaves from its top corner), rather than at the fixed handle.
 */
function dockOn(node: InternalNode<CanvasNode> | undefined, toward: Point | undefined, handle: Point): Point {
  if (!node || !toward || !('node' in node.data)) return handle;
  const { x, y } = node.internals.positionAbsolute;
  const box = { x, y, width: node.measured.width ?? node.width ?? 0, height: node.measured.height ?? node.height ?? 0 };
  return dock(box, toward, outlineOf(node.data.node));
}

/** How far right of its source a flow turns towards its target: close, as BPMN modellers route splits. */
const turnAfter = 24;

/** A stroke across a flow at (x, y), slanted against its direction of travel. */
function slashAt(x: number, y: number, vertical: boolean): string {
  const [dx, dy] = vertical ? [6, 4] : [4, 6];
  return `M${x - dx} ${y + dy} L${x + dx} ${y - dy}`;
}

/**
 * The BPMN default-flow slash, just after the flow leaves its source (towards its first bend point, if bent).
 * Flows that leave one handle share their first few pixels, so on a flow that turns the slash goes on the
 * stretch that is its own.
 */
function defaultSlash(
  sourceX: number,
  sourceY: number,
  towards: Point,
  leaving: Position,
  bent: boolean,
  turnX: number,
): string {
  if (bent) {
    const length = Math.hypot(towards.x - sourceX, towards.y - sourceY) || 1;
    const t = Math.min(12, length / 2) / length;
    const vertical = Math.abs(towards.y - sourceY) > Math.abs(towards.x - sourceX);
    return slashAt(sourceX + (towards.x - sourceX) * t, sourceY + (towards.y - sourceY) * t, vertical);
  }
  const targetY = towards.y;
  if (leaving === Position.Bottom) return slashAt(sourceX, sourceY + 12, true);
  const rise = targetY - sourceY;
  if (Math.abs(rise) < 16) return slashAt(sourceX + 12, sourceY, false);
  return slashAt(turnX, sourceY + Math.sign(rise) * Math.min(18, Math.abs(rise) / 2), true);
}

/** A sequence flow: an arrow with its name and condition written on it; default flows carry the slash. */
function FlowEdgeView(props: EdgeProps<CanvasEdge>) {
  const { id, sourcePosition, targetPosition, markerEnd, selected, data } = props;
  const flow = data?.flow;
  const waypoints = flow?.waypoints ?? [];
  const start = dockOn(useInternalNode<CanvasNode>(props.source), waypoints[0], { x: props.sourceX, y: props.sourceY });
  const end = dockOn(useInternalNode<CanvasNode>(props.target), waypoints.at(-1), {
    x: props.targetX,
    y: props.targetY,
  });
  const [sourceX, sourceY, targetX, targetY] = [start.x, start.y, end.x, end.y];
  // Where a flow leaving to the right turns: soon after its source, or half way when the target is close.
  const turnX = targetX > sourceX + 2 * turnAfter ? sourceX + turnAfter : (sourceX + targetX) / 2;
  const [path, midX, midY] = waypoints.length
    ? polylinePath([{ x: sourceX, y: sourceY }, ...waypoints, { x: targetX, y: targetY }])
    : getSmoothStepPath({
        sourceX,
        sourceY,
        targetX,
        targetY,
        sourcePosition,
        targetPosition,
        borderRadius: 8,
        offset: 16,
        centerX: turnX,
      });
  // Without bend points the label sits on the last stretch before the target, clear of the source's other
  // flows and of the bends; with them, at the middle bend point.
  const labelStyle = waypoints.length
    ? { transform: `translate(-50%, -50%) translate(${midX}px, ${midY}px)` }
    : {
        transform: `translate(-100%, -100%) translate(${targetX - 10}px, ${targetY - 3}px)`,
        alignItems: 'flex-end' as const,
      };
  const condition = flow?.condition?.trim();
  const cases = useFlowCount(id);
  const problem = data?.problem;
  const className = `fw-flow${selected ? ' fw-selected' : ''}${problem ? ` fw-flow-${problem}` : ''}`;
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} className={className} interactionWidth={14} />
      {flow?.default && (
        <path
          className="fw-default-slash"
          d={defaultSlash(
            sourceX,
            sourceY,
            waypoints[0] ?? { x: targetX, y: targetY },
            sourcePosition,
            waypoints.length > 0,
            turnX,
          )}
        />
      )}
      {(flow?.name || condition) && (
        <EdgeLabelRenderer>
          <div className={`fw-flow-label${selected ? ' fw-selected' : ''}`} style={labelStyle}>
            {flow?.name && <span className="fw-flow-name">{flow.name}</span>}
            {condition && <span className="fw-flow-condition">[{condition}]</span>}
          </div>
        </EdgeLabelRenderer>
      )}
      {cases !== undefined && (
        <EdgeLabelRenderer>
          <div
            className="fw-flow-count"
            title={`${count(cases)} case${cases === 1 ? '' : 's'} took this flow`}
            style={{ transform: `translate(-50%, -50%) translate(${midX}px, ${midY}px)` }}
          >
            {count(cases)}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const FlowEdge = memo(FlowEdgeView);
