import type { EventType, FlowNode, TaskType } from '../../model';
import type { Box } from '../bpmn/diagramIndex';
import type { BoundaryLabelPlace } from './boundaryLabel';
import { dataObjectShapeSvg, dataStoreShapeSvg } from './dataShapesSvg';
import { isExpanded, keptBpmn, type KeptDrawing } from './bpmnKept';

import { escapeXml } from '../xmlChars';

export { escapeXml };

const round = (value: number) => Math.round(value * 10) / 10;

/** Word-wrapped lines for a width, at most `maxLines` (the last one cut with an ellipsis). */
export function wrap(text: string, width: number, maxLines: number, charWidth = 6.6): string[] {
  const perLine = Math.max(4, Math.floor(width / charWidth));
  const lines: string[] = [];
  for (const word of text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= perLine) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word.length > perLine ? `${word.slice(0, perLine - 1)}…` : word);
  }
  if (lines.length > maxLines)
    lines.splice(maxLines - 1, lines.length, `${lines[maxLines - 1].slice(0, perLine - 1)}…`);
  return lines;
}

/** The lines an event's name is written in (at most three, 120 wide). */
export function eventLabelLines(name: string): string[] {
  return wrap(name, 120, 3);
}

/** Centred lines of text with their middle at (x, y). */
export function textBlock(lines: string[], x: number, y: number, className = 'label', lineHeight = 14): string {
  const top = y - ((lines.length - 1) * lineHeight) / 2;
  return lines
    .map(
      (line, i) =>
        `<text class="${className}" x="${round(x)}" y="${round(top + i * lineHeight)}">${escapeXml(line)}</text>`,
    )
    .join('');
}

/**
 * A band with its name written upwards in a header strip at its left: a lane, a lane holding others, or the map's
 * own pool, as the canvas draws them.
 */
export function headerBandSvg(box: Box, name: string, header: number, className = 'lane'): string {
  const { x, y, width, height } = box;
  return [
    `<rect class="${className}" x="${round(x)}" y="${round(y)}" width="${round(width)}" height="${round(height)}"/>`,
    `<path class="thin" d="M${round(x + header)} ${round(y)} v${round(height)}"/>`,
    `<g transform="translate(${round(x + header / 2)} ${round(y + height / 2)}) rotate(-90)">${textBlock(wrap(name, height - 10, 1), 0, 0, 'lane-name')}</g>`,
  ].join('\n');
}

/** Task-type icons in a 16x16 box (the shapes the canvas draws). */
const taskIcons: Record<TaskType, string> = {
  user: '<circle cx="8" cy="5" r="3"/><path d="M2 15 C2 10 4.5 9 8 9 C11.5 9 14 10 14 15 Z"/>',
  service:
    '<circle cx="8" cy="8" r="5.5"/><circle cx="8" cy="8" r="2.3"/><path d="M8 1 V3 M8 13 V15 M1 8 H3 M13 8 H15 M3 3 L4.4 4.4 M11.6 11.6 L13 13 M13 3 L11.6 4.4 M4.4 11.6 L3 13"/>',
  script:
    '<path d="M4 1.5 H13 C11 4 13 6 12 8 C11 10 13 12.5 12 14.5 H3 C4 12.5 2 10 3 8 C4 6 2 4 4 1.5 Z M5 5 H10 M4.6 8 H9.6 M5 11 H10"/>',
  manual:
    '<path d="M1.5 7 C3 5 5 4.5 7 4.5 H13.5 C14.5 4.5 14.5 6 13.5 6 H9 M9 6 H14.5 C15.5 6 15.5 7.5 14.5 7.5 H9 M9 7.5 H14 C15 7.5 15 9 14 9 H9 M9 9 H13 C14 9 14 10.5 13 10.5 H5 C3 10.5 2 10 1.5 9.5 Z"/>',
  send: '<rect class="solid" x="1.5" y="3.5" width="13" height="9"/><path class="cut" d="M1.5 3.5 L8 8.5 L14.5 3.5"/>',
  receive: '<rect x="1.5" y="3.5" width="13" height="9"/><path d="M1.5 3.5 L8 8.5 L14.5 3.5"/>',
  businessRule:
    '<rect x="1.5" y="2.5" width="13" height="11"/><rect class="solid" x="1.5" y="2.5" width="13" height="3"/><path d="M1.5 9.5 H14.5 M5 5.5 V13.5"/>',
};

/** Event-definition icons in a 16x16 box; `filled` draws the throwing variant. */
function eventIcon(eventType: EventType, filled: boolean): string {
  const solid = filled ? ' class="solid"' : '';
  switch (eventType) {
    case 'timer':
      return '<circle cx="8" cy="8" r="7"/><path d="M8 3 V8 L11.5 9.5"/>';
    case 'message':
      return `<rect${solid} x="1.5" y="3.5" width="13" height="9"/><path${filled ? ' class="cut"' : ''} d="M1.5 3.5 L8 8.5 L14.5 3.5"/>`;
    case 'error':
      return `<path${solid} d="M2 14 L5 3 L9.5 9 L11.5 2.5 L14 13 L10 7.5 Z"/>`;
    case 'escalation':
      return `<path${solid} d="M8 1.5 L13 14 L8 9.5 L3 14 Z"/>`;
    case 'signal':
      return `<path${solid} d="M8 2 L14.5 13.5 H1.5 Z"/>`;
    case 'terminate':
      return '<circle class="solid" cx="8" cy="8" r="6"/>';
    default:
      return '';
  }
}

function eventShape(node: FlowNode, box: Box): string {
  const r = box.width / 2;
  const [cx, cy] = [box.x + r, box.y + r];
  const dashed = node.type === 'boundaryEvent' && node.interrupting === false ? ' dashed' : '';
  const ring = node.type === 'endEvent' ? 'ring thick' : 'ring';
  const inner =
    node.type === 'intermediateEvent' || node.type === 'boundaryEvent'
      ? `<circle class="ring${dashed}" cx="${round(cx)}" cy="${round(cy)}" r="${round(r - 4)}"/>`
      : '';
  const icon = eventIcon(
    node.eventType ?? 'none',
    node.type === 'endEvent' ||
      (node.extensions?.bpmn as { element?: string } | undefined)?.element === 'IntermediateThrowEvent',
  );
  const scale = Math.min(1, (r * 1.1) / 16);
  return (
    `<circle class="${ring}${dashed}" cx="${round(cx)}" cy="${round(cy)}" r="${round(r - 1)}"/>${inner}` +
    (icon
      ? `<g class="icon" transform="translate(${round(cx - 8 * scale)} ${round(cy - 8 * scale)}) scale(${round(scale * 100) / 100})">${icon}</g>`
      : '')
  );
}

function gatewayShape(node: FlowNode, box: Box): string {
  const [cx, cy, r] = [box.x + box.width / 2, box.y + box.height / 2, box.width * 0.2];
  const diamond = `<path class="shape" d="M${round(cx)} ${round(box.y)} L${round(box.x + box.width)} ${round(cy)} L${round(cx)} ${round(box.y + box.height)} L${round(box.x)} ${round(cy)} Z"/>`;
  const markers: Partial<Record<FlowNode['type'], string>> = {
    exclusiveGateway: `<path class="marker" d="M${round(cx - r * 0.8)} ${round(cy - r)} L${round(cx + r * 0.8)} ${round(cy + r)} M${round(cx + r * 0.8)} ${round(cy - r)} L${round(cx - r * 0.8)} ${round(cy + r)}"/>`,
    parallelGateway: `<path class="marker" d="M${round(cx)} ${round(cy - r * 1.2)} V${round(cy + r * 1.2)} M${round(cx - r * 1.2)} ${round(cy)} H${round(cx + r * 1.2)}"/>`,
    inclusiveGateway: `<circle class="marker" cx="${round(cx)}" cy="${round(cy)}" r="${round(r)}"/>`,
    eventBasedGateway: `<circle class="thin" cx="${round(cx)}" cy="${round(cy)}" r="${round(r * 1.25)}"/><circle class="thin" cx="${round(cx)}" cy="${round(cy)}" r="${round(r * 1.05)}"/>`,
  };
  return diamond + (markers[node.type] ?? '');
}

/** Loop and multi-instance markers in a 16x16 box: a looping arrow, three bars across or three bars down. */
export function loopMarkerPath(loop: NonNullable<KeptDrawing['loop']>): string {
  if (loop.kind === 'standard') return 'M4.5 12.5 A5.5 5.5 0 1 1 11.5 12.5 M11.5 12.5 V9 M11.5 12.5 H15';
  return loop.sequential ? 'M2 4 H14 M2 8 H14 M2 12 H14' : 'M4 2 V14 M8 2 V14 M12 2 V14';
}

/**
 * A task or sub-process: rounded box (thick for a call activity), type icon, name (at the top left of an expanded
 * sub-process, whose inside is drawn within it), and the bottom markers: loop or multi-instance, collapsed [+].
 */
function activitySvg(node: FlowNode, box: Box, open: boolean): string {
  const kept = keptBpmn(node);
  const expanded = isExpanded(node);
  const icon = node.taskType
    ? `<g class="icon" transform="translate(${round(box.x + 6)} ${round(box.y + 5)})">${taskIcons[node.taskType]}</g>`
    : '';
  const markers: string[] = [];
  if (kept.loop) markers.push(`<path class="thin" d="${loopMarkerPath(kept.loop)}"/>`);
  if (node.type === 'subProcess' && !expanded)
    markers.push('<rect class="thin" x="1" y="1" width="14" height="14"/><path class="thin" d="M8 4 v8 M4 8 h8"/>');
  const left = box.x + box.width / 2 - (markers.length * 18 - 2) / 2;
  const marked = markers
    .map((m, i) => `<g transform="translate(${round(left + i * 18)} ${round(box.y + box.height - 18)})">${m}</g>`)
    .join('');
  // Markers take the bottom strip: the name is centred above them.
  const label = open
    ? wrap(node.name, box.width - 16, 1)
        .map((line) => `<text class="note" x="${round(box.x + 8)}" y="${round(box.y + 16)}">${escapeXml(line)}</text>`)
        .join('')
    : textBlock(
        wrap(node.name, box.width - 14, markers.length ? 2 : 3),
        box.x + box.width / 2,
        box.y + (box.height - (markers.length ? 16 : 0)) / 2 + 4,
      );
  const outline = kept.element === 'CallActivity' ? 'shape thick' : 'shape';
  return `<rect class="${outline}" x="${round(box.x)}" y="${round(box.y)}" width="${round(box.width)}" height="${round(box.height)}" rx="10"/>${icon}${marked}${label}`;
}

/** How a node is drawn where the canvas draws it differently from its type's default. */
export interface NodeDrawing {
  /** An expanded sub-process, or a box drawn around other elements: its name goes at its top left. */
  open?: boolean;
  /** A boundary event: where its name goes, beside it and clear of its host and its flows. */
  boundaryLabel?: BoundaryLabelPlace;
}

/** Lines of text in a box, from its left edge (`start`) or right edge (`end`), the first line at its top. */
function sideBlock(lines: string[], box: Box, anchor: 'start' | 'end'): string {
  const x = anchor === 'start' ? box.x : box.x + box.width;
  return lines
    .map(
      (line, i) =>
        `<text class="label ${anchor}" x="${round(x)}" y="${round(box.y + 7 + i * 14)}">${escapeXml(line)}</text>`,
    )
    .join('');
}

/** The SVG of one node in its box: the shape, its icon or marker, and its name (inside tasks, under events). */
export function nodeSvg(node: FlowNode, box: Box, drawing: NodeDrawing = {}): string {
  const open = drawing.open ?? isExpanded(node);
  const beside = drawing.boundaryLabel;
  const below = (lines: string[]) =>
    beside
      ? sideBlock(lines, beside.box, beside.side === 'right' ? 'start' : 'end')
      : textBlock(lines, box.x + box.width / 2, box.y + box.height + 14 + ((lines.length - 1) * 14) / 2);
  switch (node.type) {
    case 'task':
    case 'subProcess':
      return activitySvg(node, box, open);
    case 'annotation':
      return (
        `<path class="thin" d="M${round(box.x + 12)} ${round(box.y)} H${round(box.x)} V${round(box.y + box.height)} H${round(box.x + 12)}"/>` +
        wrap(node.name, box.width - 10, 4)
          .map(
            (line, i) =>
              `<text class="note" x="${round(box.x + 6)}" y="${round(box.y + 16 + i * 14)}">${escapeXml(line)}</text>`,
          )
          .join('')
      );
    case 'dataObject':
      return dataObjectShapeSvg(box, node.collection === true) + (node.name ? below(wrap(node.name, 120, 3)) : '');
    case 'dataStore':
      return dataStoreShapeSvg(box) + (node.name ? below(wrap(node.name, 120, 3)) : '');
    default:
      if (node.type.endsWith('Gateway'))
        return gatewayShape(node, box) + (node.name ? below(wrap(node.name, 140, 2)) : '');
      return eventShape(node, box) + (node.name ? below(eventLabelLines(node.name)) : '');
  }
}
