import type { Problem } from '../../shared/validate';
import { problemCount, problemDetail } from '../panels/ProblemsPanel';
import { targetName, type ExportFormat } from './exportFormats';
import type { ExportLint } from './exportLint';

const shownAtMost = 50;

/** A problem as the problems panel shows it: the message naming the element; its code and id on hover. */
function ProblemItem({ problem }: { problem: Problem }) {
  return (
    <li className="fw-problem" title={problemDetail(problem)}>
      <span
        className={`fw-severity fw-severity-${problem.severity}`}
        role="img"
        aria-label={problem.severity === 'error' ? 'Error' : 'Warning'}
      />
      <span className="fw-problem-message">{problem.message}</span>
    </li>
  );
}

/** The verdict first (blocked, "anyway" or clean), then what the target refuses, then the map's problems. */
export function LintResult({ lint, format }: { lint: ExportLint; format: ExportFormat }) {
  const target = targetName(format);
  const { problems, refusals, blocked } = lint;
  let verdict: string;
  if (blocked) verdict = blocked;
  else if (problems.length > 0)
    verdict = `The map has ${problemCount(problems)}. ${target} accepts it as it is, so you can export anyway.`;
  else if (format.aboutTheMap) verdict = `No problems: ${target} can express everything in this map.`;
  else verdict = 'This file describes the format, not the map: nothing to check.';
  const tone = blocked ? 'blocked' : problems.length > 0 ? 'anyway' : 'clean';
  return (
    <div className="export-lint">
      <p className={`export-verdict export-verdict-${tone}`}>{verdict}</p>
      {refusals.length > 0 && (
        <>
          <h4>What {target} cannot express</h4>
          <ul className="export-refusals">
            {refusals.map((r, i) => (
              <li key={i} title={r.code}>
                {r.message} <code>{r.code}</code>
              </li>
            ))}
          </ul>
        </>
      )}
      {lint.derived.length > 0 && (
        <>
          <h4>Derived, as the map does not set them</h4>
          <p className="fw-panel-note">
            Set your own under Camunda 8 in the properties panel; the export uses what you set.
          </p>
          <ul className="export-derived">
            {lint.derived.slice(0, shownAtMost).map((note) => (
              <li key={note}>{note}</li>
            ))}
            {lint.derived.length > shownAtMost && (
              <li className="fw-panel-note">…and {lint.derived.length - shownAtMost} more</li>
            )}
          </ul>
        </>
      )}
      {problems.length > 0 && (
        <>
          <h4>Problems in the map</h4>
          <ul className="export-problems">
            {problems.slice(0, shownAtMost).map((p, i) => (
              <ProblemItem key={`${p.code}-${p.elementId ?? ''}-${i}`} problem={p} />
            ))}
            {problems.length > shownAtMost && (
              <li className="fw-panel-note">…and {problems.length - shownAtMost} more</li>
            )}
          </ul>
        </>
      )}
    </div>
  );
}
