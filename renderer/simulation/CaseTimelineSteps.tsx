import type { CaseTrace } from '../../shared/sim/caseTrace';
import { revealElement } from '../canvas/revealElement';
import { clockText, stepText } from './caseTimelineText';
import type { ElementLabel } from './elementNames';
import { duration, exceptionKindNames, money } from './format';

interface StepsProps {
  trace: CaseTrace;
  label(id: string): ElementLabel;
  currency: string;
}

/** An activity's name; on the map, a button that shows it there. Names are text, never markup. */
function ActivityName({ id, name, label }: { id: string; name: string; label(id: string): ElementLabel }) {
  const shown = name.trim() || label(id).name;
  // A long name is cut with an ellipsis in its column; the tooltip gives it whole.
  if (!label(id).onMap)
    return (
      <span className="case-step-name" title={shown}>
        {shown}
      </span>
    );
  return (
    <button
      type="button"
      className="case-step-name"
      title={`${shown}: show it on the map`}
      onClick={() => revealElement(id)}
    >
      {shown}
    </button>
  );
}

/**
 * The case's steps on one time axis (a light bar while it waited, a solid bar while it worked), its path, its
 * exceptions and its totals.
 */
export function CaseTimelineSteps({ trace, label, currency }: StepsProps) {
  const from = trace.start;
  const to = Math.max(trace.end ?? from, ...trace.steps.map((s) => s.end));
  const span = Math.max(1, to - from);
  const at = (ms: number) => `${(((ms - from) / span) * 100).toFixed(3)}%`;
  const width = (a: number, b: number) => `${(((b - a) / span) * 100).toFixed(3)}%`;
  return (
    <>
      <section aria-labelledby="case-steps-title">
        <h3 id="case-steps-title">Timeline</h3>
        {trace.steps.length === 0 ? (
          <p className="sim-note">The case reached no task.</p>
        ) : (
          <ol className="case-steps" aria-labelledby="case-steps-title">
            {trace.steps.map((step, i) => {
              const workFrom = step.start ?? step.end;
              return (
                <li key={i} className="case-step">
                  <ActivityName id={step.activityId} name={step.name} label={label} />
                  <span className="case-step-track" aria-hidden="true">
                    {workFrom > step.enabled && (
                      <span
                        className="case-bar case-bar-wait"
                        style={{ left: at(step.enabled), width: width(step.enabled, workFrom) }}
                      />
                    )}
                    {step.start !== null && (
                      <span
                        className="case-bar case-bar-work"
                        style={{ left: at(step.start), width: width(step.start, step.end) }}
                      />
                    )}
                  </span>
                  <span className="case-step-resource">{step.resource ?? 'no pool'}</span>
                  <span className="case-step-text">{stepText(step)}</span>
                </li>
              );
            })}
          </ol>
        )}
        <p className="case-axis">
          <span>{clockText(from)}</span>
          <span className="case-legend">
            <span className="case-bar-wait case-key" /> waiting <span className="case-bar-work case-key" /> work · times
            in UTC
          </span>
          <span>{clockText(to)}</span>
        </p>
      </section>
      <section aria-labelledby="case-path-title">
        <h3 id="case-path-title">Path</h3>
        <ol className="case-path" aria-labelledby="case-path-title">
          {trace.path.map((id, i) => (
            <li key={i}>{trace.steps.find((s) => s.activityId === id)?.name.trim() || label(id).name}</li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="case-exceptions-title">
        <h3 id="case-exceptions-title">Exceptions</h3>
        {trace.exceptions.length === 0 ? (
          <p className="sim-note">None.</p>
        ) : (
          <ul className="case-exceptions" aria-labelledby="case-exceptions-title">
            {trace.exceptions.map((e, i) => (
              <li key={i}>
                <strong>
                  {exceptionKindNames[e.kind]} at {label(e.nodeId).name}
                </strong>
                : {e.message}
                {e.handled && ' (handled)'} · {clockText(e.time)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <p className="case-totals" role="status">
        {trace.cycleTime === null
          ? 'Still in the process when the run ended'
          : `Cycle time ${duration(trace.cycleTime)}`}{' '}
        · waited {duration(trace.waiting)} · worked {duration(trace.processing)} · cost {money(trace.cost, currency)}
        {!trace.measured && ' · a warm-up case, left out of the report'}
      </p>
    </>
  );
}
