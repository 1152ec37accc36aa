import { useEffect, useState } from 'react';
import {
  findingKindLabels,
  type ColumnMapping,
  type FindingKind,
  type QualityFinding,
  type QualityReport,
  type RawTable,
} from '../../shared/data';
import type { DataField } from '../../shared/model';
import { createDataClient, type DataClient } from './dataClient';

type Check = { report: QualityReport; records: number } | { failed: string };

/** Findings listed at once; the rest are counted (and all of them stay in the counts by kind). */
export const findingsShown = 200;

/** "Value: abc", as a second line under the message, when the finding has a value. */
function findingValue(finding: QualityFinding): string {
  return finding.value !== undefined && finding.value !== '' ? `Value: ${finding.value}` : '';
}

/**
 * The data-quality report: counts by kind in words, then each finding by row and column, its whole message (wrapped,
 * never cut off) with the value read in a smaller second line. The kind's code is kept as a tooltip.
 */
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
              <li key={kind} title={kind}>
                {findingKindLabels[kind] ?? kind} <strong>{count.toLocaleString('en')}</strong>
              </li>
            ))}
          </ul>
          <div className="data-findings" role="region" aria-label="Findings" tabIndex={0}>
            <table className="data-table data-findings-table" aria-label="Findings by row">
              <colgroup>
                <col className="data-findings-row" />
                <col className="data-findings-column" />
                <col />
              </colgroup>
              <thead>
                <tr>
                  <th scope="col">Row</th>
                  <th scope="col">Column</th>
                  <th scope="col">Finding</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((finding, index) => {
                  const value = findingValue(finding);
                  return (
                    <tr key={index} title={finding.kind}>
                      <td className="num">{finding.row ?? '–'}</td>
                      <td>{finding.column ?? ''}</td>
                      <td>
                        <span className="data-finding-message">{finding.message}</span>
                        {value && <span className="data-finding-value">{value}</span>}
                      </td>
                    </tr>
                  );
                })}
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

/** "40 findings", "1 finding", "no findings". */
function findingsCount(count: number): string {
  if (count === 0) return 'no findings';
  return `${count.toLocaleString('en')} finding${count === 1 ? '' : 's'}`;
}

/**
 * Reopens the quality report of the saved records. It is worked out again, in a worker of its own, from the table
 * saved with them and the map's fields as they are now: the file is not read again, a rule changed since counts, and
 * 100,000 rows do not hold up the page. The table goes with each check, since a stopped worker forgets it.
 */
export function SavedQualityReport({
  table,
  mapping,
  fields,
}: {
  table: RawTable;
  mapping: ColumnMapping;
  fields: readonly DataField[];
}) {
  const [open, setOpen] = useState(false);
  const [client] = useState<DataClient>(() => createDataClient());
  useEffect(() => () => client.dispose(), [client]);
  const [check, setCheck] = useState<Check | null>(null);
  useEffect(() => {
    let current = true;
    client.check([...fields], mapping, table).then(
      (result) => current && setCheck(result),
      (error: Error) => current && setCheck({ failed: error.message }),
    );
    return () => {
      current = false;
    };
  }, [client, table, mapping, fields]);
  const ready = check !== null && 'report' in check;
  const label = ready ? `(${findingsCount(check.report.findings.length)})` : check ? '' : '(checking…)';
  return (
    <>
      <div className="data-actions data-report-toggle">
        <button type="button" aria-expanded={open && ready} disabled={!ready} onClick={() => setOpen(!open)}>
          Data quality report {label}
        </button>
        {open && ready && (
          <button type="button" onClick={() => setOpen(false)}>
            Close report
          </button>
        )}
      </div>
      {check && 'failed' in check && (
        <p className="data-error" role="alert">
          The quality report could not be worked out: {check.failed}
        </p>
      )}
      {open && ready && <QualityView report={check.report} records={check.records} />}
    </>
  );
}
