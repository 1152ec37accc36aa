import type { FindingKind, QualityReport } from '../../shared/data';

/** Findings listed at once; the rest are counted (and all of them stay in the counts by kind). */
export const findingsShown = 200;

/** The data-quality report: counts by kind, then each finding with its row, column, value and message. */
export function QualityView({ report, records }: { report: QualityReport; records: number }) {
  const kinds = Object.entries(report.counts) as [FindingKind, number][];
  const shown = report.findings.slice(0, findingsShown);
  return (
    <section className="data-section" aria-labelledby="data-quality-title">
      <h3 id="data-quality-title">Data quality</h3>
      <p className="data-note" role="status">
        {report.rows.toLocaleString('en')} rows give {records.toLocaleString('en')} records;{' '}
        {report.rowsWithFindings.toLocaleString('en')} rows have findings.
      </p>
      {kinds.length === 0 ? (
        <p className="data-note">No problems found.</p>
      ) : (
        <>
          <ul className="data-counts" aria-label="Findings by kind">
            {kinds.map(([kind, count]) => (
              <li key={kind}>
                <code>{kind}</code> <strong>{count.toLocaleString('en')}</strong>
              </li>
            ))}
          </ul>
          <div className="data-findings" role="region" aria-label="Findings" tabIndex={0}>
            <table className="data-table" aria-label="Findings by row">
              <thead>
                <tr>
                  <th scope="col">Row</th>
                  <th scope="col">Column</th>
                  <th scope="col">Value</th>
                  <th scope="col">Message</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((finding, index) => (
                  <tr key={index}>
                    <td className="num">{finding.row ?? '–'}</td>
                    <td>{finding.column ?? ''}</td>
                    <td>{finding.value ?? ''}</td>
                    <td>{finding.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {report.findings.length > shown.length && (
            <p className="data-note">
              The first {shown.length} of {report.findings.length.toLocaleString('en')} findings are listed.
            </p>
          )}
        </>
      )}
    </section>
  );
}
