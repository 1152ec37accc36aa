import { useMemo } from 'react';
import type { ProcessModel } from '../../shared/model';
import { diffMaps } from '../../shared/model/mapDiff';
import { changeStyles, diffOverlays } from '../../shared/io/report/diffOverlay';
import { mapChanges, type ChangeKind } from '../../shared/io/report/mapChanges';
import type { Comparison } from '../../shared/sim/compare';
import { ComparisonView } from '../simulation/ComparisonView';
import { MapPicture } from '../simulation/MapPicture';
import type { MapToCompare } from '../simulation/protocol';
import '../simulation/SimulatePanel.css';
import './Compare.css';

/** A change's kind as a pill with its word, in the colour the maps use for it. */
export function ChangeBadge({ kind, hidden = false }: { kind: ChangeKind; hidden?: boolean }) {
  const style = changeStyles[kind];
  return (
    <span className="cmp-badge" style={{ background: style.colour }} aria-hidden={hidden || undefined}>
      {style.label}
    </span>
  );
}

/** The pools of both maps, so that a pool only the current map has is still named in the KPI table. */
function withBothPools(future: ProcessModel, current: ProcessModel): ProcessModel {
  const known = new Set(future.simulation.resources.map((r) => r.id));
  const resources = [...future.simulation.resources, ...current.simulation.resources.filter((r) => !known.has(r.id))];
  return { ...future, simulation: { ...future.simulation, resources } };
}

/**
 * An as-is against to-be comparison: both maps side by side with their differences marked (and said in words in a
 * legend), the list of changes by element name, then every KPI of the two runs with the verdicts.
 */
export function MapComparisonView({
  current,
  future,
  comparison,
}: {
  current: MapToCompare;
  future: MapToCompare;
  comparison: Comparison;
}) {
  const diff = useMemo(
    () => comparison.diff ?? diffMaps(current.model, future.model),
    [comparison, current.model, future.model],
  );
  const overlays = useMemo(() => diffOverlays(current.model, future.model, diff), [current.model, future.model, diff]);
  const changes = useMemo(() => mapChanges(current.model, future.model, diff), [current.model, future.model, diff]);
  const names = useMemo(() => withBothPools(future.model, current.model), [future.model, current.model]);
  return (
    <div className="cmp-result">
      <div className="cmp-maps">
        <MapPicture model={current.model} overlay={overlays.current} title={`Current: ${current.label}`} />
        <MapPicture model={future.model} overlay={overlays.future} title={`Future: ${future.label}`} />
      </div>
      <ul className="cmp-legend" aria-label="What the marks mean">
        <li>
          <ChangeBadge kind="added" /> only in the future map
        </li>
        <li>
          <ChangeBadge kind="removed" /> only in the current map
        </li>
        <li>
          <ChangeBadge kind="changed" /> on both maps, with different settings
        </li>
      </ul>
      <div className="cmp-columns">
        <section className="sim-section cmp-changes" aria-labelledby="cmp-changes-title">
          <h3 id="cmp-changes-title">
            {changes.length === 0
              ? 'No changes'
              : `${changes.length} change${changes.length === 1 ? '' : 's'} from current to future`}
          </h3>
          {changes.length === 0 ? (
            <p className="sim-note">The two maps have the same elements and settings (positions aside).</p>
          ) : (
            <ul className="cmp-change-list">
              {changes.map((change) => (
                <li key={`${change.element}-${change.id}`}>
                  {/* The words repeat the pill's word, so it is not read out twice. */}
                  <ChangeBadge kind={change.kind} hidden />
                  <span className="cmp-change-text">{change.text}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="cmp-kpis" aria-label="KPI comparison">
          <ComparisonView comparison={comparison} model={names} labels={['Current', 'Future']} />
        </section>
      </div>
    </div>
  );
}
