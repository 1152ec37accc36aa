import type { Box, Point } from '../bpmn/diagramIndex';
import type { FlowNode } from '../../model';
import { eventLabelLines, wrap } from './svgShapes';

/** Which side of a boundary event its name is written on, and whether it hangs below or rises above its centre. */
export interface BoundaryLabelPlace {
  side: 'left' | 'right';
  vertical: 'above' | 'below';
  /** The rectangle the name takes. */
  box: Box;
}

/** Gap between the event's outline and its name; the name starts this far past the event's centre line. */
export const boundaryLabelGap = 4;
/** Line height and average character width of a name, as the export wraps it (12px text). */
const lineHeight = 14;
const charWidth = 6.6;

/** The box of the name written centred under an event or gateway (none for other nodes or no name). */
export function nameBoxUnder(node: FlowNode, box: Box): Box | undefined {
  if (!node.name || !(node.type.endsWith('Event') || node.type.endsWith('Gateway'))) return undefined;
  const lines = node.type.endsWith('Gateway') ? wrap(node.name, 140, 2) : eventLabelLines(node.name);
  const width = Math.max(...lines.map((l) => l.length * charWidth));
  return { x: box.x + box.width / 2 - width / 2, y: box.y + box.height + 7, width, height: lines.length * lineHeight };
}

/** The size an event's name takes when written in its lines. */
export function eventLabelSize(name: string): { width: number; height: number } {
  const lines = eventLabelLines(name);
  return { width: Math.max(0, ...lines.map((l) => l.length * charWidth)), height: lines.length * lineHeight };
}

type Edge = 'top' | 'bottom' | 'left' | 'right';

/** The host edge an event sits on: the one nearest its centre. */
function hostEdge(event: Box, host: Box): Edge {
  const [cx, cy] = [event.x + event.width / 2, event.y + event.height / 2];
  const distances: [Edge, number][] = [
    ['bottom', Math.abs(cy - (host.y + host.height))],
    ['top', Math.abs(cy - host.y)],
    ['left', Math.abs(cx - host.x)],
    ['right', Math.abs(cx - (host.x + host.width))],
  ];
  return distances.reduce((best, d) => (d[1] < best[1] ? d : best))[0];
}

/** Places to try, best first: away from the host, to the right before the left (as BPMN tools write them). */
const candidates: Record<Edge, [BoundaryLabelPlace['side'], BoundaryLabelPlace['vertical']][]> = {
  bottom: [
    ['right', 'below'],
    ['left', 'below'],
  ],
  top: [
    ['right', 'above'],
    ['left', 'above'],
  ],
  left: [
    ['left', 'below'],
    ['left', 'above'],
  ],
  right: [
    ['right', 'below'],
    ['right', 'above'],
  ],
};

function labelBox(
  event: Box,
  size: { width: number; height: number },
  side: 'left' | 'right',
  vertical: 'above' | 'below',
): Box {
  const cy = event.y + event.height / 2;
  const x = side === 'right' ? event.x + event.width + boundaryLabelGap : event.x - boundaryLabelGap - size.width;
  const y = vertical === 'below' ? cy + boundaryLabelGap : cy - boundaryLabelGap - size.height;
  return { x, y, ...size };
}

/** Whether the segment a-b passes through the rectangle (Liang-Barsky clipping). */
function crosses(a: Point, b: Point, box: Box): boolean {
  const [dx, dy] = [b.x - a.x, b.y - a.y];
  let [t0, t1] = [0, 1];
  const limits: [number, number][] = [
    [-dx, a.x - box.x],
    [dx, box.x + box.width - a.x],
    [-dy, a.y - box.y],
    [dy, box.y + box.height - a.y],
  ];
  for (const [p, q] of limits) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Where a boundary event's name goes: beside the event, off its host, and clear of the flows leaving it (each given
 * as the points it is drawn through) and of other shapes and names (`obstacles`). On the bottom edge that is right
 * of the event and a little below it, or left of it when a flow leaves to the right; where every place is taken,
 * the one with the fewest flows and obstacles in the way.
 */
export function boundaryLabelPlace(
  event: Box,
  host: Box,
  size: { width: number; height: number },
  outgoing: readonly (readonly Point[])[],
  obstacles: readonly Box[] = [],
): BoundaryLabelPlace {
  const places = candidates[hostEdge(event, host)].map(([side, vertical]) => ({
    side,
    vertical,
    box: labelBox(event, size, side, vertical),
  }));
  const crossings = (box: Box) =>
    outgoing.filter((points) => points.slice(1).some((p, i) => crosses(points[i], p, box))).length +
    obstacles.filter((o) => overlaps(o, box)).length;
  const counted = places.map((place) => ({ place, count: crossings(place.box) }));
  return counted.reduce((best, c) => (c.count < best.count ? c : best)).place;
}
