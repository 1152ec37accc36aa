import { useState } from 'react';
import { updateModel, type Distribution, type ProcessModel } from '../../../shared/model';
import { useCaseDataIfProvided } from '../../data/caseDataContext';
import { useEditor } from '../../store/editorStore';
import { DistributionFields, DurationField } from '../DurationFields';
import { NumberField, SelectField } from '../fields';
import { casesPerPeriod, meanForRate, naturalPeriod, ratePeriods, rateSummary, type RatePeriod } from './arrivalRate';
import { CalendarPicker } from './CalendarPicker';

type Mode = 'every' | 'rate' | 'other' | 'records';
const modes = [
  { value: 'every', label: 'At random, every … on average' },
  { value: 'rate', label: 'At random, so many per hour, day or week' },
  { value: 'other', label: 'Another distribution of the time between cases' },
];
const recordsMode = { value: 'records', label: 'At the records’ arrival times' };
type Arrivals = ProcessModel['simulation']['arrivals'];

/** What replaying the records means here, in words: which records and column, and what happens without them. */
function recordsNote(loaded: { name: string; column: string } | null, stored: string | undefined): string {
  if (loaded)
    return (
      `Each record in ${loaded.name} becomes a case at its own arrival time (column ${loaded.column}), earliest ` +
      'first, when a run uses those records. A run without them uses the time between cases below.'
    );
  return (
    `No records with arrival times are loaded${stored ? ` (the map names the column ${stored})` : ''}: ` +
    'until they are, and in any run without them, cases arrive by the time between cases below.'
  );
}

/**
 * How cases arrive: the time between them in friendly units, or as a count per period, or at the loaded records'
 * own arrival times (the map's `arrivals.fromRecords`), and their calendar.
 */
export function ArrivalFields({ model }: { model: ProcessModel }) {
  const apply = useEditor((s) => s.apply);
  const arrivals = model.simulation.arrivals;
  const dataset = useCaseDataIfProvided((state) => state.dataset);
  const records = dataset?.mapping.arrivalColumn ? { name: dataset.name, column: dataset.mapping.arrivalColumn } : null;
  const between = arrivals.interarrival;
  const exponential = between.type === 'exponential';
  const fromRecords = arrivals.fromRecords;
  const [mode, setMode] = useState<Mode>(fromRecords ? 'records' : exponential ? 'every' : 'other');
  const [period, setPeriod] = useState<RatePeriod>(() => naturalPeriod(exponential ? between.mean : 3600));
  // The map decides whether records pace the cases (undo may change it under the form's own choice).
  const picked: Mode = mode === 'records' ? (exponential ? 'every' : 'other') : mode;
  const shown: Mode = fromRecords ? 'records' : !exponential && picked !== 'other' ? 'other' : picked;
  const setArrivals = (change: (arrivals: Arrivals) => Arrivals) =>
    apply((m) => updateModel(m, { simulation: { arrivals: change(m.simulation.arrivals) } }), { select: 'keep' });
  // "Not set" returns to the default: random arrivals, one an hour on average.
  const setInterarrival = (interarrival: Distribution = { type: 'exponential', mean: 3600 }) =>
    setArrivals((a) => ({ ...a, interarrival }));
  const setMean = (mean: number | undefined) => {
    if (mean !== undefined && mean > 0) setInterarrival({ type: 'exponential', mean });
  };
  const choose = (next: Mode) => {
    setMode(next);
    if (next === 'records')
      return setArrivals((a) => ({ ...a, fromRecords: records ? { column: records.column } : (a.fromRecords ?? {}) }));
    // The friendly modes describe random (exponential) arrivals: switch to them around the same rate.
    const interarrival: Distribution =
      next !== 'other' && !exponential
        ? { type: 'exponential', mean: between.type === 'fixed' && between.value > 0 ? between.value : 3600 }
        : between;
    setArrivals(({ fromRecords: _replay, ...a }) => ({ ...a, interarrival }));
  };
  return (
    <>
      <SelectField
        label="Cases arrive"
        value={shown}
        choices={records || fromRecords ? [...modes, recordsMode] : modes}
        onChange={(next) => choose(next as Mode)}
      />
      {shown === 'records' && (
        <>
          <p className="fw-panel-note" role="note">
            {recordsNote(records, fromRecords?.column)}
          </p>
          <DistributionFields label="Time between cases without records" value={between} onCommit={setInterarrival} />
        </>
      )}
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
      {exponential && shown !== 'records' && (
        <p className="fw-panel-note">That is {rateSummary(between.mean)} while arrivals are open.</p>
      )}
      {records && shown !== 'records' && (
        <p className="fw-panel-note" role="note">
          The records in {records.name} have arrival times (column {records.column}): choose “At the records’ arrival
          times” to let cases arrive then.
        </p>
      )}
      <CalendarPicker
        // A replay places cases at the records' own times: the calendar paces only runs without them.
        label={shown === 'records' ? 'Arrivals open (without records)' : 'Arrivals open'}
        model={model}
        value={arrivals.calendar}
        onChoose={(m, calendar) => updateModel(m, { simulation: { arrivals: { ...m.simulation.arrivals, calendar } } })}
      />
    </>
  );
}
