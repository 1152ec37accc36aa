import { Panel } from '@xyflow/react';
import { heatColour, overlayMetrics, type OverlayMetric } from '../../shared/io/report/overlay';
import { useOverlay, usePublishOverlay } from './useMapOverlay';
import './ResultsLegend.css';

/** On the canvas once the map has been run: what the colours on the map show, and a choice of what they show. */
export function ResultsLegend() {
  const { hasRun, stale } = usePublishOverlay();
  const metric = useOverlay((s) => s.metric);
  const choose = useOverlay((s) => s.choose);
  if (!hasRun) return null;
  return (
    <Panel position="top-right" className="fw-results-legend" aria-label="Results on the map">
      <label>
        <span>Results on the map</span>
        <select value={metric} onChange={(e) => choose(e.target.value as OverlayMetric | 'off')}>
          {overlayMetrics.map((m) => (
            <option key={m.value} value={m.value}>
              {m.label}
            </option>
          ))}
          <option value="off">Off</option>
        </select>
      </label>
      {stale ? (
        <p className="fw-results-legend-note">The map has changed since the run: run again to see its results here.</p>
      ) : (
        metric !== 'off' && (
          <div className="fw-results-legend-scale" aria-hidden="true">
            <span>low</span>
            <span
              className="fw-results-legend-ramp"
              style={{
                background: `linear-gradient(to right, ${heatColour(0)}, ${heatColour(0.5)}, ${heatColour(1)})`,
              }}
            />
            <span>high</span>
          </div>
        )
      )}
    </Panel>
  );
}
