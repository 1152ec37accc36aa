import { useMemo, useState } from 'react';
import type { ProcessModel } from '../../shared/model';
import type { SimulationReport } from '../../shared/sim';
import { activityNamer, casesShare, variantRows } from '../../shared/io/report/chartData';
import { pickCase } from './caseChoice';
import { count, duration } from './format';
import './VariantsView.css';

/** Variants listed before "Show all": the ones that usually cover most cases. */
const firstShown = 10;

/**
 * The paths completed cases took through the map, most cases first: each with its cases, share and mean cycle time,
 * and a button that shows one case that took it in the case timeline.
 */
export function VariantsView({ report, model }: { report: SimulationReport; model: ProcessModel }) {
  const [all, setAll] = useState(false);
  // The report is the run's; the map only names things.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const rows = useMemo(() => variantRows(report, activityNamer(report, model)), [report]);
  if (rows.length === 0) return null;
  const shown = all ? rows : rows.slice(0, firstShown);
  return (
    <section className="sim-section" aria-labelledby="sim-variants-title">
      <h3 id="sim-variants-title">Process variants</h3>
      <table className="sim-table sim-variants" aria-labelledby="sim-variants-title">
        <thead>
          <tr>
            <th scope="col">Path</th>
            <th scope="col" className="num">
              Cases
            </th>
            <th scope="col" className="num" title="Of the completed cases">
              Share
            </th>
            <th scope="col" className="num">
              Mean cycle time
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr key={r.rank}>
              <th scope="row">
                <span className="sim-variant-path">
                  <span className="sim-variant-rank">{r.rank}.</span> {r.name}
                </span>
                {/* Under the path, so that the path keeps the width of the table. */}
                <button
                  type="button"
                  className="sim-link sim-variant-case"
                  aria-label={`Show a case of path ${r.rank}`}
                  onClick={() => pickCase({ kind: 'variant', path: r.path, scenario: report.scenario })}
                >
                  Show a case
                </button>
              </th>
              <td className="num">{count(r.count)}</td>
              <td className="num">{casesShare(r.share)}</td>
              <td className="num">{duration(r.meanCycleTime)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > firstShown && (
        <button type="button" className="sim-link sim-variants-more" onClick={() => setAll(!all)}>
          {all ? `Show the first ${firstShown}` : `Show all ${rows.length} paths`}
        </button>
      )}
      {report.otherVariantCases > 0 && (
        <p className="sim-note">
          Other paths: {count(report.otherVariantCases)} case{report.otherVariantCases === 1 ? '' : 's'} (
          {casesShare(report.cases.completed > 0 ? report.otherVariantCases / report.cases.completed : 0)}), rarer than
          those listed.
        </p>
      )}
    </section>
  );
}
