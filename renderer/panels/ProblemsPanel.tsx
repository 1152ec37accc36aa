import { memo } from 'react';
import type { ProcessModel } from '../../shared/model';
import type { Problem, Severity } from '../../shared/validate';
import { revealElement } from '../canvas/revealElement';
import { nodeTitle } from '../canvas/elementLabels';
import { useEditor } from '../store/editorStore';
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

/** Names of the elements the shown problems are about. */
function elementNames(model: ProcessModel | null, problems: readonly Problem[]): Map<string, string> {
  const wanted = new Set(problems.map((p) => p.elementId).filter((id) => id !== undefined));
  const names = new Map<string, string>();
  if (!model || wanted.size === 0) return names;
  for (const node of model.nodes) if (wanted.has(node.id)) names.set(node.id, nodeTitle(node));
  for (const lane of model.lanes) if (wanted.has(lane.id)) names.set(lane.id, lane.name || 'Lane');
  for (const flow of model.flows) if (wanted.has(flow.id)) names.set(flow.id, flow.name || 'Sequence flow');
  return names;
}

const ProblemRow = memo(function ProblemRow({ problem, element }: { problem: Problem; element: string | undefined }) {
  const content = (
    <>
      <span
        className={`fw-severity fw-severity-${problem.severity}`}
        role="img"
        aria-label={problem.severity === 'error' ? 'Error' : problem.severity === 'warning' ? 'Warning' : 'Note'}
      />
      <span className="fw-problem-message">{problem.message}</span>
      {element && <span className="fw-problem-element">{element}</span>}
    </>
  );
  return (
    <li>
      {problem.elementId ? (
        <button type="button" className="fw-problem" onClick={() => revealElement(problem.elementId!)}>
          {content}
        </button>
      ) : (
        <div className="fw-problem">{content}</div>
      )}
    </li>
  );
});

/** Validation results of the open map, updated as it changes; a click shows the element concerned. */
export function ProblemsPanel() {
  const problems = useProblems();
  const model = useEditor((s) => s.model);
  const shown = problems.slice(0, shownAtMost);
  const names = elementNames(model, shown);
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
            <ProblemRow
              key={`${problem.code}-${problem.elementId ?? ''}-${i}`}
              problem={problem}
              element={problem.elementId && names.get(problem.elementId)}
            />
          ))}
          {problems.length > shownAtMost && (
            <li className="fw-panel-note">…and {problems.length - shownAtMost} more</li>
          )}
        </ul>
      )}
    </section>
  );
}
