import { useState } from 'react';
import { updateModel, type Distribution, type ProcessModel } from '../../../shared/model';
import { useCaseDataIfProvided } from '../../data/caseDataContext';
import { useEditor } from '../../store/editorStore';
import { DistributionFields, DurationField } from '../DurationFields';
import { NumberField, SelectField } from '../fields';
import { casesPerPeriod, meanForRate, naturalPeriod, ratePeriods, rateSummary, type RatePeriod } from './arrivalRate';
import { CalendarPicker } from './CalendarPicker';

type Mode = 'every' | 'rate' | 'other';
const modes = [
  { value: 'every', label: 'At random, every … on average' },
  { value: 'rate', label: 'At random, so many per hour, day or week' },
  { value: 'other', label: 'Another distribution of the time between cases' },
];

/** How cases arrive: the time between them in friendly units, or as a count per period, and their calendar. */
export function ArrivalFields({ model }: { model: ProcessModel }) {
  const apply = useEditor((s) => s.apply);
  const arrivals = model.simulation.arrivals;
  const dataset = useCaseDataIfProvided((state) => state.dataset);
  const records = dataset?.mapping.arrivalColumn ? { name: dataset.name, column: dataset.mapping.arrivalColumn } : null;
  const between = arrivals.interarrival;
  const exponential = between.type === 'exponential';
  const [mode, setMode] = useState<Mode>(exponential ? 'every' : 'other');
  const [period, setPeriod] = useState<RatePeriod>(() => naturalPeriod(exponential ? between.mean : 3600));
  const shown: Mode = !exponential && mode !== 'other' ? 'other' : mode;
  // "Not set" returns to the default: random arrivals, one an hour on average.
  const setInterarrival = (interarrival: Distribution = { type: 'exponential', mean: 3600 }) =>
    apply((m) => updateModel(m, { simulation: { arrivals: { ...m.simulation.arrivals, interarrival } } }), {
      select: 'keep',
    });
  const setMean = (mean: number | undefined) => {
    if (mean !== undefined && mean > 0) setInterarrival({ type: 'exponential', mean });
  };
  return (
    <>
      <SelectField
        label="Cases arrive"
        value={shown}
        choices={modes}
        onChange={(next) => {
          setMode(next as Mode);
          // The friendly modes describe random (exponential) arrivals: switch to them around the same rate.
          if (next !== 'other' && !exponential) setMean(between.type === 'fixed' ? between.value : 3600);
        }}
      />
      {shown === 'every' && exponential && (
        <DurationField key="every" label="Every (on average)" seconds={between.mean} onCommit={setMean} />
      )}
      {shown === 'rate' && exponential && (
        <div className="fw-duration">
          <NumberField
            label="Number of cases"
            value={Number(casesPerPeriod(between.mean, period).toPrecision(6))}
            min={0}
            onCommit={(count) => count !== undefined && setMean(meanForRate(count, period))}
          />
          <SelectField
            label="Period"
            ariaLabel="Cases per period"
            value={period}
            choices={ratePeriods.map(({ value, label }) => ({ value, label }))}
            onChange={(p) => setPeriod(p as RatePeriod)}
          />
        </div>
      )}
      {shown === 'other' && (
        <DistributionFields label="Time between cases" value={between} onCommit={setInterarrival} />
      )}
      {exponential && <p className="fw-panel-note">That is {rateSummary(between.mean)} while arrivals are open.</p>}
      {records && (
        <p className="fw-panel-note" role="note">
          The records in {records.name} have arrival times (column {records.column}). To let cases arrive at those times
          instead, choose them as Case data in Simulate, with Record order “Replay at the arrival times”.
        </p>
      )}
      <CalendarPicker
        label="Arrivals open"
        model={model}
        value={arrivals.calendar}
        onChoose={(m, calendar) => updateModel(m, { simulation: { arrivals: { ...m.simulation.arrivals, calendar } } })}
      />
    </>
  );
}
