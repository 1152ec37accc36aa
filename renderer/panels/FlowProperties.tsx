import { rename, setDefaultFlow, setProperty, type Flow, type ProcessModel } from '../../shared/model';
import { nodeTitle } from '../canvas/elementLabels';
import { useEditor } from '../store/editorStore';
import { useEditorUi } from '../store/uiStore';
import { ExpressionEditor } from '../monaco/ExpressionEditor';
import { CheckboxField, FieldGroup, NumberField, TextField } from './fields';

const defaultCapable = ['exclusiveGateway', 'inclusiveGateway', 'task', 'subProcess'];

/** The properties of a sequence flow: its name, its condition, whether it is the default, and its share in simulation. */
export function FlowProperties({ flow, model }: { flow: Flow; model: ProcessModel }) {
  const apply = useEditor((s) => s.apply);
  const renameRequest = useEditorUi((ui) => ui.renameRequest);
  const target = { kind: 'flow', id: flow.id } as const;
  const set = (path: string, value: unknown) =>
    apply((m) => setProperty(m, { target, path, value }), { select: 'keep' });
  const source = model.nodes.find((n) => n.id === flow.source);
  const destination = model.nodes.find((n) => n.id === flow.target);
  const canBeDefault = source !== undefined && defaultCapable.includes(source.type);
  return (
    <>
      <FieldGroup title="General">
        <p className="fw-panel-note">
          From {source ? nodeTitle(source) : flow.source} to {destination ? nodeTitle(destination) : flow.target}
        </p>
        <TextField
          key={`name-${flow.id}`}
          focusRequest={renameRequest}
          label="Name"
          value={flow.name ?? ''}
          onCommit={(name) => apply((m) => rename(m, { target, name }), { select: 'keep' })}
        />
        <ExpressionEditor
          key={`condition-${flow.id}-${flow.default ? 'd' : 'c'}`}
          label="Condition"
          value={flow.condition ?? ''}
          placeholder={flow.default ? 'Taken when no other condition holds' : 'e.g. amount > 5000'}
          hint="A FEEL expression over the case data."
          onCommit={(v) => set('condition', v.trim() ? v.trim() : undefined)}
        />
        <CheckboxField
          label="Default flow"
          checked={flow.default === true}
          disabled={!canBeDefault && flow.default !== true}
          hint={
            canBeDefault
              ? 'Taken when no condition of the other flows holds.'
              : 'Only flows leaving a gateway or task can be the default.'
          }
          onChange={(isDefault) => apply((m) => setDefaultFlow(m, { flowId: flow.id, isDefault }), { select: 'keep' })}
        />
      </FieldGroup>
      <FieldGroup title="Simulation">
        <NumberField
          key={`probability-${flow.id}`}
          label="Probability (%)"
          value={flow.probability === undefined ? undefined : flow.probability * 100}
          min={0}
          onCommit={(v) => set('probability', v === undefined ? undefined : v / 100)}
        />
      </FieldGroup>
    </>
  );
}
