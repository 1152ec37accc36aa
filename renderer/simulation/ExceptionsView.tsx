import { useState } from 'react';
import type { SimulationReport } from '../../shared/sim';
import { revealElement } from '../canvas/revealElement';
import type { ElementLabel } from './elementNames';
import { exceptionGroups, workListCsv, type ExceptionGroup } from './exceptionGroups';
import { count } from './format';
import { kindNames } from './ReportTables';

/** Records listed per group at once; the group's count covers all of them. */
const recordsShown = 100;

function Group({ group, label }: { group: ExceptionGroup; label(id: string): ElementLabel }) {
  const [open, setOpen] = useState(false);
  const element = label(group.nodeId);
  const shown = group.records.slice(0, recordsShown);
  const toggle = () => {
    setOpen(!open);
    if (element.onMap) revealElement(group.nodeId);
  };
  return (
    <li className="sim-exc-group">
      <button
        type="button"
        className="sim-exc-head"
        aria-expanded={open}
        onClick={toggle}
        title="Show the records and the element on the map"
      >
        <span className="sim-exc-name">
          {element.name} · {kindNames[group.kind]}
        </span>
        <span className="sim-exc-count">
          {count(group.count)}
          {group.handled > 0 && ` (${count(group.handled)} handled)`}
        </span>
      </button>
      {open && (
        <>
          <p className="sim-exception-message">{group.messages.join('; ')}</p>
          <table className="sim-table" aria-label={`Records with ${kindNames[group.kind]} at ${element.name}`}>
            <thead>
              <tr>
                <th scope="col" className="num">
                  Row
                </th>
                <th scope="col">Key</th>
                <th scope="col">Message</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((record, index) => (
                <tr key={index}>
                  <td className="num">{record.row ?? '–'}</td>
                  <td>{record.key ?? ''}</td>
                  <td>
                    {record.message}
                    {record.handled && <span className="sim-handled"> (handled)</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {group.records.length > shown.length && (
            <p className="sim-note">
              The first {shown.length} of {count(group.records.length)} records are listed; the work list has them all.
            </p>
          )}
        </>
      )}
    </li>
  );
}

interface ExceptionsViewProps {
  report: SimulationReport;
  label(id: string): ElementLabel;
  /** Offers CSV text as a download; absent where there is no platform to save with. */
  onSaveCsv?(name: string, csv: string): void;
}

/** Exceptions by node and kind with their records; a group selects its node on the map; the list exports as CSV. */
export function ExceptionsView({ report, label, onSaveCsv }: ExceptionsViewProps) {
  const groups = exceptionGroups(report);
  const exportList = () =>
    onSaveCsv?.(
      `${report.model || 'process'} exceptions.csv`,
      workListCsv(report, (id) => label(id).name),
    );
  return (
    <section className="sim-section" aria-labelledby="sim-exceptions-title">
      <h3 id="sim-exceptions-title">Exceptions</h3>
      {groups.length === 0 ? (
        <p className="sim-note">None.</p>
      ) : (
        <>
          <ul className="sim-exc-list" aria-labelledby="sim-exceptions-title">
            {groups.map((group) => (
              <Group key={`${group.nodeId}-${group.kind}`} group={group} label={label} />
            ))}
          </ul>
          {(report.exceptionRecordsOmitted ?? 0) > 0 && (
            <p className="sim-note">
              {count(report.exceptionRecordsOmitted ?? 0)} more exceptions are counted but not listed.
            </p>
          )}
          {onSaveCsv && (
            <button type="button" className="sim-exc-export" onClick={exportList}>
              Export work list (CSV)
            </button>
          )}
        </>
      )}
    </section>
  );
}
