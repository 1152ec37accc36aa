import type { DirectlyFollowsGraph } from '../../../shared/log/directlyFollows';
import type { DfgMeasure } from './dfgMeasure';

interface Props {
  /** The graph before simplification, and as shown: the sliders' labels say how much of it is left. */
  graph: DirectlyFollowsGraph;
  shown: DirectlyFollowsGraph;
  shares: { activities: number; paths: number };
  onShares(shares: { activities: number; paths: number }): void;
  measure: DfgMeasure;
  onMeasure(measure: DfgMeasure): void;
}

const percentOf = (share: number) => Math.round(share * 100);
const pathCount = (g: DirectlyFollowsGraph) =>
  g.edges.length + Object.keys(g.starts).length + Object.keys(g.ends).length;

/** A slider for the share of something shown, in percent, with how many are left ("12 of 20"). */
function ShareSlider(props: {
  label: string;
  what: string;
  share: number;
  count: string;
  onShare(share: number): void;
}) {
  return (
    <label className="dfg-slider">
      <span>
        {props.label} {percentOf(props.share)}% <span className="dfg-quiet">({props.count})</span>
      </span>
      <input
        type="range"
        min={0}
        max={100}
        step={1}
        value={percentOf(props.share)}
        aria-label={`Share of ${props.what} shown`}
        onChange={(e) => props.onShare(Number(e.target.value) / 100)}
      />
    </label>
  );
}

/** The two sliders (share of activities, share of paths) and the choice of what the boxes and arrows show. */
export function DfgControls({ graph, shown, shares, onShares, measure, onMeasure }: Props) {
  const statistic = measure.view === 'performance' ? measure.statistic : 'mean';
  return (
    <div className="dfg-controls">
      <ShareSlider
        label="Activities"
        what="activities"
        share={shares.activities}
        count={`${shown.activities.length} of ${graph.activities.length}`}
        onShare={(activities) => onShares({ ...shares, activities })}
      />
      <ShareSlider
        label="Paths"
        what="paths"
        share={shares.paths}
        count={`${pathCount(shown)} of ${pathCount(graph)}`}
        onShare={(paths) => onShares({ ...shares, paths })}
      />
      <div className="dfg-measure" role="radiogroup" aria-label="Show on the map">
        <label>
          <input
            type="radio"
            name="dfg-view"
            checked={measure.view === 'frequency'}
            onChange={() => onMeasure({ view: 'frequency' })}
          />
          Frequency
        </label>
        <label>
          <input
            type="radio"
            name="dfg-view"
            checked={measure.view === 'performance'}
            onChange={() => onMeasure({ view: 'performance', statistic })}
          />
          Performance
        </label>
        {measure.view === 'performance' && (
          <select
            aria-label="Duration statistic"
            value={statistic}
            onChange={(e) => onMeasure({ view: 'performance', statistic: e.target.value as 'mean' | 'median' })}
          >
            <option value="mean">Mean duration</option>
            <option value="median">Median duration</option>
          </select>
        )}
      </div>
    </div>
  );
}
