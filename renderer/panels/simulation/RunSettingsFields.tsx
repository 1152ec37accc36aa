import { updateModel, type ProcessModel, type SimulationSettings } from '../../../shared/model';
import { useEditor } from '../../store/editorStore';
import { DurationField } from '../DurationFields';
import { NumberField, SelectField, TextField } from '../fields';
import { startAtText, startParts, startZones, type StartParts } from './startTime';

const whole = (v: number | undefined, min: number) => v !== undefined && Number.isInteger(v) && v >= min;

/** When the run starts, how long it lasts, how often it repeats and with which random numbers. */
export function RunSettingsFields({ model }: { model: ProcessModel }) {
  const apply = useEditor((s) => s.apply);
  const sim = model.simulation;
  const set = (simulation: Partial<SimulationSettings>) =>
    apply((m) => updateModel(m, { simulation }), { select: 'keep' });
  const start = startParts(sim.startAt);
  const setStart = (change: Partial<StartParts>) => {
    const text = start && startAtText({ ...start, ...change });
    if (text) set({ startAt: text });
  };
  return (
    <>
      {start ? (
        <>
          <div className="fw-duration">
            <TextField
              key={`date-${sim.startAt}`}
              label="Start date"
              value={start.date}
              placeholder="YYYY-MM-DD"
              onCommit={(date) => setStart({ date })}
            />
            <TextField
              key={`time-${sim.startAt}`}
              label="Start time"
              value={start.time}
              placeholder="HH:MM"
              onCommit={(time) => setStart({ time })}
            />
          </div>
          <SelectField
            label="Time zone"
            value={start.zone}
            choices={[...new Set([...startZones, start.zone])].map((z) => ({
              value: z,
              label: z === 'UTC' ? 'UTC' : `UTC${z}`,
            }))}
            onChange={(zone) => setStart({ zone })}
          />
        </>
      ) : (
        <TextField
          key={`start-${sim.startAt}`}
          label="Start (date and time)"
          value={sim.startAt}
          hint="Such as 2026-01-05T08:00:00Z"
          onCommit={(startAt) => !Number.isNaN(Date.parse(startAt)) && set({ startAt })}
        />
      )}
      <NumberField
        label="Cases"
        value={sim.cases}
        min={1}
        step={1}
        onCommit={(v) => whole(v, 1) && set({ cases: v })}
      />
      <DurationField label="Arrivals end after" seconds={sim.horizon} onCommit={(horizon) => set({ horizon })} />
      <NumberField
        label="Warm-up cases (left out of the figures)"
        value={sim.warmupCases}
        min={0}
        step={1}
        onCommit={(v) => whole(v, 0) && set({ warmupCases: v })}
      />
      <NumberField
        label="Replications"
        value={sim.replications}
        min={1}
        step={1}
        onCommit={(v) => whole(v, 1) && v! <= 100 && set({ replications: v })}
      />
      <NumberField
        label="Seed"
        value={sim.seed}
        step={1}
        onCommit={(v) => whole(v, -Number.MAX_SAFE_INTEGER) && set({ seed: v })}
      />
    </>
  );
}
