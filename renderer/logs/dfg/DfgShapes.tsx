import type { PlacedNode, Point } from './dfgLayout';
import { boxColours, valueShare, valueText, type DfgMeasure } from './dfgMeasure';

/** Shortens a name to about `max` characters for a box; the whole name stays in the box's tooltip. */
export function fitName(name: string, max = 22): string {
  return name.length <= max ? name : `${name.slice(0, max - 1).trimEnd()}…`;
}

/** The arrowhead's length in map units: the line stops where the head begins, so thick lines never poke past it. */
export const headLength = 12;

/** The points with the last segment shortened by the arrowhead's length (a segment too short keeps half). */
function beforeHead(points: Point[]): Point[] {
  if (points.length < 2) return points;
  const end = points[points.length - 1];
  const from = points[points.length - 2];
  const length = Math.hypot(end.x - from.x, end.y - from.y);
  const cut = Math.min(headLength, length / 2) / (length || 1);
  return [...points.slice(0, -1), { x: end.x - (end.x - from.x) * cut, y: end.y - (end.y - from.y) * cut }];
}

/** A polyline through the points with its corners rounded, as process-mining maps draw arrows. */
export function arrowPath(all: Point[]): string {
  const points = beforeHead(all);
  if (points.length === 0) return '';
  let path = `M${points[0].x},${points[0].y}`;
  for (let i = 1; i < points.length - 1; i++) {
    const mid = { x: (points[i].x + points[i + 1].x) / 2, y: (points[i].y + points[i + 1].y) / 2 };
    path += ` Q${points[i].x},${points[i].y} ${mid.x},${mid.y}`;
  }
  const last = points[points.length - 1];
  return `${path} L${last.x},${last.y}`;
}

/** An activity's box: its name (shortened to fit, whole in the tooltip) and its value, coloured by the value. */
export function ActivityBox(props: {
  node: PlacedNode;
  value: number | null;
  measure: DfgMeasure;
  range: { min: number; max: number };
}) {
  const { node, value, measure, range } = props;
  const colours = boxColours(valueShare(value, range), measure);
  const name = node.name ?? '';
  const text = valueText(value, measure);
  return (
    <g className="dfg-activity" data-name={name}>
      <title>
        {value === null && measure.view === 'performance'
          ? `${name}: no duration, as the log gives no start times for it`
          : `${name}: ${text}`}
      </title>
      <rect x={node.x} y={node.y} width={node.width} height={node.height} rx={6} fill={colours.fill} />
      <text
        x={node.x + node.width / 2}
        y={node.y + 21}
        textAnchor="middle"
        className={colours.lightText ? 'dfg-activity-name light' : 'dfg-activity-name'}
      >
        {fitName(name)}
      </text>
      <text
        x={node.x + node.width / 2}
        y={node.y + 40}
        textAnchor="middle"
        className={colours.lightText ? 'dfg-activity-value light' : 'dfg-activity-value'}
      >
        {text}
      </text>
    </g>
  );
}
