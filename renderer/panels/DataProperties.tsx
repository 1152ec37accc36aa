import { rename, setProperty, type Flow, type FlowNode, type ProcessModel } from '../../shared/model';
import { nodeTitle } from '../canvas/elementLabels';
import { useEditor } from '../store/editorStore';
import { useEditorUi } from '../store/uiStore';
import { CheckboxField, FieldGroup, TextField } from './fields';

/** Whether a data object holds a list of items (drawn with three bars, BPMN's collection marker). */
export function DataObjectFields({ node }: { node: FlowNode }) {
  const apply = useEditor((s) => s.apply);
  if (node.type !== 'dataObject') return null;
  return (
    <FieldGroup title="Data">
      <CheckboxField
        label="Collection"
        checked={node.collection === true}
        hint="A list of items, such as all the invoices of an order; drawn with three bars."
        onChange={(v) =>
          apply(
            (m) => setProperty(m, { target: { kind: 'node', id: node.id }, path: 'collection', value: v || undefined }),
            {
              select: 'keep',
            },
          )
        }
      />
      <p className="fw-panel-note">
        Data objects and stores show what a task reads and writes. Cases do not pass through them, so simulation and the
        checks for loose ends leave them out.
      </p>
    </FieldGroup>
  );
}

/** A data association: which task reads or writes which data, and an optional name. */
export function DataAssociationProperties({ flow, model }: { flow: Flow; model: ProcessModel }) {
  const apply = useEditor((s) => s.apply);
  const renameRequest = useEditorUi((ui) => ui.renameRequest);
  const source = model.nodes.find((n) => n.id === flow.source);
  const target = model.nodes.find((n) => n.id === flow.target);
  const reads = source?.type === 'dataObject' || source?.type === 'dataStore';
  const [task, data] = reads ? [target, source] : [source, target];
  const say = (node: FlowNode | undefined, id: string) => `'${node ? nodeTitle(node) : id}'`;
  return (
    <FieldGroup title="General">
      <p className="fw-panel-note">
        {say(task, reads ? flow.target : flow.source)} {reads ? 'reads' : 'writes'}{' '}
        {say(data, reads ? flow.source : flow.target)}.
      </p>
      <TextField
        key={`name-${flow.id}`}
        focusRequest={renameRequest}
        label="Name"
        value={flow.name ?? ''}
        onCommit={(name) =>
          apply((m) => rename(m, { target: { kind: 'flow', id: flow.id }, name }), { select: 'keep' })
        }
      />
    </FieldGroup>
  );
}
