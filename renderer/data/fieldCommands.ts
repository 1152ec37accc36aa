import { updateModel, type DataField } from '../../shared/model';
import { useEditor } from '../store/editorStore';

/** Replaces the map's case fields as one undoable change labelled `label`; false when nothing changed. */
export function setFields(fields: DataField[], label: string): boolean {
  const edit = useEditor
    .getState()
    .apply((model) => updateModel(model, { settings: { data: { fields } } }), { label, select: 'keep' });
  return edit !== null;
}

const currentFields = (): DataField[] => useEditor.getState().model?.data.fields ?? [];

/** A name like "field", "field2", ... that no field has. */
export function freeFieldName(fields: readonly DataField[], base = 'field'): string {
  const taken = new Set(fields.map((f) => f.name));
  let name = base;
  for (let copy = 2; taken.has(name); copy++) name = `${base}${copy}`;
  return name;
}

export function addFields(added: DataField[]): boolean {
  const label = added.length === 1 ? `Add field "${added[0].name}"` : `Add ${added.length} fields`;
  return setFields([...currentFields(), ...added], label);
}

/** Changes one field; a field without values (not one-of) loses its list. */
export function updateField(name: string, change: Partial<DataField>): boolean {
  const fields = currentFields().map((field) => {
    if (field.name !== name) return field;
    const next: DataField = { ...field, ...change };
    if (next.type !== 'enum') delete next.values;
    for (const key of Object.keys(next) as (keyof DataField)[]) if (next[key] === undefined) delete next[key];
    return next;
  });
  return setFields(fields, `Edit field "${name}"`);
}

export function removeField(name: string): boolean {
  return setFields(
    currentFields().filter((field) => field.name !== name),
    `Remove field "${name}"`,
  );
}
