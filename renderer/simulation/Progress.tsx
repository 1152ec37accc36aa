import { count } from './format';

/** A run's progress bar and its line of cases done. */
export function Progress({
  fraction,
  casesDone,
  casesTotal,
  note,
  title,
}: {
  fraction: number;
  casesDone: number;
  casesTotal: number;
  note: string;
  /** Set for a run that has ended: its line is then announced (not every progress step while running). */
  title?: string;
}) {
  const cases = `${count(casesDone)} of ${count(casesTotal)} cases`;
  const value = Math.round(fraction * 100);
  return (
    <div className="sim-progress">
      <div
        className="sim-progress-bar"
        role="progressbar"
        aria-label="Simulation progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        aria-valuetext={`${value}%, ${cases}`}
      >
        <span style={{ width: `${fraction * 100}%` }} />
      </div>
      <p className="sim-status" role={title ? 'status' : undefined} title={title}>
        {note} {cases}
      </p>
    </div>
  );
}
