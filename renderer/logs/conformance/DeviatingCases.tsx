import { useMemo, useState } from 'react';
import type { CaseConformance } from '../../../shared/log/conformance';

/** Cases listed before "Show more". */
const pageSize = 50;

/** Fitness as people read it: two decimals, never rounded up to a perfect 1. */
export function fitnessText(fitness: number): string {
  return fitness < 1 && fitness > 0.995 ? '0.99' : fitness.toFixed(2);
}

/** The cases that do not fit the map, worst first, with what deviated in words. */
export function DeviatingCases({ perCase }: { perCase: readonly CaseConformance[] }) {
  const [shown, setShown] = useState(pageSize);
  const deviating = useMemo(
    () => perCase.filter((c) => c.missing > 0 || c.remaining > 0).sort((a, b) => a.fitness - b.fitness),
    [perCase],
  );
  if (deviating.length === 0) return null;
  return (
    <section className="fw-conf-section" aria-labelledby="fw-conf-cases">
      <h4 id="fw-conf-cases">Cases that deviate ({deviating.length.toLocaleString('en')})</h4>
      <table className="fw-conf-table" aria-labelledby="fw-conf-cases">
        <thead>
          <tr>
            <th scope="col">Case</th>
            <th scope="col" className="num">
              Fitness
            </th>
            <th scope="col">What deviated</th>
          </tr>
        </thead>
        <tbody>
          {deviating.slice(0, shown).map((c) => (
            <tr key={c.caseId}>
              <th scope="row">{c.caseId}</th>
              <td className="num">{fitnessText(c.fitness)}</td>
              <td>
                <ul className="fw-conf-words">
                  {c.deviations.map((words) => (
                    <li key={words}>{words}</li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {deviating.length > shown && (
        <button type="button" className="fw-conf-more" onClick={() => setShown(shown + pageSize)}>
          Show {Math.min(pageSize, deviating.length - shown)} more of {(deviating.length - shown).toLocaleString('en')}
        </button>
      )}
    </section>
  );
}
