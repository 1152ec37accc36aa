import { useState } from 'react';
import { fieldTypes, type DataField } from '../../shared/model';
import { Icon } from '../workspace/icons';
import { addFields, freeFieldName, removeField, updateField } from './fieldCommands';

export const fieldTypeNames: Record<DataField['type'], string> = {
  text: 'Text',
  number: 'Number',
  boolean: 'Yes/no',
  date: 'Date',
  enum: 'One of',
};

const valuesText = (values: readonly string[] | undefined) => (values ?? []).join(', ');
const valuesOf = (text: string) =>
  text
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);

/** A text input that applies its value when it loses focus or Enter is pressed (one undo step per edit). */
function CommitInput({
  value,
  label,
  placeholder,
  onCommit,
}: {
  value: string;
  label: string;
  placeholder?: string;
  onCommit(value: string): void;
}) {
  const [draft, setDraft] = useState(value);
  return (
    <input
      aria-label={label}
      value={draft}
      placeholder={placeholder}
      spellCheck={false}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => (draft !== value ? onCommit(draft) : undefined)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.currentTarget.blur();
        if (e.key === 'Escape') setDraft(value);
      }}
    />
  );
}

function FieldRow({ field, fields }: { field: DataField; fields: readonly DataField[] }) {
  const rename = (name: string) => {
    const trimmed = name.trim();
    if (trimmed && !fields.some((f) => f.name === trimmed)) updateField(field.name, { name: trimmed });
  };
  return (
    <tr>
      <td>
        <CommitInput key={field.name} value={field.name} label={`Name of field ${field.name}`} onCommit={rename} />
      </td>
      <td>
        <select
          aria-label={`Type of ${field.name}`}
          value={field.type}
          onChange={(e) => updateField(field.name, { type: e.target.value as DataField['type'] })}
        >
          {fieldTypes.map((type) => (
            <option key={type} value={type}>
              {fieldTypeNames[type]}
            </option>
          ))}
        </select>
        {field.type === 'enum' && (
          <CommitInput
            key={valuesText(field.values)}
            value={valuesText(field.values)}
            label={`Values of ${field.name}`}
            placeholder="gold, silver"
            onCommit={(text) => updateField(field.name, { values: valuesOf(text) })}
          />
        )}
      </td>
      <td className="data-center">
        <input
          type="checkbox"
          aria-label={`${field.name} is required`}
          checked={field.required === true}
          onChange={(e) => updateField(field.name, { required: e.target.checked || undefined })}
        />
      </td>
      <td>
        <CommitInput
          key={field.validation ?? ''}
          value={field.validation ?? ''}
          label={`Validation rule of ${field.name}`}
          placeholder={field.type === 'number' ? `${field.name} > 0` : 'FEEL'}
          onCommit={(text) => updateField(field.name, { validation: text.trim() || undefined })}
        />
      </td>
      <td>
        <button
          type="button"
          className="icon-button"
          aria-label={`Remove field ${field.name}`}
          title="Remove"
          onClick={() => removeField(field.name)}
        >
          <Icon name="close" />
        </button>
      </td>
    </tr>
  );
}

/** The map's case fields, edited in place; every change is one undoable step of the map. */
export function FieldsTable({ fields }: { fields: readonly DataField[] }) {
  return (
    <section className="data-section" aria-labelledby="data-fields-title">
      <div className="data-section-head">
        <h3 id="data-fields-title">Case fields</h3>
        <button type="button" onClick={() => addFields([{ name: freeFieldName(fields), type: 'text' }])}>
          Add field
        </button>
      </div>
      {fields.length === 0 ? (
        <p className="data-note">No fields yet. Add them here, or from the columns of sample records.</p>
      ) : (
        <table className="data-table data-fields" aria-labelledby="data-fields-title">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Type</th>
              <th scope="col">Required</th>
              <th scope="col">Validation (FEEL)</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {fields.map((field) => (
              <FieldRow key={field.name} field={field} fields={fields} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
