import { cellAt, type ColumnMapping, type ColumnProfile, type RawTable } from '../../shared/data';
import type { DataField } from '../../shared/model';
import { fieldTypeNames } from './FieldsTable';
import { extraColumns, setFieldColumn, setRoleColumn } from './mappingState';

/** Rows shown in the preview: enough to see the shape of the data, few enough to render at once. */
export const previewRows = 50;

function profileNote(profile: ColumnProfile | undefined): string {
  if (!profile) return '';
  const notes = [...profile.notes];
  if (profile.ambiguousDateOrder) notes.unshift('day/month order is ambiguous');
  return notes.join('; ');
}

function Preview({ table, profiles }: { table: RawTable; profiles: readonly ColumnProfile[] }) {
  const byColumn = new Map(profiles.map((p) => [p.column, p]));
  const shown = table.rows.slice(0, previewRows);
  return (
    <div className="data-preview" role="region" aria-label="Preview of the records" tabIndex={0}>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Row</th>
            {table.columns.map((column) => {
              const profile = byColumn.get(column);
              return (
                <th key={column} scope="col" title={profileNote(profile)}>
                  {column}
                  <span className="data-type">{profile ? fieldTypeNames[profile.type] : ''}</span>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={row.row}>
              <th scope="row">{row.row}</th>
              {table.columns.map((column, index) => (
                <td key={column}>{String(cellAt(row, index) ?? '')}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ColumnSelect({
  label,
  value,
  columns,
  none,
  onChange,
}: {
  label: string;
  value: string | undefined;
  columns: readonly string[];
  none: string;
  onChange(column: string | null): void;
}) {
  return (
    <select aria-label={label} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
      <option value="">{none}</option>
      {columns.map((column) => (
        <option key={column} value={column}>
          {column}
        </option>
      ))}
    </select>
  );
}

/** Which sheet of a workbook to read; shown only when there is a choice. */
function SheetSelect({
  sheet,
  sheetNames,
  onSheet,
}: {
  sheet: string;
  sheetNames: readonly string[];
  onSheet(sheet: string): void;
}) {
  return (
    <label className="data-mapping-row data-sheet">
      <span>Sheet</span>
      <select aria-label="Sheet" value={sheet} onChange={(e) => onSheet(e.target.value)}>
        {sheetNames.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );
}

interface MappingStepProps {
  table: RawTable;
  profiles: readonly ColumnProfile[];
  fields: readonly DataField[];
  mapping: ColumnMapping;
  onMapping(mapping: ColumnMapping): void;
  onAddField(column: string): void;
  /** Reads another sheet of the workbook. */
  onSheet(sheet: string): void;
}

/** The preview, then which column feeds each field, the columns left over, and the key and arrival-time columns. */
export function MappingStep({ table, profiles, fields, mapping, onMapping, onAddField, onSheet }: MappingStepProps) {
  const extras = extraColumns(table, mapping);
  const { source } = table;
  const how = [
    source.format.toUpperCase(),
    source.encoding,
    source.delimiter && `delimiter "${source.delimiter === '\t' ? 'tab' : source.delimiter}"`,
    source.sheet && `sheet ${source.sheet}`,
  ]
    .filter(Boolean)
    .join(', ');
  const sheetNames = source.sheetNames ?? [];
  return (
    <>
      {source.sheet !== undefined && sheetNames.length > 1 && (
        <SheetSelect sheet={source.sheet} sheetNames={sheetNames} onSheet={onSheet} />
      )}
      <p className="data-note">
        {table.rows.length.toLocaleString('en')} rows, {table.columns.length} columns ({how}).
        {table.rows.length > previewRows && ` The first ${previewRows} rows are shown.`}
      </p>
      <Preview table={table} profiles={profiles} />
      <section className="data-section" aria-labelledby="data-mapping-title">
        <h3 id="data-mapping-title">Columns for the fields</h3>
        {fields.length === 0 && <p className="data-note">The map has no fields yet: add columns as fields below.</p>}
        <div className="data-mapping">
          {fields.map((field) => (
            <label key={field.name} className="data-mapping-row">
              <span>
                {field.name}
                {field.required && <span className="data-required"> (required)</span>}
              </span>
              <ColumnSelect
                label={`Column for ${field.name}`}
                value={mapping.fields[field.name]}
                columns={table.columns}
                none="No column"
                onChange={(column) => onMapping(setFieldColumn(mapping, field.name, column))}
              />
            </label>
          ))}
          <label className="data-mapping-row">
            <span>Key column</span>
            <ColumnSelect
              label="Key column"
              value={mapping.keyColumn}
              columns={table.columns}
              none="None"
              onChange={(column) => onMapping(setRoleColumn(mapping, 'keyColumn', column))}
            />
          </label>
          <label className="data-mapping-row">
            <span>Arrival time</span>
            <ColumnSelect
              label="Arrival-time column"
              value={mapping.arrivalColumn}
              columns={table.columns}
              none="None"
              onChange={(column) => onMapping(setRoleColumn(mapping, 'arrivalColumn', column))}
            />
          </label>
        </div>
        {extras.length > 0 && (
          <>
            <p className="data-note">Columns without a field are kept with each record as extra values.</p>
            <ul className="data-extras" aria-label="Columns without a field">
              {extras.map((column) => (
                <li key={column}>
                  <span>{column}</span>
                  <button type="button" onClick={() => onAddField(column)} aria-label={`Add ${column} as a new field`}>
                    Add as new field
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </>
  );
}
