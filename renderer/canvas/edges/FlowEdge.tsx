import { memo, useState } from 'react';
import { BaseEdge, EdgeLabelRenderer, type EdgeProps } from '@xyflow/react';
import type { Point } from '../../../shared/model/geometry';
import { flowLabelPlace } from '../../../shared/io/svg/levelSvg';
import { count } from '../../simulation/format';
import { useFlowCount } from '../../simulation/useMapOverlay';
import type { CanvasEdge } from '../canvasTypes';
import { BendHandles, draggedRoute, type BendDrag } from './BendHandles';
import { useFlowRoute } from './flowRoutes';

/** How round the corners of a route are drawn. */
const cornerRadius = 6;

/** An SVG path through the route's points, its corners rounded where the stretches are long enough. */
function routePath(points: Point[]): string {
  let path = `M${points[0].x} ${points[0].y}`;
  for (let i = 1; i < points.length - 1; i++) {
    const [p, q, r] = [points[i - 1], points[i], points[i + 1]];
    const [inLength, outLength] = [Math.hypot(q.x - p.x, q.y - p.y), Math.hypot(r.x - q.x, r.y - q.y)];
    const radius = Math.min(cornerRadius, inLength / 2, outLength / 2);
    if (radius < 1) {
      path += ` L${q.x} ${q.y}`;
      continue;
    }
    const a = { x: q.x - ((q.x - p.x) / inLength) * radius, y: q.y - ((q.y - p.y) / inLength) * radius };
    const b = { x: q.x + ((r.x - q.x) / outLength) * radius, y: q.y + ((r.y - q.y) / outLength) * radius };
    path += ` L${a.x} ${a.y} Q${q.x} ${q.y} ${b.x} ${b.y}`;
  }
  const end = points[points.length - 1];
  return `${path} L${end.x} ${end.y}`;
}

/** The BPMN default-flow slash across the flow's first stretch, just after it leaves its source. */
function defaultSlash(points: Point[]): string {
  const [p, q] = [points[0], points[1]];
  const length = Math.hypot(q.x - p.x, q.y - p.y) || 1;
  const t = Math.min(10, length / 2) / length;
  const [x, y] = [p.x + (q.x - p.x) * t, p.y + (q.y - p.y) * t];
  const vertical = Math.abs(q.y - p.y) > Math.abs(q.x - p.x);
  const [dx, dy] = vertical ? [6, 4] : [4, 6];
  return `M${x - dx} ${y + dy} L${x + dx} ${y - dy}`;
}

/**
 * A sequence flow: an arrow along its route (attached to the sides facing its ends, around other shapes, or
 * through the user's bend points), with its name and condition written at its middle; default flows carry the
 * slash. A selected flow shows handles to drag its bends.
 */
function FlowEdgeView(props: EdgeProps<CanvasEdge>) {
  const { id, markerEnd, selected, data } = props;
  const flow = data?.flow;
  const routed = useFlowRoute(id);
  const [drag, setDrag] = useState<BendDrag | null>(null);
  const route = routed ?? [
    { x: props.sourceX, y: props.sourceY },
    { x: props.targetX, y: props.targetY },
  ];
  const shown = draggedRoute(route, drag);
  const { at: middle, below } = flowLabelPlace(shown);
  // The name on one side of the line, the count of cases on the other.
  const [labelSide, countSide] = below ? ['0', '-100%'] : ['-100%', '0'];
  const [labelY, countY] = below ? [middle.y + 2, middle.y - 2] : [middle.y - 2, middle.y + 2];
  const condition = flow?.condition?.trim();
  const cases = useFlowCount(id);
  const problem = data?.problem;
  const className = `fw-flow${flow?.kind === 'data' ? ' fw-flow-data' : ''}${selected ? ' fw-selected' : ''}${problem ? ` fw-flow-${problem}` : ''}`;
  return (
    <>
      <BaseEdge id={id} path={routePath(shown)} markerEnd={markerEnd} className={className} interactionWidth={14} />
      {flow?.default && <path className="fw-default-slash" d={defaultSlash(shown)} />}
      {(flow?.name || condition) && (
        <EdgeLabelRenderer>
          <div
            className={`fw-flow-label${selected ? ' fw-selected' : ''}`}
            style={{ transform: `translate(-50%, ${labelSide}) translate(${middle.x}px, ${labelY}px)` }}
          >
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
            style={{ transform: `translate(-50%, ${countSide}) translate(${middle.x}px, ${countY}px)` }}
          >
            {count(cases)}
          </div>
        </EdgeLabelRenderer>
      )}
      {selected && routed && (
        <BendHandles flowId={id} ends={[props.source, props.target]} route={route} drag={drag} onDrag={setDrag} />
      )}
    </>
  );
}

export const FlowEdge = memo(FlowEdgeView);
