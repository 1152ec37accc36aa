import type { SimProblem } from '../../shared/sim';
import { revealElement } from '../canvas/revealElement';
import type { ElementLabel } from './elementNames';

interface ProblemListProps {
  problems: readonly SimProblem[];
  label(id: string): ElementLabel;
}

/** Everything that stops the engine from running the map; a click shows the element on the map. */
export function ProblemList({ problems, label }: ProblemListProps) {
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  return (
    <section className="sim-section" aria-label="Simulation problems">
      <p className="sim-blocked">
        The map cannot be simulated until {problems.length === 1 ? 'this problem is' : `these ${count} are`} fixed.
      </p>
      <ul className="sim-problems">
        {problems.map((problem, i) => {
          const element = label(problem.elementId);
          const content = (
            <>
              <span className="sim-problem-head">
                <span className="sim-problem-element">{element.name}</span>
              </span>
              <span className="sim-problem-message">{problem.message}</span>
              <code className="sim-problem-code">{problem.code}</code>
            </>
          );
          return (
            <li key={`${problem.code}-${problem.elementId}-${i}`}>
              {element.onMap ? (
                <button
                  type="button"
                  className="sim-problem"
                  title="Show on the map"
                  onClick={() => revealElement(problem.elementId)}
                >
                  {content}
                </button>
              ) : (
                <div className="sim-problem">{content}</div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
