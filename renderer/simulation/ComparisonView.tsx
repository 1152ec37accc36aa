import type { ProcessModel } from '../../shared/model';
import { count } from './format';
import { poolName } from './elementNames';
import { comparisonRows, verdictWords, type Verdict } from './comparisonRows';
import type { WhatIfComparison } from './protocol';
import './Comparison.css';

/** A verdict in words with a mark of its own (not colour alone): ✔ real, ≈ noise, = none, ? one replication. */
function VerdictMark({ verdict }: { verdict: Verdict }) {
  const marks: Record<Verdict, string> = { real: '✔', noise: '≈', none: '=', 'one-replication': '?' };
  const text = verdictWords[verdict];
  return (
    <span className={`sim-verdict sim-verdict-${verdict}`}>
      <span aria-hidden="true">{marks[verdict]} </span>
      {verdict === 'real' ? <strong>{text}</strong> : text}
    </span>
  );
}

/**
 * Every KPI of a what-if comparison side by side (the map as drawn, then each scenario), then for each scenario
 * its difference to the map as drawn with the 95% interval of the paired difference and whether it is real.
 */
export function ComparisonView({
  comparison,
  model,
  labels,
}: {
  comparison: WhatIfComparison;
  model: ProcessModel;
  /** Column headings per run in place of "Map as drawn" and the scenario names (e.g. "Current", "Future"). */
  labels?: readonly string[];
}) {
  const { runs, kpis } = comparison;
  const heading = (i: number) => labels?.[i] ?? (i === 0 ? 'Map as drawn' : runs[i].label);
  const rows = comparisonRows(kpis, (id) => poolName(model, id), model.currency);
  const base = runs[0].report;
  const replications = `${base.replications} replication${base.replications === 1 ? '' : 's'}`;
  return (
    <div className="sim-compare">
      <p className="sim-note">
        {labels
          ? `${runs.map((_, i) => heading(i)).join(' and ')} on the same random numbers`
          : `The map as drawn and ${runs.length - 1 === 1 ? 'one scenario' : `${runs.length - 1} scenarios`} on the same random numbers`}
        : seed {base.seed}, {replications}, {count(base.cases.started)} cases started in each.
      </p>
      {base.replications < 2 && (
        <p className="sim-note sim-stale" role="note">
          With one replication there is no interval, so real differences cannot be told from noise. Compare with 2 or
          more replications.
        </p>
      )}
      <section className="sim-section" aria-labelledby="sim-compare-kpis">
        <h3 id="sim-compare-kpis">Side by side</h3>
        <table className="sim-table sim-compare-table" aria-labelledby="sim-compare-kpis">
          <thead>
            <tr>
              <th scope="col">KPI</th>
              {runs.map((run, i) => (
                <th scope="col" className="num" key={i}>
                  {heading(i)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.kpi}>
                <th scope="row">{row.name}</th>
                {row.values.map((value, i) => (
                  <td className="num" key={i}>
                    {value}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {runs.slice(1).map((run, j) => {
        const title = labels
          ? `${heading(j + 1)} against ${heading(0).toLowerCase()}`
          : `${run.label} against the map as drawn`;
        const titleId = `sim-compare-against-${j}`;
        return (
          <section className="sim-section" aria-labelledby={titleId} key={j}>
            <h3 id={titleId}>{title}</h3>
            <table className="sim-table sim-compare-table" aria-labelledby={titleId}>
              <thead>
                <tr>
                  <th scope="col">KPI</th>
                  <th scope="col" className="num" title="Paired over replications: 95% interval below">
                    Difference
                  </th>
                  <th scope="col">Verdict</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => {
                  const { difference, interval, verdict } = row.against[j];
                  return (
                    <tr key={row.kpi} className={verdict === 'real' ? 'sim-compare-real' : undefined}>
                      <th scope="row">{row.name}</th>
                      <td className="num">
                        {difference}
                        {interval !== '–' && <span className="sim-compare-interval">95%: {interval}</span>}
                      </td>
                      <td>
                        <VerdictMark verdict={verdict} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
        );
      })}
      <p className="sim-note">
        A difference is real when the 95% interval of the paired difference over replications excludes 0. Utilisation
        differences are in percentage points (pp).
      </p>
    </div>
  );
}
