import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { ProcessModel } from '../../shared/model';
import { CompareChoice } from './CompareChoice';
import type { CompareSettings, RunSettings } from './protocol';

type RecordOrder = NonNullable<RunSettings['recordOrder']>;
const recordOrders: Array<[RecordOrder, string]> = [
  ['auto', 'Automatic'],
  ['file', 'File order, each record once'],
  ['replay', 'Replay at the arrival times'],
  ['bootstrap', 'Drawn at random (bootstrap)'],
];

const limits = {
  cases: { min: 1, max: 10_000_000 },
  seed: { min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER },
  replications: { min: 1, max: 100 },
} as const;

type FieldName = keyof typeof limits;
type Draft = Record<FieldName, string>;

/** A whole number within the field's limits, or the reason it is not one. */
function wholeNumber(text: string, field: FieldName): number | string {
  const { min, max } = limits[field];
  const value = Number(text.trim().replace(/[,_\s]/g, ''));
  if (text.trim() === '' || !Number.isInteger(value)) return 'Enter a whole number.';
  if (value < min || value > max) return `Between ${min.toLocaleString('en')} and ${max.toLocaleString('en')}.`;
  return value;
}

function draftOf(settings: Omit<RunSettings, 'scenario'>): Draft {
  return { cases: String(settings.cases), seed: String(settings.seed), replications: String(settings.replications) };
}

interface RunFormProps {
  model: ProcessModel;
  /** The settings of the last run, if any; otherwise the map's own simulation settings are the defaults. */
  initial: RunSettings | null;
  running: boolean;
  cancelling: boolean;
  /** The map has problems that stop the engine from running it; Run is disabled then. */
  blocked: boolean;
  /** The chosen scenario (null: the map as drawn); the panel holds it, since the problems depend on it. */
  scenario: string | null;
  onScenario(scenario: string | null): void;
  /** The map's sample records, if it has any: they can feed the cases (at their own times, with an arrival column). */
  dataset: { name: string; rows: number; arrivalColumn?: string; timedRecords?(): number } | null;
  onRun(settings: RunSettings): void;
  /** The map as drawn cannot run, so neither can a comparison; Compare is disabled then. */
  compareBlocked?: boolean;
  /** Compares the map as drawn with the ticked scenarios, with the form's cases, seed, replications and data. */
  onCompare?(settings: CompareSettings): void;
  onCancel(): void;
  /** What to tell the user before Run, given how the records are used (null: not at all). */
  guidance?(recordOrder: RecordOrder | null): ReactNode;
}

/** Cases, seed, replications and scenario, with Run and Cancel. */
export function RunForm({
  model,
  initial,
  running,
  cancelling,
  blocked,
  scenario,
  onScenario,
  dataset,
  onRun,
  compareBlocked = blocked,
  onCompare,
  onCancel,
  guidance,
}: RunFormProps) {
  const id = useId();
  const sim = model.simulation;
  // Undefined until chosen here: the last run's choice, else the map's own (records pacing the cases, when it says so).
  const [order, setOrder] = useState<RecordOrder | null | undefined>(
    initial ? (initial.recordOrder ?? null) : undefined,
  );
  const mapOrder: RecordOrder | null = sim.arrivals.fromRecords && dataset?.arrivalColumn ? 'replay' : null;
  // A replay runs each record with an arrival time once: by the map's word, as many cases as there are such records.
  const [draft, setDraft] = useState<Draft>(() => {
    const timed = !initial && mapOrder === 'replay' ? dataset?.timedRecords?.() : undefined;
    return draftOf(timed ? { ...sim, cases: timed } : (initial ?? sim));
  });
  const recordOrder = dataset ? (order === undefined ? mapOrder : order) : null;
  const parsed = {
    cases: wholeNumber(draft.cases, 'cases'),
    seed: wholeNumber(draft.seed, 'seed'),
    replications: wholeNumber(draft.replications, 'replications'),
  };
  const valid = Object.values(parsed).every((v) => typeof v === 'number');

  const settings = () => ({
    cases: parsed.cases as number,
    seed: parsed.seed as number,
    replications: parsed.replications as number,
    recordOrder,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!valid || running || blocked) return;
    onRun({ ...settings(), scenario });
  };

  const field = (name: FieldName, label: string) => {
    const error = typeof parsed[name] === 'string' ? (parsed[name] as string) : null;
    return (
      <div className="sim-field">
        <label htmlFor={`${id}-${name}`}>{label}</label>
        <input
          id={`${id}-${name}`}
          inputMode="numeric"
          value={draft[name]}
          disabled={running}
          aria-invalid={error !== null}
          aria-describedby={error ? `${id}-${name}-error` : undefined}
          onChange={(e) => setDraft({ ...draft, [name]: e.target.value })}
        />
        {error && (
          <span id={`${id}-${name}-error`} className="sim-field-error">
            {error}
          </span>
        )}
      </div>
    );
  };

  return (
    <form className="sim-form" onSubmit={submit} aria-label="Simulation settings">
      {field('cases', 'Cases')}
      {field('replications', 'Replications')}
      {field('seed', 'Seed')}
      <div className="sim-field">
        <label htmlFor={`${id}-scenario`}>Scenario</label>
        <select
          id={`${id}-scenario`}
          value={scenario ?? ''}
          disabled={running}
          onChange={(e) => onScenario(e.target.value || null)}
        >
          <option value="">The map as drawn</option>
          {model.scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name.trim() || s.id}
            </option>
          ))}
        </select>
      </div>
      <div className="sim-field sim-field-wide">
        <label htmlFor={`${id}-data`}>Case data</label>
        <select
          id={`${id}-data`}
          value={recordOrder === null ? '' : 'records'}
          disabled={running || !dataset}
          onChange={(e) => setOrder(e.target.value ? 'auto' : null)}
        >
          <option value="">None (route by probabilities)</option>
          {dataset && (
            <option value="records">
              {dataset.name} ({dataset.rows.toLocaleString('en')} rows)
            </option>
          )}
        </select>
      </div>
      <div className="sim-field sim-field-wide">
        <label htmlFor={`${id}-order`}>Record order</label>
        <select
          id={`${id}-order`}
          value={recordOrder ?? 'auto'}
          disabled={running || recordOrder === null}
          onChange={(e) => setOrder(e.target.value as RecordOrder)}
        >
          {recordOrders.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      </div>
      {guidance?.(recordOrder)}
      <div className="sim-actions">
        <button type="submit" className="primary" disabled={!valid || running || blocked}>
          Run
        </button>
        <button type="button" disabled={!running || cancelling} onClick={onCancel}>
          {cancelling ? 'Cancelling…' : 'Cancel'}
        </button>
      </div>
      {onCompare && (
        <CompareChoice
          model={model}
          replications={typeof parsed.replications === 'number' ? parsed.replications : NaN}
          disabled={!valid || running || compareBlocked}
          onCompare={(scenarios) => onCompare({ ...settings(), scenario: null, scenarios })}
        />
      )}
    </form>
  );
}
