import { memo } from 'react';
import { validationRules, type Problem, type Severity } from '../../shared/validate';
import { revealElement } from '../canvas/revealElement';
import { useProblems } from '../store/problems';
import { useEditorUi } from '../store/uiStore';

const shownAtMost = 200;
const severityNames: Record<Severity, [string, string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  info: ['note', 'notes'],
};

/** "2 errors, 1 warning", or "No problems". */
export function problemCount(problems: readonly Problem[]): string {
  const parts = (['error', 'warning', 'info'] as const)
    .map((severity) => [severity, problems.filter((p) => p.severity === severity).length] as const)
    .filter(([, n]) => n > 0)
    .map(([severity, n]) => `${n} ${severityNames[severity][n === 1 ? 0 : 1]}`);
  return parts.length ? parts.join(', ') : 'No problems';
}

const ruleTitles = new Map<string, string>(validationRules.map((rule) => [rule.code, rule.title]));

/**
 * The secondary detail of a problem, for its tooltip: the rule in words, its code and the element's id. The message
 * itself already names the element.
 */
export function problemDetail(problem: Pick<Problem, 'code' | 'elementId'>): string {
  const rule = ruleTitles.get(problem.code);
  const code = rule ? `${rule} (${problem.code})` : problem.code;
  return problem.elementId === undefined ? code : `${code}; element id ${problem.elementId}`;
}

const ProblemRow = memo(function ProblemRow({ problem }: { problem: Problem }) {
  const content = (
    <>
      <span
        className={`fw-severity fw-severity-${problem.severity}`}
        role="img"
        aria-label={problem.severity === 'error' ? 'Error' : problem.severity === 'warning' ? 'Warning' : 'Note'}
      />
      <span className="fw-problem-message">{problem.message}</span>
    </>
  );
  const detail = problemDetail(problem);
  return (
    <li>
      {problem.elementId ? (
        <button type="button" className="fw-problem" title={detail} onClick={() => revealElement(problem.elementId!)}>
          {content}
        </button>
      ) : (
        <div className="fw-problem" title={detail}>
          {content}
        </div>
      )}
    </li>
  );
});

/** Validation results of the open map, updated as it changes; a click shows the element concerned. */
export function ProblemsPanel() {
  const problems = useProblems();
  const shown = problems.slice(0, shownAtMost);
  const open = useEditorUi((ui) => ui.problemsOpen);
  const setUi = useEditorUi((ui) => ui.set);
  const errors = problems.some((p) => p.severity === 'error');
  const count = problemCount(problems);
  return (
    <section className={`fw-problems${open ? '' : ' fw-problems-closed'}`} aria-label="Problems">
      <header className="fw-problems-header">
        <button
          type="button"
          className="fw-problems-toggle"
          aria-expanded={open}
          onClick={() => setUi({ problemsOpen: !open })}
        >
          <h2 className="fw-panel-title">Problems</h2>
        </button>
        <span
          className={`fw-badge${errors ? ' fw-badge-error' : problems.length ? ' fw-badge-warning' : ''}`}
          role="status"
          aria-label={`Problem count: ${count}`}
        >
          {count}
        </span>
      </header>
      {open && (
        <ul className="fw-problem-list">
          {shown.map((problem, i) => (
            <ProblemRow key={`${problem.code}-${problem.elementId ?? ''}-${i}`} problem={problem} />
          ))}
          {problems.length > shownAtMost && (
            <li className="fw-panel-note">…and {problems.length - shownAtMost} more</li>
          )}
        </ul>
      )}
    </section>
  );
}
