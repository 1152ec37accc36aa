export { htmlReport } from './htmlReport';
export {
  heatColour,
  overlayMetrics,
  resultsOverlay,
  svgOverlay,
  type MapOverlay,
  type NodeHeat,
  type OverlayMetric,
} from './overlay';
