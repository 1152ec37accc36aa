import { useEffect, useState } from 'react';
import type { ProcessModel } from '../../shared/model';
import type { EventLog } from '../../shared/log';
import { LogReplay } from '../../shared/log/conformance';
import { revealElement } from '../canvas/revealElement';
import { useConformanceCheck } from './conformance/conformanceCheck';
import { showDeviations } from './conformance/conformanceOverlay';
import { DeviatingCases, fitnessText } from './conformance/DeviatingCases';
import { DeviationList } from './conformance/DeviationList';
import './conformance/ConformanceView.css';

/** Cases replayed between two paints: small enough that the window stays responsive on a large log. */
const casesPerSlice = 2000;

/** Lets the window paint and take input before the next slice of work. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Replays the log on the map slice by slice, reporting the share done. */
async function replayInSlices(model: ProcessModel, log: EventLog, onProgress: (share: number) => void) {
  const replay = new LogReplay(model);
  for (let from = 0; from < log.cases.length; from += casesPerSlice) {
    onProgress(from / log.cases.length);
    await nextFrame();
    for (const entry of log.cases.slice(from, from + casesPerSlice)) replay.add(entry);
  }
  return replay.result();
}

/**
 * Checks the map open in the editor against an event log by token replay: fitness, the cases that fit, where the
 * map and the log differ (listed, and as badges on the map while the view is open), the activities the map lacks and
 * the deviating cases.
 */
export function ConformanceView({ model, log }: { model: ProcessModel; log: EventLog }) {
  const check = useConformanceCheck((s) => s.check);
  const [progress, setProgress] = useState<number | null>(null);
  const busy = progress !== null;
  const [error, setError] = useState<string | null>(null);
  const [onMap, setOnMap] = useState(true);
  // A check of another log is not this log's; a check of an earlier version of the map is out of date.
  const current = check !== null && check.log === log ? check : null;
  const stale = current !== null && current.model !== model;

  useEffect(() => {
    showDeviations(current && !stale && onMap ? current.result.deviations : null);
  }, [current, stale, onMap]);
  useEffect(() => () => showDeviations(null), []);

  const run = async () => {
    setProgress(0);
    setError(null);
    try {
      const result = await replayInSlices(model, log, setProgress);
      useConformanceCheck.setState({ check: { model, log, result } });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setProgress(null);
    }
  };

  const result = current?.result;
  return (
    <div className="fw-conformance" aria-busy={busy}>
      <div className="fw-conf-actions">
        <button type="button" className="fw-conf-run" onClick={() => void run()} disabled={busy}>
          {busy ? 'Checking…' : current ? 'Check again' : 'Check the map against this log'}
        </button>
        {busy && log.cases.length > casesPerSlice && (
          <progress className="fw-conf-progress" max={1} value={progress} aria-label="Cases checked" />
        )}
        {result && (
          <label className="fw-conf-onmap">
            <input type="checkbox" checked={onMap} onChange={(e) => setOnMap(e.target.checked)} /> Show on the map
          </label>
        )}
      </div>
      {!current && !busy && (
        <p className="fw-conf-hint">
          Replays every case of the log on the map open in the editor and shows where they differ. Map activities match
          log activities by name.
        </p>
      )}
      {error && (
        <p className="fw-conf-error" role="alert">
          The check failed: {error}
        </p>
      )}
      {stale && (
        <p className="fw-conf-stale" role="status">
          The map has changed since this check: check again to see it on the map.
        </p>
      )}
      {result && (
        <>
          <dl className="fw-conf-figures">
            <div>
              <dt>Fitness</dt>
              <dd title="1 when every case replays on the map without missing or left-over tokens">
                {fitnessText(result.fitness)}
              </dd>
            </div>
            <div>
              <dt>Cases that fit</dt>
              <dd>
                {result.fittingCases.toLocaleString('en')} of {result.cases.toLocaleString('en')}
              </dd>
            </div>
          </dl>
          <DeviationList deviations={result.deviations} onPick={revealElement} />
          {result.unknownActivities.length > 0 && (
            <section className="fw-conf-section" aria-labelledby="fw-conf-unknown">
              <h4 id="fw-conf-unknown">Activities the map lacks</h4>
              <ul className="fw-conf-unknown">
                {result.unknownActivities.map((name) => (
                  <li key={name}>{name}</li>
                ))}
              </ul>
            </section>
          )}
          <DeviatingCases perCase={result.perCase} />
        </>
      )}
    </div>
  );
}
