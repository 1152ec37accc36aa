import type { Flow, ProcessModel } from '../../model';
import type { Box, Point } from '../bpmn/diagramIndex';
import { flowLabelPlace, flowPoints } from './levelSvg';
import { escapeXml } from './svgShapes';

/** A run's results to draw over a map: a colour and a tooltip per activity, cases per flow, bottleneck reasons. */
export interface SvgOverlay {
  /** A CSS colour per node id (pale for low, red for high), and its figure in words. */
  nodes: ReadonlyMap<string, { colour: string; text: string }>;
  flows: ReadonlyMap<string, number>;
  bottlenecks: ReadonlyMap<string, string>;
  /** A pill above a node that says in a word what the colour means ("Added"), with its detail as a tooltip. */
  badges?: ReadonlyMap<string, OverlayMark>;
  /** A flow drawn over in a colour, with a word at its middle ("added") and its detail as a tooltip. */
  flowMarks?: ReadonlyMap<string, OverlayMark>;
  /** What the colours show, written under the map ("Colour: waiting share, from low (pale) to high (red)"). */
  caption: string;
}

/** A mark in words over an element: the word shown, its colour, and the detail for the tooltip. */
export interface OverlayMark {
  label: string;
  colour: string;
  text: string;
}

const round = (value: number) => Math.round(value * 10) / 10;

/** A pill in the mark's colour with its word in white, centred on (x, y), with its detail as a <title>. */
function pill(className: string, x: number, y: number, mark: OverlayMark): string {
  const width = mark.label.length * 6 + 14;
  return `<g class="${className}"><title>${escapeXml(mark.text)}</title><rect x="${round(x - width / 2)}" y="${round(y - 8)}" width="${round(width)}" height="16" rx="8" fill="${escapeXml(mark.colour)}"/><text class="label" x="${round(x)}" y="${round(y)}" font-size="10" style="fill:#ffffff">${escapeXml(mark.label)}</text></g>`;
}

/** Where a figure goes on a flow: at its middle, on the other side of the line from the flow's name. */
function countPlace(flow: Flow, points: Point[]): Point {
  const { at, below } = flowLabelPlace(points);
  return flow.name ? { x: at.x, y: at.y + (below ? -10 : 10) } : at;
}

/**
 * The overlay layer, drawn over the top level: colours multiplied onto the shapes (so names stay as dark as
 * before), a count on each flow, a "Bottleneck" pill above each bottleneck, each with its figure as a <title>.
 */
export function overlaySvg(model: ProcessModel, boxes: Map<string, Box>, overlay: SvgOverlay): string {
  const parts: string[] = [];
  for (const [id, heat] of overlay.nodes) {
    const box = boxes.get(id);
    if (!box) continue;
    parts.push(
      `<rect x="${round(box.x)}" y="${round(box.y)}" width="${round(box.width)}" height="${round(box.height)}" rx="10" fill="${escapeXml(heat.colour)}" style="mix-blend-mode:multiply"><title>${escapeXml(heat.text)}</title></rect>`,
    );
  }
  const byId = new Map(model.nodes.map((n) => [n.id, n]));
  for (const flow of model.flows) {
    const cases = overlay.flows.get(flow.id);
    const [source, target] = [byId.get(flow.source), byId.get(flow.target)];
    if (cases === undefined || !source || !target || !boxes.has(source.id) || !boxes.has(target.id)) continue;
    const at = countPlace(flow, flowPoints(flow, source, target, boxes, model));
    const text = cases.toLocaleString('en');
    const width = text.length * 6.6 + 8;
    parts.push(
      `<g class="flow-count"><rect x="${round(at.x - width / 2)}" y="${round(at.y - 8)}" width="${round(width)}" height="16" rx="3" fill="#ffffff" fill-opacity="0.9"/><text class="label" x="${round(at.x)}" y="${round(at.y)}" font-size="11">${escapeXml(text)}</text></g>`,
    );
  }
  for (const flow of model.flows) {
    const mark = overlay.flowMarks?.get(flow.id);
    const [source, target] = [byId.get(flow.source), byId.get(flow.target)];
    if (!mark || !source || !target || !boxes.has(source.id) || !boxes.has(target.id)) continue;
    const points = flowPoints(flow, source, target, boxes, model);
    const line = points.map((p) => `${round(p.x)},${round(p.y)}`).join(' ');
    const at = countPlace(flow, points);
    parts.push(
      `<g class="flow-mark"><title>${escapeXml(mark.text)}</title><polyline points="${line}" fill="none" stroke="${escapeXml(mark.colour)}" stroke-width="5" stroke-opacity="0.55" stroke-linecap="round"/></g>`,
      pill('flow-mark-label', at.x, at.y, mark),
    );
  }
  for (const [id, mark] of overlay.badges ?? []) {
    const box = boxes.get(id);
    if (box) parts.push(pill('badge', box.x + box.width / 2, box.y - 1, mark));
  }
  for (const [id, reason] of overlay.bottlenecks) {
    const box = boxes.get(id);
    if (!box) continue;
    const [x, y] = [box.x + box.width / 2, box.y];
    parts.push(
      `<g class="bottleneck"><title>${escapeXml(reason)}</title><rect x="${round(x - 34)}" y="${round(y - 9)}" width="68" height="16" rx="8" fill="#8e1b10"/><text class="label" x="${round(x)}" y="${round(y - 1)}" font-size="10" style="fill:#ffffff">Bottleneck</text></g>`,
    );
  }
  return `<g class="results-overlay">${parts.join('')}</g>`;
}
