/**
 * The look of a drawn map, shared by the SVG export and the canvas's drawings of what it does not edit (the
 * inside of expanded sub-processes, kept BPMN artifacts), so that both match the canvas. `scope` prefixes every
 * rule (e.g. `.fw-drawing`) and `idPrefix` the marker ids, for a page that holds several drawings.
 */
export function drawingStyle(scope = '', idPrefix = ''): string {
  const s = scope ? `${scope} ` : '';
  const url = (id: string) => `url(#${idPrefix}${id})`;
  return `
  ${s}.shape, ${s}.ring { fill: #ffffff; stroke: #2a3440; stroke-width: 1.5; }
  ${s}.shape.thick { stroke-width: 4; }
  ${s}.ring.thick { stroke-width: 4; }
  ${s}.dashed { stroke-dasharray: 4 3; }
  ${s}.marker { fill: none; stroke: #2a3440; stroke-width: 3.5; stroke-linecap: round; }
  ${s}.thin, ${s}.icon { fill: none; stroke: #2a3440; stroke-width: 1.2; }
  ${s}.icon .solid { fill: #2a3440; }
  ${s}.icon .cut { stroke: #ffffff; }
  ${s}.lane { fill: #fbfcfd; stroke: #2a3440; stroke-width: 1.5; }
  ${s}.lane.external { fill: #f3f4f6; }
  ${s}.flow { fill: none; stroke: #2a3440; stroke-width: 1.5; marker-end: ${url('arrow')}; }
  ${s}.flow.default { marker-start: ${url('slash')}; }
  ${s}.message-flow { fill: none; stroke: #2a3440; stroke-width: 1.2; stroke-dasharray: 6 4; marker-start: ${url('message-start')}; marker-end: ${url('message-end')}; }
  ${s}.association { fill: none; stroke: #5f6b7a; stroke-width: 1.2; stroke-dasharray: 2 3; }
  ${s}.association.data { marker-end: ${url('data-end')}; }
  ${s}.group { fill: none; stroke: #5f6b7a; stroke-width: 1.2; stroke-dasharray: 8 3 2 3; }
  ${s}text { font-family: system-ui, -apple-system, 'Segoe UI', sans-serif; font-size: 12px; fill: #1f2933; }
  ${s}.label { text-anchor: middle; dominant-baseline: middle; }
  ${s}.label.start { text-anchor: start; }
  ${s}.label.end { text-anchor: end; }
  ${s}.lane-name { text-anchor: middle; dominant-baseline: middle; font-weight: 600; }
  ${s}.flow-name { text-anchor: middle; font-size: 11px; fill: #5f6b7a; }
  ${s}.group-name { text-anchor: end; font-size: 11px; fill: #5f6b7a; }
  ${s}.note { font-size: 12px; }
`;
}

/** The arrowheads and line ends the style refers to, with ids under `idPrefix`. */
export function drawingDefs(idPrefix = ''): string {
  const id = (name: string) => `${idPrefix}${name}`;
  return (
    `<defs><marker id="${id('arrow')}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto"><path d="M0 0 L10 5 L0 10 Z" fill="#2a3440"/></marker>` +
    `<marker id="${id('slash')}" viewBox="0 0 10 10" refX="-4" refY="5" markerWidth="10" markerHeight="10" orient="auto"><path d="M2 0 L8 10" stroke="#2a3440" stroke-width="1.5"/></marker>` +
    `<marker id="${id('message-start')}" viewBox="0 0 10 10" refX="5" refY="5" markerWidth="7" markerHeight="7" markerUnits="userSpaceOnUse"><circle cx="5" cy="5" r="4" fill="#ffffff" stroke="#2a3440" stroke-width="1.2"/></marker>` +
    `<marker id="${id('message-end')}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="11" markerHeight="11" markerUnits="userSpaceOnUse" orient="auto"><path d="M1 1 L10 5 L1 9 Z" fill="#ffffff" stroke="#2a3440" stroke-width="1.2"/></marker>` +
    `<marker id="${id('data-end')}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="10" markerHeight="10" markerUnits="userSpaceOnUse" orient="auto"><path d="M1 1 L10 5 L1 9" fill="none" stroke="#5f6b7a" stroke-width="1.2"/></marker></defs>`
  );
}
