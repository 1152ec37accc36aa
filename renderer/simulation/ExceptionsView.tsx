import { useState } from 'react';
import type { ProcessModel } from '../../shared/model';
import { replicationsText, type SimulationReport } from '../../shared/sim';
import { revealElement } from '../canvas/revealElement';
import type { ElementLabel } from './elementNames';
import { exceptionGroups, exceptionsWorkListCsv, workListFileName, type ExceptionGroup } from './exceptionGroups';
import { count } from './format';
import { kindNames } from './ReportTables';
import { pickCase, type CaseTarget } from './caseChoice';
import { caseName } from './caseTimelineText';
import { caseOfRow, exampleCases } from './exceptionCases';
import type { WorkListRow } from '../../shared/sim';

/** Records listed per group at once; the group's count covers all of them. */
const recordsShown = 100;

interface GroupProps {
  group: ExceptionGroup;
  replications: number;
  label(id: string): ElementLabel;
  /** The case a row's exception happened to, for the case timeline. */
  caseOf(row: WorkListRow): CaseTarget | null;
  /** The report's example cases of the group, for runs that kept no records. */
  examples: Array<CaseTarget & { kind: 'case' }>;
}

/** Opens the case timeline on a case. */
function ShowCase({ target, name }: { target: CaseTarget; name: string }) {
  return (
    <button
      type="button"
      className="sim-show-case"
      onClick={() => pickCase(target)}
      title={`Show the timeline of ${name}`}
    >
      Show case
    </button>
  );
}

/** The group's count in words: records, each once; with several runs also the exceptions they add up to. */
function GroupCount({ group, replications }: { group: ExceptionGroup; replications: number }) {
  const records = group.records.length;
  // Handled in records too: an error boundary path took the case on (the same in every run).
  const handled = group.records.filter((r) => r.handled).length;
  return (
    <>
      {count(records)} record{records === 1 ? '' : 's'}
      {handled > 0 && ` (${handled === records ? 'all' : count(handled)} handled)`}
      {replications > 1 && (
        <span className="sim-exc-times">
          {count(group.count)} times in {count(replications)} runs
        </span>
      )}
    </>
  );
}

function Group({ group, replications, label, caseOf, examples }: GroupProps) {
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
          <GroupCount group={group} replications={replications} />
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
                {replications > 1 && <th scope="col">Runs</th>}
                <th scope="col">Case</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((record, index) => (
                <tr key={index}>
                  <td className="num">{record.row ?? '–'}</td>
                  <td className="sim-nowrap">{record.key ?? ''}</td>
                  <td>
                    {record.message}
                    {record.handled && <span className="sim-handled"> (handled)</span>}
                  </td>
                  {replications > 1 && <td className="sim-nowrap">{replicationsText(record)}</td>}
                  <td>
                    {caseOf(record) && (
                      <ShowCase target={caseOf(record)!} name={`row ${record.row ?? record.caseId}`} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {group.records.length === 0 && examples.length > 0 && (
            <p className="sim-note sim-exc-examples">
              For example:{' '}
              {examples.map((target) => (
                <button
                  key={target.caseId}
                  type="button"
                  className="sim-show-case"
                  onClick={() => pickCase(target)}
                  title="Show the timeline of this case"
                >
                  case {caseName(target.caseId)}
                  {replications > 1 && ` (run ${target.replication})`}
                </button>
              ))}
            </p>
          )}
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
  model: ProcessModel;
  label(id: string): ElementLabel;
  /** Offers CSV text as a download; absent where there is no platform to save with. */
  onSaveCsv?(name: string, csv: string): void;
}

/** Exceptions by node and kind with their records; a group selects its node on the map; the list exports as CSV. */
export function ExceptionsView({ report, model, label, onSaveCsv }: ExceptionsViewProps) {
  const groups = exceptionGroups(report);
  const caseOf = caseOfRow(report.exceptionRecords ?? [], report.scenario);
  const examplesOf = (group: ExceptionGroup) =>
    exampleCases(
      {
        examples: report.exceptions
          .filter((e) => e.nodeId === group.nodeId && e.kind === group.kind)
          .flatMap((e) => e.examples),
      },
      report.scenario,
    ).filter((t, i, all) => all.findIndex((u) => u.caseId === t.caseId) === i);
  const exportList = () =>
    onSaveCsv?.(
      workListFileName(model),
      exceptionsWorkListCsv(report, (id) => label(id).name),
    );
  return (
    <section className="sim-section" aria-labelledby="sim-exceptions-title">
      <h3 id="sim-exceptions-title">Exceptions</h3>
      {groups.length === 0 ? (
        <p className="sim-note">None.</p>
      ) : (
        <>
          {report.replications > 1 && (
            <p className="sim-note">
              Each record is listed once per exception, with the runs it occurred in (of {count(report.replications)}).
            </p>
          )}
          <ul className="sim-exc-list" aria-labelledby="sim-exceptions-title">
            {groups.map((group) => (
              <Group
                key={`${group.nodeId}-${group.kind}`}
                group={group}
                replications={report.replications}
                label={label}
                caseOf={caseOf}
                examples={examplesOf(group)}
              />
            ))}
          </ul>
          {(report.exceptionRecordsOmitted ?? 0) > 0 && (
            <p className="sim-note">
              {count(report.exceptionRecordsOmitted ?? 0)} more exceptions are counted but not listed, so records and
              runs may be missing from the list.
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
