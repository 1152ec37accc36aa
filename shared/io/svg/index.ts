export { exportSvg } from './exportSvg';
export { subProcessInsideSvg } from './levelSvg';
export { artifactsSvg } from './artifactsSvg';
export { drawingDefs, drawingStyle } from './svgStyle';
export { isExpanded, keptBpmn } from './bpmnKept';
