import { rename, updateModel, type ProcessModel } from '../../shared/model';
import { useEditor } from '../store/editorStore';
import { FieldGroup, TextField } from './fields';
import { ArrivalFields } from './simulation/ArrivalFields';
import { CalendarList } from './simulation/CalendarList';
import { ResourcePools } from './simulation/ResourcePools';
import { RunSettingsFields } from './simulation/RunSettingsFields';
import { Scenarios } from './simulation/Scenarios';

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** With nothing selected: the process itself. */
export function ProcessProperties({ model }: { model: ProcessModel }) {
  const apply = useEditor((s) => s.apply);
  return (
    <>
      <FieldGroup title="Details">
        <TextField
          key={`name-${model.id}`}
          label="Name"
          value={model.name}
          onCommit={(name) => apply((m) => rename(m, { target: { kind: 'process' }, name }), { select: 'keep' })}
        />
        <TextField
          key={`description-${model.id}`}
          label="Description"
          multiline
          value={model.description ?? ''}
          onCommit={(v) =>
            apply((m) => updateModel(m, { settings: { description: v.trim() ? v : undefined } }), { select: 'keep' })
          }
        />
        <p className="fw-panel-note">
          {count(model.nodes.length, 'element')}, {count(model.flows.length, 'flow')},{' '}
          {count(model.lanes.length, 'lane')}
        </p>
      </FieldGroup>
      {/* Settings of the map (saved with it and undoable) live here; the Simulate drawer only runs and reports. */}
      <FieldGroup title="Simulation: arrivals">
        <ArrivalFields model={model} />
      </FieldGroup>
      <FieldGroup title="Simulation: run">
        <RunSettingsFields model={model} />
      </FieldGroup>
      <FieldGroup title="Resource pools">
        <ResourcePools model={model} />
      </FieldGroup>
      <FieldGroup title="Calendars">
        <CalendarList model={model} />
      </FieldGroup>
      {/* Scenarios are saved with the map and undoable like the settings above; Simulate runs them. */}
      <FieldGroup title="Scenarios">
        <Scenarios model={model} />
      </FieldGroup>
    </>
  );
}
