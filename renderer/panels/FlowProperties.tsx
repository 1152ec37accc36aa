import { rename, setDefaultFlow, setProperty, type Flow, type FlowNode, type ProcessModel } from '../../shared/model';
import { nodeTitle } from '../canvas/elementLabels';
import { useEditor } from '../store/editorStore';
import { useEditorUi } from '../store/uiStore';
import { ExpressionEditor } from '../monaco/ExpressionEditor';
import { CheckboxField, FieldGroup, NumberField, TextField } from './fields';
import { Camunda8FlowNote } from './Camunda8Properties';

const defaultCapable = ['exclusiveGateway', 'inclusiveGateway', 'task', 'subProcess'];
/** Gateways whose branches may carry a probability; on exclusive and event-based ones they share out one case. */
const branching = ['exclusiveGateway', 'inclusiveGateway', 'eventBasedGateway'];

const percent = (share: number) => `${Number((share * 100).toFixed(2)).toLocaleString('en')} %`;

/** What the probability of this branch means, with the sum of its gateway's branches where they must make 100 %. */
function probabilityHint(flow: Flow, model: ProcessModel, source: FlowNode | undefined): string {
  if (!source || !branching.includes(source.type))
    return 'Only branches leaving an exclusive, inclusive or event-based gateway use a probability: this one is ignored.';
  if (source.type === 'inclusiveGateway')
    return 'The chance that a case takes this branch, whatever the other branches do: they need not add up to 100 %.';
  const branches = model.flows.filter((f) => f.source === flow.source);
  const given = branches.filter((f) => f.probability !== undefined);
  const share = 'The share of cases that take this branch when no condition decides.';
  if (given.length === 0) return `${share} With none given, the branches split evenly.`;
  const total = given.reduce((sum, f) => sum + f.probability!, 0);
  const complete = given.length === branches.length;
  const of = complete ? '' : ` (${given.length} of ${branches.length} branches have one)`;
  const gateway = source.name.trim() ? `'${source.name.trim()}'` : nodeTitle(source);
  const done = complete && Math.abs(total - 1) <= 1e-6; // the tolerance of the validation rule
  return `${share} The branches of ${gateway} add up to ${percent(total)}${of}${done ? '.' : '; they must make 100 %.'}`;
}

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
  const showProbability = source !== undefined && branching.includes(source.type);
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
        <Camunda8FlowNote flow={flow} />
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
      {(showProbability || flow.probability !== undefined) && (
        <FieldGroup title="Simulation">
          <NumberField
            key={`probability-${flow.id}`}
            label="Probability (%)"
            value={flow.probability === undefined ? undefined : flow.probability * 100}
            min={0}
            onCommit={(v) => {
              // Out of 0–100 the field goes back to the stored value.
              if (v === undefined || (v >= 0 && v <= 100)) set('probability', v === undefined ? undefined : v / 100);
            }}
          />
          <p className="fw-field-hint">{probabilityHint(flow, model, source)}</p>
        </FieldGroup>
      )}
    </>
  );
}
