import { useMemo, useState } from 'react';
import type { EventLog } from '../../shared/log';
import type { ProcessModel } from '../../shared/model';
import { calibrationEdit } from '../../shared/mining/calibration';
import { useEditor } from '../store/editorStore';
import { duration } from '../simulation/format';
import { CalibrationChart } from './calibration/CalibrationChart';
import { activityOption, cycleTimeOption } from './calibration/calibrationCharts';
import { runCalibration, useCalibrationRun } from './calibration/calibrationRun';
import { ParameterTable } from './calibration/ParameterTable';
import './calibration/CalibrationView.css';

/** Lets the button show its busy state before the calibration holds the thread. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 16));
const percent = (share: number) => `${Math.round(share * 100)}%`;

/**
 * Calibrates the map open in the editor from an event log: the fitted arrivals, durations, branch shares and pools
 * in plain words, how closely a simulation of the calibrated map matches the log (a score and side-by-side charts),
 * and "Apply to the map", one edit that undo takes back.
 */
export function CalibrationView({ model, log }: { model: ProcessModel; log: EventLog }) {
  const stored = useCalibrationRun((s) => s.run);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [applied, setApplied] = useState<string | null>(null);
  const run = stored !== null && stored.log === log ? stored : null;
  const stale = run !== null && run.model !== model && run.applied !== model;
  const charts = useMemo(
    () => run?.accuracy && { cycle: cycleTimeOption(run.accuracy), activities: activityOption(run.accuracy) },
    [run],
  );

  const calibrate = async () => {
    setBusy(true);
    setError(null);
    setApplied(null);
    await nextFrame();
    try {
      useCalibrationRun.setState({ run: runCalibration(model, log) });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const apply = () => {
    if (!run) return;
    const edit = useEditor.getState().apply((current) => calibrationEdit(current, run.calibration.model), {
      label: 'Calibrate from the log',
      select: 'keep',
    });
    const after = useEditor.getState().model;
    if (edit && after) useCalibrationRun.setState({ run: { ...run, applied: after } });
    setApplied(
      edit
        ? 'The calibrated values are now in the map. Undo takes them back in one step.'
        : 'The map already has these values.',
    );
  };

  const result = run?.calibration;
  const accuracy = run?.accuracy;
  return (
    <div className="fw-calibration" aria-busy={busy}>
      <div className="fw-calib-actions">
        <button type="button" onClick={() => void calibrate()} disabled={busy}>
          {busy ? 'Calibrating…' : run ? 'Calibrate again' : 'Calibrate this map from the log'}
        </button>
        {result && (
          <button type="button" className="fw-calib-apply" onClick={apply}>
            Apply to the map
          </button>
        )}
      </div>
      {!run && !busy && (
        <p className="fw-calib-note">
          Measures arrivals, task durations, branch shares and resource pools in the log, then simulates the calibrated
          map and compares it with the log. Tasks match log activities by name.
        </p>
      )}
      {error && (
        <p className="fw-calib-error" role="alert">
          The calibration failed: {error}
        </p>
      )}
      {applied && (
        <p className="fw-calib-applied" role="status">
          {applied}
        </p>
      )}
      {stale && (
        <p className="fw-calib-stale" role="status">
          The map has changed since this calibration. Applying it sets only the calibrated values.
        </p>
      )}
      {result && (
        <>
          {accuracy ? (
            <section className="fw-calib-section" aria-label="Accuracy">
              <dl className="fw-calib-figures">
                <div>
                  <dt>Accuracy</dt>
                  <dd>{percent(accuracy.score)}</dd>
                </div>
                <div>
                  <dt>Cycle times alike</dt>
                  <dd>{percent(1 - accuracy.cycleTimeDistance)}</dd>
                </div>
                <div>
                  <dt>Activity counts alike</dt>
                  <dd>{percent(1 - accuracy.activityDistance)}</dd>
                </div>
                <div>
                  <dt>Order alike</dt>
                  <dd>{percent(1 - accuracy.controlFlowDistance)}</dd>
                </div>
              </dl>
              <p className="fw-calib-note">
                Mean cycle time: log {duration(accuracy.meanCycleTime.real)}, simulation{' '}
                {duration(accuracy.meanCycleTime.simulated)} ({accuracy.cases.real.toLocaleString('en')} cases in the
                log, {accuracy.cases.simulated.toLocaleString('en')} simulated).
              </p>
              <details className="fw-calib-note">
                <summary>How the score is computed</summary>
                {accuracy.formula}
              </details>
            </section>
          ) : (
            <p className="fw-calib-error" role="alert">
              The calibrated map could not be simulated, so there is no accuracy score: {run?.accuracyError}
            </p>
          )}
          {result.warnings.map((w) => (
            <p key={w} className="fw-calib-warning-line">
              {w}
            </p>
          ))}
          {result.unknownActivities.length > 0 && (
            <p className="fw-calib-note">
              Activities of the log without a task of that name: {result.unknownActivities.join(', ')}.
            </p>
          )}
          {result.unmatchedTasks.length > 0 && (
            <p className="fw-calib-note">
              Tasks the log never shows (left as they were): {result.unmatchedTasks.join(', ')}.
            </p>
          )}
          <ParameterTable parameters={result.parameters} />
          {charts && (
            <section className="fw-calib-section" aria-label="Log and simulation side by side">
              <CalibrationChart title="Cycle time: log and simulation" option={charts.cycle} />
              <CalibrationChart
                title="Activity frequency: executions per case"
                option={charts.activities.option}
                height={charts.activities.height}
              />
            </section>
          )}
        </>
      )}
    </div>
  );
}
