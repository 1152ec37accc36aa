import { setProperty, type FlowNode, type ProcessModel } from '../../../shared/model';
import { nodeTitle } from '../../canvas/elementLabels';
import { updateField } from '../../data/fieldCommands';
import { ExpressionEditor } from '../../monaco/ExpressionEditor';
import { useEditor } from '../../store/editorStore';
import { CheckboxField, FieldGroup, NumberField } from '../fields';

/** Stores a node property as one undoable step, keeping the selection. */
function setNodeProperty(id: string, path: string | string[], value: unknown): void {
  useEditor.getState().apply((m) => setProperty(m, { target: { kind: 'node', id }, path, value }), { select: 'keep' });
}

/** The chance (0..1) an error boundary event fires, edited in percent. */
export function ErrorProbabilityField({ boundary, label }: { boundary: FlowNode; label?: string }) {
  const stored = boundary.sim?.probability;
  return (
    <NumberField
      key={`error-probability-${boundary.id}`}
      label={label ?? 'Error probability (%)'}
      value={stored === undefined ? undefined : stored * 100}
      min={0}
      step={1}
      onCommit={(percent) =>
        setNodeProperty(
          boundary.id,
          ['sim', 'probability'],
          percent === undefined ? undefined : Math.min(100, Math.max(0, percent)) / 100,
        )
      }
    />
  );
}

/**
 * The task's data checks: which of the map's fields a record must fill in here, the rule each field must meet, and
 * the chance the task fails (which the engine draws on an error boundary event attached to the task).
 */
export function TaskDataFields({ node, model }: { node: FlowNode; model: ProcessModel }) {
  const fields = model.data.fields;
  const required = node.requiredFields ?? [];
  const undeclared = required.filter((name) => !fields.some((f) => f.name === name));
  const toggle = (name: string, on: boolean) => {
    const next = on ? [...required, name] : required.filter((n) => n !== name);
    setNodeProperty(node.id, 'requiredFields', next.length ? next : undefined);
  };
  const errors = model.nodes.filter(
    (n) => n.type === 'boundaryEvent' && n.attachedTo === node.id && n.eventType === 'error',
  );
  return (
    <FieldGroup title="Data checks">
      <div role="group" aria-label="Required fields" className="fw-required-fields">
        <span className="fw-field-label">Required fields</span>
        {fields.length === 0 && undeclared.length === 0 && (
          <p className="fw-panel-note">The map has no data fields yet: add them under Data, or load records.</p>
        )}
        {fields.map((field) => (
          <CheckboxField
            key={field.name}
            label={field.label?.trim() ? `${field.label} (${field.name})` : field.name}
            checked={required.includes(field.name)}
            onChange={(on) => toggle(field.name, on)}
          />
        ))}
        {undeclared.map((name) => (
          <CheckboxField
            key={name}
            label={`${name} (not a field of the map)`}
            checked
            onChange={() => toggle(name, false)}
          />
        ))}
        {required.length > 0 && (
          <p className="fw-panel-note">
            A record with one of these empty, of the wrong type or failing its rule becomes an exception here.
          </p>
        )}
      </div>
      {fields
        .filter((field) => required.includes(field.name))
        .map((field) => (
          <ExpressionEditor
            key={`rule-${node.id}-${field.name}-${field.validation ?? ''}`}
            label={`Rule for ${field.name}`}
            value={field.validation ?? ''}
            placeholder={field.type === 'number' ? `e.g. ${field.name} > 0` : `e.g. ${field.name} != ""`}
            hint={`FEEL that must hold; the rule belongs to the field ${field.name}, so every task that requires it checks it.`}
            onCommit={(v) => updateField(field.name, { validation: v.trim() ? v.trim() : undefined })}
          />
        ))}
      {errors.map((boundary) => (
        <ErrorProbabilityField
          key={boundary.id}
          boundary={boundary}
          label={`Error probability (%): ${nodeTitle(boundary)}`}
        />
      ))}
      <p className="fw-panel-note">
        {errors.length === 0
          ? 'Error probability: attach an error boundary event to this task and set its probability there; the engine draws errors on that event.'
          : 'The chance the attached error event fires each time the task runs.'}
      </p>
    </FieldGroup>
  );
}
