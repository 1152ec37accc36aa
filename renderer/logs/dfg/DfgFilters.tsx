import { useMemo, useState } from 'react';
import type { EventLog } from '../../../shared/log/eventLog';
import type { LogFilter, TimeRangeMode } from '../../../shared/log/logFilter';
import { AttributeFilter } from './AttributeFilter';
import { activityNames, dayBound, dayOf, effectiveFilter } from './filterChoices';
import { VariantFilter } from './VariantFilter';

interface Props {
  log: EventLog;
  filter: LogFilter;
  onChange(filter: LogFilter): void;
}

const timeModes: { mode: TimeRangeMode; label: string }[] = [
  { mode: 'intersecting', label: 'Cases overlapping it' },
  { mode: 'contained', label: 'Cases wholly inside it' },
  { mode: 'started', label: 'Cases starting in it' },
  { mode: 'completed', label: 'Cases ending in it' },
  { mode: 'trim', label: 'Only events inside it' },
];

/** How many parts of the filter are set, for the section's title. */
export function activeFilters(filter: LogFilter): number {
  const { timeRange, activity, attribute, variants } = effectiveFilter(filter);
  return [timeRange, activity, attribute, variants].filter(Boolean).length;
}

/**
 * The filters of the process map: time frame, cases with or without an activity, attribute values, variants. Their
 * choices are gathered from the log only once the section is opened: on a large log that takes seconds.
 */
export function DfgFilters(props: Props) {
  const [open, setOpen] = useState(false);
  const active = activeFilters(props.filter);
  return (
    <details className="dfg-filters" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Filters{active > 0 ? ` (${active} on)` : ''}</summary>
      {open && <FilterFields {...props} />}
    </details>
  );
}

function FilterFields({ log, filter, onChange }: Props) {
  const activities = useMemo(() => activityNames(log), [log]);
  const set = (part: Partial<LogFilter>) => onChange({ ...filter, ...part });
  const range = filter.timeRange;
  const setRange = (from: number | null, to: number | null, mode: TimeRangeMode) =>
    set({ timeRange: from === null && to === null ? undefined : { from, to, mode } });
  const active = activeFilters(filter);
  return (
    <>
      <fieldset>
        <legend>Time frame</legend>
        <label>
          From{' '}
          <input
            type="date"
            aria-label="From day"
            value={range?.from != null ? dayOf(range.from) : ''}
            onChange={(e) =>
              setRange(dayBound(e.target.value, 'from'), range?.to ?? null, range?.mode ?? 'intersecting')
            }
          />
        </label>
        <label>
          To{' '}
          <input
            type="date"
            aria-label="To day"
            value={range?.to != null ? dayOf(range.to) : ''}
            onChange={(e) =>
              setRange(range?.from ?? null, dayBound(e.target.value, 'to'), range?.mode ?? 'intersecting')
            }
          />
        </label>
        <select
          aria-label="Which cases of the time frame"
          value={range?.mode ?? 'intersecting'}
          onChange={(e) => range && setRange(range.from, range.to, e.target.value as TimeRangeMode)}
        >
          {timeModes.map((m) => (
            <option key={m.mode} value={m.mode}>
              {m.label}
            </option>
          ))}
        </select>
      </fieldset>
      <fieldset>
        <legend>Activity</legend>
        <select
          aria-label="Cases with or without the activity"
          value={filter.activity?.keep ?? 'with'}
          onChange={(e) =>
            filter.activity && set({ activity: { ...filter.activity, keep: e.target.value as 'with' | 'without' } })
          }
        >
          <option value="with">Cases with</option>
          <option value="without">Cases without</option>
        </select>
        <select
          aria-label="Activity"
          value={filter.activity?.name ?? ''}
          onChange={(e) =>
            set({
              activity: e.target.value ? { name: e.target.value, keep: filter.activity?.keep ?? 'with' } : undefined,
            })
          }
        >
          <option value="">any activity</option>
          {activities.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </fieldset>
      <AttributeFilter log={log} filter={filter} onChange={onChange} />
      <VariantFilter log={log} filter={filter} onChange={onChange} />
      <button type="button" disabled={active === 0} onClick={() => onChange({})}>
        Clear filters
      </button>
    </>
  );
}
