import { useMemo } from 'react';
import type { EventLog } from '../../../shared/log/eventLog';
import type { LogFilter } from '../../../shared/log/logFilter';
import { attributeChoices } from './filterChoices';

interface Props {
  log: EventLog;
  filter: LogFilter;
  onChange(filter: LogFilter): void;
}

const attributeLabel = (scope: 'case' | 'event', key: string) => `${scope === 'case' ? 'Case' : 'Event'}: ${key}`;

/** Cases by an attribute's values: pick a case or event attribute, then tick the values whose cases are kept. */
export function AttributeFilter({ log, filter, onChange }: Props) {
  const set = (part: Partial<LogFilter>) => onChange({ ...filter, ...part });
  const attributes = useMemo(() => attributeChoices(log), [log]);
  const chosenAttribute = attributes.find(
    (a) => a.scope === filter.attribute?.scope && a.key === filter.attribute?.key,
  );
  return (
    <fieldset>
      <legend>Attribute</legend>
      <select
        aria-label="Attribute"
        value={chosenAttribute ? `${chosenAttribute.scope}:${chosenAttribute.key}` : ''}
        onChange={(e) => {
          const picked = attributes.find((a) => `${a.scope}:${a.key}` === e.target.value);
          set({ attribute: picked ? { scope: picked.scope, key: picked.key, values: [] } : undefined });
        }}
      >
        <option value="">no attribute filter</option>
        {attributes.map((a) => (
          <option key={`${a.scope}:${a.key}`} value={`${a.scope}:${a.key}`}>
            {attributeLabel(a.scope, a.key)}
          </option>
        ))}
      </select>
      {chosenAttribute && (
        <div className="dfg-choice-list" role="group" aria-label={`Values of ${chosenAttribute.key}`}>
          {chosenAttribute.values.map((value) => {
            const values = filter.attribute?.values ?? [];
            const checked = values.includes(value);
            return (
              <label key={value}>
                <input
                  type="checkbox"
                  checked={checked}
                  onChange={() =>
                    set({
                      attribute: {
                        scope: chosenAttribute.scope,
                        key: chosenAttribute.key,
                        values: checked ? values.filter((v) => v !== value) : [...values, value],
                      },
                    })
                  }
                />
                {value}
              </label>
            );
          })}
        </div>
      )}
    </fieldset>
  );
}
