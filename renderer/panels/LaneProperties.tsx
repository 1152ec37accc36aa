import { laneKinds, rename, setLaneProps, type Lane } from '../../shared/model';
import { useEditor } from '../store/editorStore';
import { useEditorUi } from '../store/uiStore';
import { FieldGroup, SelectField, TextField } from './fields';

const kindLabels: Record<Lane['kind'], string> = {
  internal: 'Internal (a team or role)',
  external: 'External (customer, supplier)',
  system: 'System',
};

/** The properties of a lane: its name and who it stands for. */
export function LaneProperties({ lane }: { lane: Lane }) {
  const apply = useEditor((s) => s.apply);
  const renameRequest = useEditorUi((ui) => ui.renameRequest);
  return (
    <FieldGroup title="Lane">
      <TextField
        key={`name-${lane.id}`}
        focusRequest={renameRequest}
        label="Name"
        value={lane.name}
        onCommit={(name) =>
          apply((m) => rename(m, { target: { kind: 'lane', id: lane.id }, name }), { select: 'keep' })
        }
      />
      <SelectField
        label="Kind"
        value={lane.kind}
        choices={laneKinds.map((k) => ({ value: k, label: kindLabels[k] }))}
        onChange={(kind) =>
          apply((m) => setLaneProps(m, { id: lane.id, props: { kind: kind as Lane['kind'] } }), { select: 'keep' })
        }
      />
    </FieldGroup>
  );
}
