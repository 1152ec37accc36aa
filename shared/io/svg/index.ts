export { exportSvg } from './exportSvg';
export type { OverlayMark, SvgOverlay } from './overlaySvg';
export { subProcessInsideSvg } from './levelSvg';
export { artifactsSvg } from './artifactsSvg';
export { drawingDefs, drawingStyle } from './svgStyle';
export { isExpanded, keptBpmn } from './bpmnKept';
