import { useState } from 'react';
import type { CsvLogMapping } from '../../shared/io/eventLog';
import type { LogPreview } from './logClient';

/** The roles a column may take, in the order of the form; the first three (a time: either) are needed. */
const roles = [
  { key: 'caseId', label: 'Case id', none: 'Choose a column' },
  { key: 'activity', label: 'Activity', none: 'Choose a column' },
  { key: 'timestamp', label: 'Time (or end time)', none: 'None' },
  { key: 'start', label: 'Start time', none: 'None' },
  { key: 'resource', label: 'Resource', none: 'None' },
] as const;

/** Time layouts people meet most; any other pattern may be typed (see the user guide). */
const formats = ['iso', 'epoch-ms', 'epoch-s', 'YYYY/MM/DD HH:mm:ss', 'DD.MM.YYYY HH:mm:ss', 'MM/DD/YYYY hh:mm A'];

/** Whether the mapping names what a log needs: the case, the activity and a time. */
export function mappingComplete(mapping: Partial<CsvLogMapping>): mapping is CsvLogMapping {
  return Boolean(mapping.caseId && mapping.activity && (mapping.timestamp || mapping.start));
}

/**
 * The mapping step of a CSV log: which column holds the case id, the activity, the time (or start and end), the
 * resource, and how times are written; the first rows of the file below, to check the choice against.
 */
export function CsvMappingForm({
  name,
  preview,
  onImport,
  onCancel,
}: {
  name: string;
  preview: LogPreview;
  onImport(mapping: CsvLogMapping): void;
  onCancel(): void;
}) {
  const [mapping, setMapping] = useState<Partial<CsvLogMapping>>(preview.mapping);
  const set = (key: keyof CsvLogMapping, value: string) =>
    setMapping((current) => {
      const next = { ...current };
      if (value === '') delete next[key];
      else (next as Record<string, string>)[key] = value;
      return next;
    });
  return (
    <form
      className="logs-mapping"
      aria-label={`Columns of ${name}`}
      onSubmit={(event) => {
        event.preventDefault();
        if (mappingComplete(mapping)) onImport(mapping);
      }}
    >
      <p className="logs-mapping-intro">
        Which columns of <strong>{name}</strong> say what? A log needs the case id, the activity and a time.
      </p>
      <div className="logs-mapping-grid">
        {roles.map((role) => (
          <label key={role.key}>
            <span>{role.label}</span>
            <select
              aria-label={role.label}
              value={mapping[role.key] ?? ''}
              onChange={(event) => set(role.key, event.target.value)}
            >
              <option value="">{role.none}</option>
              {preview.columns.map((column) => (
                <option key={column} value={column}>
                  {column}
                </option>
              ))}
            </select>
          </label>
        ))}
        <label>
          <span>Time format</span>
          <input
            aria-label="Time format"
            list="logs-time-formats"
            value={mapping.timestampFormat ?? 'iso'}
            onChange={(event) => set('timestampFormat', event.target.value)}
            title="iso (ISO 8601), epoch-ms, epoch-s, or a pattern such as DD.MM.YYYY HH:mm"
          />
          <datalist id="logs-time-formats">
            {formats.map((format) => (
              <option key={format} value={format} />
            ))}
          </datalist>
        </label>
        <label>
          <span>Time zone</span>
          <input
            aria-label="Time zone"
            value={mapping.timezone ?? ''}
            placeholder="UTC"
            onChange={(event) => set('timezone', event.target.value)}
            title="For times written without a zone: UTC, an offset such as +01:00, or a name such as Europe/Paris"
          />
        </label>
      </div>
      <div className="logs-preview" role="region" aria-label="First rows of the file" tabIndex={0}>
        <table>
          <thead>
            <tr>
              {preview.columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row, index) => (
              <tr key={index}>
                {preview.columns.map((column, at) => (
                  <td key={column}>{row[at] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="logs-actions">
        <button type="submit" className="primary" disabled={!mappingComplete(mapping)}>
          Import
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
