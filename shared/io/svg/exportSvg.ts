import type { ProcessModel } from '../../model';
import { laneLayout, nodeSize } from '../autoLayout';
import { boundaryBox, edgePoints, laneBands } from '../bpmn/diagramGeometry';
import type { Box, Point } from '../bpmn/diagramIndex';
import { escapeXml, nodeSvg, textBlock, wrap } from './svgShapes';

/** Colours and strokes of the canvas, so that the picture looks like the map on screen. */
const style = `
  .shape, .ring { fill: #ffffff; stroke: #2a3440; stroke-width: 1.5; }
  .ring.thick { stroke-width: 4; }
  .dashed { stroke-dasharray: 4 3; }
  .marker { fill: none; stroke: #2a3440; stroke-width: 3.5; stroke-linecap: round; }
  .thin, .icon { fill: none; stroke: #2a3440; stroke-width: 1.2; }
  .icon .solid { fill: #2a3440; }
  .icon .cut { stroke: #ffffff; }
  .lane { fill: #fbfcfd; stroke: #2a3440; stroke-width: 1.5; }
  .lane.external { fill: #f3f4f6; }
  .flow { fill: none; stroke: #2a3440; stroke-width: 1.5; marker-end: url(#arrow); }
  .flow.default { marker-start: url(#slash); }
  text { font-family: system-ui, -apple-system, 'Segoe UI', sans-serif; font-size: 12px; fill: #1f2933; }
  .label { text-anchor: middle; dominant-baseline: middle; }
  .lane-name { text-anchor: middle; dominant-baseline: middle; font-weight: 600; }
  .flow-name { text-anchor: middle; font-size: 11px; fill: #5f6b7a; }
  .note { font-size: 12px; }
`;

const defs = '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto"><path d="M0 0 L10 5 L0 10 Z" fill="#2a3440"/></marker>' +
  '<marker id="slash" viewBox="0 0 10 10" refX="-4" refY="5" markerWidth="10" markerHeight="10" orient="auto"><path d="M2 0 L8 10" stroke="#2a3440" stroke-width="1.5"/></marker></defs>';

const round = (value: number) => Math.round(value * 10) / 10;

/** Boxes of the top-level nodes as the canvas places them (boundary events on their hosts). */
function topLevelBoxes(model: ProcessModel): Map<string, Box> {
  const boxes = new Map<string, Box>();
  const top = model.nodes.filter((n) => n.parent === undefined);
  for (const node of top) if (node.type !== 'boundaryEvent') boxes.set(node.id, { x: node.x, y: node.y, ...nodeSize(node) });
  const perHost = new Map<string, number>();
  for (const node of top.filter((n) => n.type === 'boundaryEvent')) {
    const host = node.attachedTo === undefined ? undefined : boxes.get(node.attachedTo);
    const index = perHost.get(node.attachedTo ?? '') ?? 0;
    perHost.set(node.attachedTo ?? '', index + 1);
    boxes.set(node.id, host ? boundaryBox(node, host, index) : { x: node.x, y: node.y, ...nodeSize(node) });
  }
  return boxes;
}

/** The midpoint of a polyline, by length, for the flow's name. */
function midpoint(points: Point[]): Point {
  const lengths = points.slice(1).map((p, i) => Math.hypot(p.x - points[i].x, p.y - points[i].y));
  let rest = lengths.reduce((a, b) => a + b, 0) / 2;
  for (let i = 0; i < lengths.length; i++) {
    if (rest <= lengths[i] && lengths[i] > 0) {
      const t = rest / lengths[i];
      return { x: points[i].x + (points[i + 1].x - points[i].x) * t, y: points[i].y + (points[i + 1].y - points[i].y) * t };
    }
    rest -= lengths[i];
  }
  return points[0];
}

/**
 * Draws the top level of a map as a standalone SVG picture, as the canvas shows it: lane bands with their names,
 * flows with their bend points and names, and every node with its icon and label. Sub-process contents are not
 * drawn (the canvas shows them one level at a time).
 */
export function exportSvg(model: ProcessModel): string {
  const boxes = topLevelBoxes(model);
  const frame = laneBands(model, boxes);
  const parts: string[] = [];
  const lanesById = new Map(model.lanes.map((l) => [l.id, l]));
  for (const [id, band] of frame.bands) {
    const lane = lanesById.get(id)!;
    const header = laneLayout.headerWidth;
    const [x, y] = [round(frame.x), round(band.y)];
    parts.push(`<rect class="lane${lane.kind === 'external' ? ' external' : ''}" x="${x}" y="${y}" width="${round(frame.width)}" height="${round(band.height)}"/>`,
      `<path class="thin" d="M${round(frame.x + header)} ${y} v${round(band.height)}"/>`,
      `<g transform="translate(${round(frame.x + header / 2)} ${round(band.y + band.height / 2)}) rotate(-90)">${textBlock(wrap(lane.name, band.height - 10, 1), 0, 0, 'lane-name')}</g>`);
  }
  const byId = new Map(model.nodes.map((n) => [n.id, n]));
  for (const flow of model.flows) {
    const source = boxes.get(flow.source);
    const target = boxes.get(flow.target);
    if (!source || !target) continue;
    const points = edgePoints(source, target, flow.waypoints ?? []);
    const isDefault = flow.default && byId.get(flow.source)?.type.endsWith('Gateway');
    parts.push(`<polyline class="flow${isDefault ? ' default' : ''}" points="${points.map((p) => `${round(p.x)},${round(p.y)}`).join(' ')}"/>`);
    if (flow.name) {
      const middle = midpoint(points);
      parts.push(`<text class="flow-name" x="${round(middle.x)}" y="${round(middle.y - 5)}">${escapeXml(flow.name)}</text>`);
    }
  }
  // Larger shapes first, boundary events last, so that nothing is hidden under a big box drawn after it.
  const area = (id: string) => boxes.get(id)!.width * boxes.get(id)!.height;
  const ordered = [...boxes.keys()].map((id) => byId.get(id)!)
    .sort((a, b) => Number(a.type === 'boundaryEvent') - Number(b.type === 'boundaryEvent') || area(b.id) - area(a.id));
  for (const node of ordered) parts.push(`<g data-id="${escapeXml(node.id)}">${nodeSvg(node, boxes.get(node.id)!)}</g>`);

  const all = [...boxes.values(), ...[...frame.bands.values()].map((b) => ({ x: frame.x, y: b.y, width: frame.width, height: b.height }))];
  const margin = 20;
  const left = all.length ? Math.min(...all.map((b) => b.x)) - margin : 0;
  const top = all.length ? Math.min(...all.map((b) => b.y)) - margin : 0;
  const width = all.length ? Math.max(...all.map((b) => b.x + b.width)) + margin - left : 200;
  const height = all.length ? Math.max(...all.map((b) => b.y + b.height)) + margin + 40 - top : 100;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="${round(left)} ${round(top)} ${round(width)} ${round(height)}" width="${Math.ceil(width)}" height="${Math.ceil(height)}">\n` +
    `<title>${escapeXml(model.name || model.id)}</title><style>${style}</style>${defs}\n<rect x="${round(left)}" y="${round(top)}" width="${round(width)}" height="${round(height)}" fill="#ffffff"/>\n${parts.join('\n')}\n</svg>\n`;
}
