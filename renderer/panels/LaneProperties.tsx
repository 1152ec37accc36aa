import { addPool, laneKinds, rename, setLaneProps, type Lane } from '../../shared/model';
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
  const pool = useEditor((s) => s.model?.simulation.resources.find((r) => r.lane === lane.id));
  const laneName = lane.name.trim() || 'this lane';
  // The lane's tasks that have no pool yet take the new one, as a lane usually stands for the people doing them.
  const createPool = () =>
    apply(
      (m) =>
        addPool(m, {
          name: lane.name.trim() || 'Pool',
          lane: lane.id,
          assign: m.nodes.filter((n) => n.lane === lane.id && n.type === 'task' && !n.sim?.resource).map((n) => n.id),
        }),
      { select: 'keep' },
    );
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
      {pool ? (
        <p className="fw-panel-note">
          Its people are the pool '{pool.name.trim() || pool.id}' (edit it with nothing selected).
        </p>
      ) : (
        <div className="fw-field">
          <button type="button" onClick={createPool}>
            Create a pool for this lane
          </button>
          <p className="fw-field-hint">A resource pool named after {laneName}; its tasks without a pool will use it.</p>
        </div>
      )}
    </FieldGroup>
  );
}
