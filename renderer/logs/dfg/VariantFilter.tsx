import { useMemo, useState } from 'react';
import type { EventLog } from '../../../shared/log/eventLog';
import { filterLog, variantKey, type LogFilter } from '../../../shared/log/logFilter';
import { summarizeLog } from '../../../shared/log/logSummary';
import { count, percent } from '../../simulation/format';

/** Variants listed before "Show all". */
const firstShown = 10;

interface Props {
  log: EventLog;
  filter: LogFilter;
  onChange(filter: LogFilter): void;
}

/**
 * The variants of the cases the other filters keep, most frequent first, each with a box: ticking some keeps only
 * their cases; none ticked keeps every variant.
 */
export function VariantFilter({ log, filter, onChange }: Props) {
  const [all, setAll] = useState(false);
  const { variants: _, ...others } = filter;
  const othersKey = JSON.stringify(others);
  // Recomputed only when a filter other than this one changes, not on every tick.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const variants = useMemo(() => summarizeLog(filterLog(log, others)).variants, [log, othersKey]);
  const ticked = new Set((filter.variants ?? []).map(variantKey));
  const toggle = (trace: string[]) => {
    const key = variantKey(trace);
    const next = ticked.has(key)
      ? (filter.variants ?? []).filter((v) => variantKey(v) !== key)
      : [...(filter.variants ?? []), trace];
    onChange({ ...filter, variants: next.length > 0 ? next : undefined });
  };
  const shown = all ? variants : variants.slice(0, firstShown);
  return (
    <fieldset>
      <legend>Variants</legend>
      <div className="dfg-choice-list dfg-variants" role="group" aria-label="Variants">
        {shown.map((variant, i) => (
          <label key={variantKey(variant.activities)} title={variant.activities.join(' → ')}>
            <input
              type="checkbox"
              checked={ticked.has(variantKey(variant.activities))}
              onChange={() => toggle(variant.activities)}
            />
            <span className="dfg-variant-rank">{i + 1}.</span> {count(variant.cases)} cases ({percent(variant.share)}):{' '}
            <span className="dfg-quiet">{variant.activities.join(' → ')}</span>
          </label>
        ))}
      </div>
      {variants.length > firstShown && (
        <button type="button" className="dfg-link" onClick={() => setAll(!all)}>
          {all ? `Show the first ${firstShown}` : `Show all ${count(variants.length)} variants`}
        </button>
      )}
    </fieldset>
  );
}
