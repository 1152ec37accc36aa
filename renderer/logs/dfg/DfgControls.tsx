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

/** The two sliders (share of activities, share of paths) and the choice of what the boxes and arrows show. */
export function DfgControls({ graph, shown, shares, onShares, measure, onMeasure }: Props) {
  const statistic = measure.view === 'performance' ? measure.statistic : 'mean';
  return (
    <div className="dfg-controls">
      <label className="dfg-slider">
        <span>
          Activities {percentOf(shares.activities)}%{' '}
          <span className="dfg-quiet">
            ({shown.activities.length} of {graph.activities.length})
          </span>
        </span>
        <input
          type="range"
          min={0}
          max={100}
          step={1}
          value={percentOf(shares.activities)}
          aria-label="Share of activities shown"
          onChange={(e) => onShares({ ...shares, activities: Number(e.target.value) / 100 })}
        />
      </label>
      <label className="dfg-slider">
        <span>
          Paths {percentOf(shares.paths)}%{' '}
          <span className="dfg-quiet">
            ({pathCount(shown)} of {pathCount(graph)})
          </span>
        </span>
        <input
          type="range"
          min={0}
          max={100}
          step={1}
          value={percentOf(shares.paths)}
          aria-label="Share of paths shown"
          onChange={(e) => onShares({ ...shares, paths: Number(e.target.value) / 100 })}
        />
      </label>
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
