import type { ProcessModel } from '../../shared/model/schema';
import type { Problem } from '../../shared/validate';
import { nodeTitle } from '../canvas/elementLabels';
import { problemCount } from '../panels/ProblemsPanel';
import { targetName, type ExportFormat } from './exportFormats';
import type { ExportLint } from './exportLint';

const shownAtMost = 50;

/** The name of the element a problem is about, as the problems panel shows it. */
function elementName(model: ProcessModel, id: string | undefined): string | undefined {
  if (id === undefined) return undefined;
  const node = model.nodes.find((n) => n.id === id);
  if (node) return nodeTitle(node);
  const lane = model.lanes.find((l) => l.id === id);
  if (lane) return lane.name || 'Lane';
  const flow = model.flows.find((f) => f.id === id);
  return flow ? flow.name || 'Sequence flow' : undefined;
}

function ProblemItem({ problem, element }: { problem: Problem; element: string | undefined }) {
  return (
    <li className="fw-problem">
      <span
        className={`fw-severity fw-severity-${problem.severity}`}
        role="img"
        aria-label={problem.severity === 'error' ? 'Error' : 'Warning'}
      />
      <span className="fw-problem-message">{problem.message}</span>
      {element && <span className="fw-problem-element">{element}</span>}
    </li>
  );
}

/** The verdict first (blocked, "anyway" or clean), then what the target refuses, then the map's problems. */
export function LintResult({ lint, format, model }: { lint: ExportLint; format: ExportFormat; model: ProcessModel }) {
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
              <li key={i}>
                <code>{r.code}</code> {r.message}
              </li>
            ))}
          </ul>
        </>
      )}
      {problems.length > 0 && (
        <>
          <h4>Problems in the map</h4>
          <ul className="export-problems">
            {problems.slice(0, shownAtMost).map((p, i) => (
              <ProblemItem
                key={`${p.code}-${p.elementId ?? ''}-${i}`}
                problem={p}
                element={elementName(model, p.elementId)}
              />
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
