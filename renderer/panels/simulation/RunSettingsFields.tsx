import { updateModel, type ProcessModel, type SimulationSettings } from '../../../shared/model';
import { useEditor } from '../../store/editorStore';
import { DurationField } from '../DurationFields';
import { NumberField, TextField } from '../fields';
import { CalendarTimezone } from './CalendarTimezone';
import { isPlace, startAtText, startParts, type StartParts } from './startTime';

const whole = (v: number | undefined, min: number) => v !== undefined && Number.isInteger(v) && v >= min;

/** When the run starts, how long it lasts, how often it repeats and with which random numbers. */
export function RunSettingsFields({ model }: { model: ProcessModel }) {
  const apply = useEditor((s) => s.apply);
  const sim = model.simulation;
  const set = (simulation: Partial<SimulationSettings>) =>
    apply((m) => updateModel(m, { simulation }), { select: 'keep' });
  const start = startParts(sim.startAt, sim.timezone);
  // A place is kept by name, so the form shows it back and a new date gets that date's offset.
  const setStart = (change: Partial<StartParts>) => {
    const next = start && { ...start, ...change };
    const text = next && startAtText(next);
    if (next && text) set({ startAt: text, timezone: isPlace(next.zone) ? next.zone : undefined });
  };
  return (
    <>
      {start ? (
        <>
          <div className="fw-duration">
            <TextField
              key={`date-${sim.startAt}-${start.zone}`}
              label="Start date"
              value={start.date}
              placeholder="YYYY-MM-DD"
              onCommit={(date) => setStart({ date })}
            />
            <TextField
              key={`time-${sim.startAt}-${start.zone}`}
              label="Start time"
              value={start.time}
              placeholder="HH:MM"
              onCommit={(time) => setStart({ time })}
            />
          </div>
          <CalendarTimezone
            label="Time zone"
            value={start.zone}
            at={new Date(Date.parse(sim.startAt) || Date.parse('2026-01-05T00:00:00Z'))}
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
