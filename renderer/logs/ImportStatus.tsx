import { count } from '../simulation/format';
import type { LogWarning } from '../../shared/log';
import { CsvMappingForm } from './CsvMappingForm';
import { useLogs, useLogsSession } from './logsContext';
import type { ImportState } from './logsSession';

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(bytes < 1e7 ? 1 : 0)} MB`;

/** Where a warning happened: its first line, and how many more lines when it repeats. */
export function warningLines(warning: LogWarning): string {
  const more = warning.count - 1;
  return more > 0 ? `line ${warning.line} and ${count(more)} more` : `line ${warning.line}`;
}

const warningsText = (kinds: number) =>
  kinds === 0 ? '.' : kinds === 1 ? ', with one warning:' : `, with ${kinds} warnings:`;

function Reading({ importing, onCancel }: { importing: Extract<ImportState, { phase: 'reading' }>; onCancel(): void }) {
  const progress = importing.progress;
  const saving = progress?.step === 'saving';
  const text = !progress
    ? `Opening ${importing.name}…`
    : saving
      ? `Storing ${count(progress.events)} events in the workspace…`
      : `Reading ${importing.name}: ${megabytes(progress.bytes)} of ${megabytes(progress.total)}, ${count(progress.events)} events`;
  return (
    <div className="logs-status" role="status">
      <p>{text}</p>
      <div className="logs-progress-row">
        <progress
          aria-label="Import progress"
          {...(progress && !saving ? { value: progress.bytes, max: progress.total || 1 } : {})}
        />
        {/* Once read, the log is stored in one transaction: too late to stop, and soon done. */}
        {!saving && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </div>
  );
}

/** The import under way (the mapping step, progress), or the report of the last one with its warnings. */
export function ImportStatus() {
  const session = useLogsSession();
  const importing = useLogs((s) => s.importing);
  if (!importing) return null;
  const dismiss = () => session.dismissImport();
  switch (importing.phase) {
    case 'mapping':
      return (
        <CsvMappingForm
          key={importing.file.name}
          name={importing.file.name}
          preview={importing.preview}
          onImport={(mapping) => void session.importMapped(mapping)}
          onCancel={dismiss}
        />
      );
    case 'reading':
      return <Reading importing={importing} onCancel={dismiss} />;
    case 'failed':
      return (
        <div className="logs-status logs-status-failed" role="alert">
          <p>
            <strong>{importing.name}</strong> was not imported: {importing.message}
          </p>
          <button type="button" onClick={dismiss}>
            Dismiss
          </button>
        </div>
      );
    case 'done':
      return (
        <div className="logs-status" role="status">
          <p>
            Imported <strong>{importing.name}</strong>: {count(importing.events)} events in {count(importing.cases)}{' '}
            cases{warningsText(importing.warnings.length)}
          </p>
          {importing.warnings.length > 0 && (
            <ul className="logs-warnings" aria-label="Import warnings">
              {importing.warnings.map((warning) => (
                <li
                  key={`${warning.code} ${warning.line} ${warning.message}`}
                  className={`logs-${warning.severity}`}
                  title={warning.code}
                >
                  {warning.message} <span className="logs-muted">({warningLines(warning)})</span>
                </li>
              ))}
            </ul>
          )}
          <button type="button" onClick={dismiss}>
            Dismiss
          </button>
        </div>
      );
  }
}
