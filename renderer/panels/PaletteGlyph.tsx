import { EventIcon, GatewayMarker, TaskTypeIcon } from '../canvas/nodes/markers';
import type { PaletteItem } from './paletteItems';

/** A small picture of the element a palette item adds, in the same notation the canvas uses. */
export function PaletteGlyph({ item }: { item: PaletteItem }) {
  const node = item.node;
  let body;
  if (item.pool) {
    // A collapsed pool: a wide, low band with its header strip; a message flow (dashed) leaves it.
    body = (
      <g className="fw-glyph">
        <rect x="1.5" y="3.5" width="25" height="11" />
        <path d="M6.5 3.5 V14.5" />
        <path d="M16 14.5 V25" strokeDasharray="2.5 2" />
      </g>
    );
  } else if (!node) {
    body = (
      <g className="fw-glyph">
        <rect x="1.5" y="5.5" width="25" height="17" />
        <path d="M6.5 5.5 V22.5" />
      </g>
    );
  } else if (node.type.endsWith('Gateway')) {
    body = (
      <g transform="translate(1 1)">
        <polygon className="fw-glyph" points="13,1 25,13 13,25 1,13" />
        <g transform="scale(0.52)">
          <GatewayMarker type={node.type} size={50} />
        </g>
      </g>
    );
  } else if (node.type.endsWith('Event')) {
    const double = node.type === 'intermediateEvent' || node.type === 'boundaryEvent';
    body = (
      <g>
        <circle className={node.type === 'endEvent' ? 'fw-glyph fw-glyph-thick' : 'fw-glyph'} cx="14" cy="14" r="11" />
        {double && <circle className="fw-glyph" cx="14" cy="14" r="8.5" />}
        {node.eventType && (
          <g transform="translate(14 14) scale(0.6) translate(-14 -14)">
            <EventIcon eventType={node.eventType} cx={14} cy={14} filled={false} />
          </g>
        )}
      </g>
    );
  } else if (node.type === 'dataObject') {
    body = <path className="fw-glyph" d="M7 3.5 H17 L22 8.5 V24.5 H7 Z M17 3.5 V8.5 H22" />;
  } else if (node.type === 'dataStore') {
    body = (
      <path
        className="fw-glyph"
        d="M4 7 A10 3.5 0 0 0 24 7 A10 3.5 0 0 0 4 7 V21 A10 3.5 0 0 0 24 21 V7 M4 10.5 A10 3.5 0 0 0 24 10.5"
      />
    );
  } else if (node.type === 'annotation') {
    body = <path className="fw-glyph" d="M10 4 H5 V24 H10 M9 10 H23 M9 14 H21 M9 18 H23" />;
  } else {
    body = (
      <g>
        <rect className="fw-glyph" x="1.5" y="5.5" width="25" height="17" rx="3" />
        {node.taskType && (
          <g transform="translate(3 7) scale(0.55)">
            <TaskTypeIcon taskType={node.taskType} />
          </g>
        )}
        {node.type === 'subProcess' && (
          <path className="fw-glyph" d="M11 15.5 H17 V21.5 H11 Z M14 16.5 V20.5 M12 18.5 H16" />
        )}
      </g>
    );
  }
  return (
    <svg className="fw-palette-glyph" width="28" height="28" viewBox="0 0 28 28" aria-hidden="true">
      {body}
    </svg>
  );
}
